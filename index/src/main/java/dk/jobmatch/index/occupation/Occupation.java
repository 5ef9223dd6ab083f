package dk.jobmatch.index.occupation;

import java.util.Arrays;
import java.util.List;

/**
 * One occupation of the catalog: its DISCO-08 code, the titles it is shown with, and every name it is
 * found by. {@code titleDa} is the title shown (the reference file's, else the first everyday title);
 * {@code titles} are the Danish job titles (the comma-separated parts of the reference title,
 * {@code "pedel, ejendomsservicemedarbejder"} has two, and the everyday titles), {@code synonyms} the
 * words consultants type for it, {@code englishNames} the parts of the English titles, and
 * {@code discoTitle} the DISCO-08 name of the unit group ({@code "Frisørarbejde"}; empty when the
 * catalog was built without the unit-group file).
 */
record Occupation(String code, String titleDa, String titleEn, List<String> titles, List<String> synonyms,
    List<String> englishNames, String discoTitle) {

  Occupation {
    titles = List.copyOf(titles);
    synonyms = List.copyOf(synonyms);
    englishNames = List.copyOf(englishNames);
  }

  /** The parts of the title shown, each a title of its own. */
  List<String> shownTitles() {
    return Arrays.stream(titleDa.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  OccupationSuggestion scored(double score) {
    return new OccupationSuggestion(code, titleDa, titleEn, score);
  }
}
