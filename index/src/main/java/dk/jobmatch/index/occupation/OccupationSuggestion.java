package dk.jobmatch.index.occupation;

/**
 * An occupation (stillingsbetegnelse) suggested for a text: its DISCO-08/ISCO-08 code, Danish and
 * English titles, and how well it matched. Scores compare suggestions for the same text only; see
 * {@link OccupationCatalog} for how they are made.
 */
public record OccupationSuggestion(String code, String titleDa, String titleEn, double score) {}
