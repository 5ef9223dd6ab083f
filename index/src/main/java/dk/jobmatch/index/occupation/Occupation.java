package dk.jobmatch.index.occupation;

import java.util.List;

/**
 * One occupation of the catalog: its DISCO-08 code, the titles as the reference file writes them,
 * and every name it is found by. {@code titles} are the comma-separated parts of the Danish title
 * ({@code "pedel, ejendomsservicemedarbejder"} has two), {@code synonyms} the words consultants type
 * for it, {@code englishNames} the parts of the English title.
 */
record Occupation(String code, String titleDa, String titleEn, List<String> titles, List<String> synonyms,
    List<String> englishNames) {

  Occupation {
    titles = List.copyOf(titles);
    synonyms = List.copyOf(synonyms);
    englishNames = List.copyOf(englishNames);
  }

  OccupationSuggestion scored(double score) {
    return new OccupationSuggestion(code, titleDa, titleEn, score);
  }
}
