package dk.jobmatch.index.occupation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the two bundled tab-separated files: the occupations ({@code isco08, da, en, ...}, a copy
 * of the product's reference file) and the synonyms ({@code isco08, synonyms}). Columns are found by
 * their header; lines starting with {@code #} are comments. Both files are small and trusted, but a
 * synonym row for an unknown code fails at start rather than silently never matching.
 */
final class OccupationFiles {
  static final String OCCUPATIONS = "/dk/jobmatch/index/vocabulary/occupations.tsv";
  static final String SYNONYMS = "/dk/jobmatch/index/occupation/occupation-synonyms.tsv";

  private OccupationFiles() {}

  static String resource(String path) {
    try (InputStream in = OccupationFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The occupations in file order, each with its synonyms. */
  static List<Occupation> parse(String occupationsTsv, String synonymsTsv) {
    Map<String, List<String>> synonyms = synonyms(synonymsTsv);
    List<Occupation> occupations = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Map<String, String> row : rows(occupationsTsv, "isco08", "da", "en")) {
      String code = code(row.get("isco08"));
      if (!seen.add(code)) {
        throw new IllegalStateException("occupation " + code + " is listed twice");
      }
      String da = row.get("da").strip();
      String en = row.get("en").strip();
      occupations.add(new Occupation(code, da, en, parts(da), synonyms.getOrDefault(code, List.of()), parts(en)));
    }
    for (String code : synonyms.keySet()) {
      if (!seen.contains(code)) {
        throw new IllegalStateException("synonyms for unknown occupation " + code);
      }
    }
    return occupations;
  }

  private static Map<String, List<String>> synonyms(String tsv) {
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    for (Map<String, String> row : rows(tsv, "isco08", "synonyms")) {
      String code = code(row.get("isco08"));
      if (synonyms.put(code, parts(row.get("synonyms"))) != null) {
        throw new IllegalStateException("synonyms for occupation " + code + " are listed twice");
      }
    }
    return synonyms;
  }

  private static List<Map<String, String>> rows(String tsv, String... columns) {
    List<String[]> lines = tsv.lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .toList();
    if (lines.isEmpty()) {
      throw new IllegalStateException("no header line");
    }
    List<String> header = Arrays.asList(lines.getFirst());
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String column : columns) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalStateException("no column " + column + " in header " + header);
      }
      index.put(column, i);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (String[] line : lines.subList(1, lines.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      index.forEach((column, i) -> {
        if (i >= line.length) {
          throw new IllegalStateException("line " + String.join("\t", line) + " has no " + column);
        }
        row.put(column, line[i]);
      });
      rows.add(row);
    }
    return rows;
  }

  private static String code(String value) {
    String code = value.strip();
    if (!code.matches("[0-9]{4}")) {
      throw new IllegalStateException("occupation code " + code + " is not four digits");
    }
    return code;
  }

  /** The comma-separated parts of a cell, trimmed, without empty parts or repeats. */
  private static List<String> parts(String cell) {
    Set<String> parts = new LinkedHashSet<>();
    for (String part : cell.split(",")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return List.copyOf(parts);
  }
}
