package dk.jobmatch.index.occupation;

/**
 * An occupation (stillingsbetegnelse) suggested for a text: its DISCO-08/ISCO-08 code, Danish and
 * English titles, how well it matched, and which of its other titles the text matched, when that is
 * not the title shown ({@code hundefrisør} for {@code frisør}: the dog groomer is no hairdresser, and
 * a reader should see why it is offered). Scores compare suggestions for the same text only; see
 * {@link OccupationCatalog} for how they are made.
 *
 * @param matchedTitle the Danish title the text matched, or {@code null} when it matched the title
 *     shown, a synonym or an English title
 */
public record OccupationSuggestion(String code, String titleDa, String titleEn, double score, String matchedTitle) {

  public OccupationSuggestion(String code, String titleDa, String titleEn, double score) {
    this(code, titleDa, titleEn, score, null);
  }

  OccupationSuggestion matching(String title) {
    return new OccupationSuggestion(code, titleDa, titleEn, score, title);
  }
}
