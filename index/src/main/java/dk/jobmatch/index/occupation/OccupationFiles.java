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
 * Reads the bundled tab-separated files: the unit groups ({@code isco08, da, en}: every ISCO-08 code
 * with its DISCO-08 and ISCO-08 titles), the reference occupations ({@code isco08, da, en, ...}, a copy
 * of the product's reference file, whose titles are the ones shown), the everyday titles
 * ({@code isco08, title}, one a row) and the synonyms ({@code isco08, synonyms}). Columns are found by
 * their header; lines starting with {@code #} are comments. The files are trusted, but a row for an
 * unknown code, a code listed twice or a title repeated fails at start rather than silently never
 * matching.
 */
final class OccupationFiles {
  static final String UNIT_GROUPS = "/dk/jobmatch/index/occupation/disco08.tsv";
  static final String OCCUPATIONS = "/dk/jobmatch/index/vocabulary/occupations.tsv";
  static final String TITLES = "/dk/jobmatch/index/occupation/occupation-titles.tsv";
  static final String SYNONYMS = "/dk/jobmatch/index/occupation/occupation-synonyms.tsv";

  /** The text of the four files; without unit groups, the catalog is the reference occupations alone. */
  record Sources(String unitGroups, String occupations, String titles, String synonyms) {
    static Sources bundled() {
      return new Sources(resource(UNIT_GROUPS), resource(OCCUPATIONS), resource(TITLES), resource(SYNONYMS));
    }
  }

  private record UnitGroup(String da, String en) {}

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

  /** The reference occupations alone, in file order, each with its synonyms (for tests). */
  static List<Occupation> parse(String occupationsTsv, String synonymsTsv) {
    return parse(new Sources(null, occupationsTsv, null, synonymsTsv));
  }

  /**
   * The occupations of the reference file first, in its order, then the other unit groups in the
   * unit-group file's order: ties in ranking keep this order, so the occupations job-centre citizens
   * aim for most often win them.
   */
  static List<Occupation> parse(Sources sources) {
    Map<String, UnitGroup> unitGroups = unitGroups(sources.unitGroups());
    Map<String, List<String>> titles = listed(sources.titles(), "title", unitGroups.keySet());
    Map<String, String[]> reference = new LinkedHashMap<>();
    for (Map<String, String> row : rows(sources.occupations(), "isco08", "da", "en")) {
      String code = code(row.get("isco08"));
      if (reference.put(code, new String[] {row.get("da").strip(), row.get("en").strip()}) != null) {
        throw new IllegalStateException("occupation " + code + " is listed twice");
      }
      if (!unitGroups.isEmpty() && !unitGroups.containsKey(code)) {
        throw new IllegalStateException("occupation " + code + " is no ISCO-08 unit group");
      }
    }
    Set<String> codes = new LinkedHashSet<>(reference.keySet());
    codes.addAll(unitGroups.keySet());
    Map<String, List<String>> synonyms = synonyms(sources.synonyms(), codes);
    List<Occupation> occupations = new ArrayList<>();
    for (String code : codes) {
      String[] shown = reference.get(code);
      UnitGroup group = unitGroups.getOrDefault(code, new UnitGroup("", ""));
      List<String> everyday = titles.getOrDefault(code, List.of());
      String titleDa = shown != null ? shown[0] : everyday.isEmpty() ? group.da() : everyday.getFirst();
      String titleEn = shown != null ? shown[1] : group.en();
      Set<String> allTitles = new LinkedHashSet<>(shown != null ? parts(shown[0]) : List.of());
      allTitles.addAll(everyday);
      Set<String> english = new LinkedHashSet<>(parts(titleEn));
      english.addAll(parts(group.en()));
      occupations.add(new Occupation(code, titleDa, titleEn, List.copyOf(allTitles),
          synonyms.getOrDefault(code, List.of()), List.copyOf(english), group.da()));
    }
    return occupations;
  }

  private static Map<String, UnitGroup> unitGroups(String tsv) {
    Map<String, UnitGroup> groups = new LinkedHashMap<>();
    if (tsv == null) {
      return groups;
    }
    for (Map<String, String> row : rows(tsv, "isco08", "da", "en")) {
      String code = code(row.get("isco08"));
      if (groups.put(code, new UnitGroup(row.get("da").strip(), row.get("en").strip())) != null) {
        throw new IllegalStateException("unit group " + code + " is listed twice");
      }
    }
    return groups;
  }

  /** One name a row ({@code isco08, column}), gathered per code in file order. */
  private static Map<String, List<String>> listed(String tsv, String column, Set<String> codes) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    if (tsv == null) {
      return names;
    }
    for (Map<String, String> row : rows(tsv, "isco08", column)) {
      String code = known(code(row.get("isco08")), codes, column);
      String name = row.get(column).strip();
      List<String> ofCode = names.computeIfAbsent(code, c -> new ArrayList<>());
      if (name.isEmpty() || ofCode.contains(name)) {
        throw new IllegalStateException(column + " '" + name + "' of occupation " + code + " is empty or listed twice");
      }
      ofCode.add(name);
    }
    return names;
  }

  private static Map<String, List<String>> synonyms(String tsv, Set<String> codes) {
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    for (Map<String, String> row : rows(tsv, "isco08", "synonyms")) {
      String code = known(code(row.get("isco08")), codes, "synonyms");
      if (synonyms.put(code, parts(row.get("synonyms"))) != null) {
        throw new IllegalStateException("synonyms for occupation " + code + " are listed twice");
      }
    }
    return synonyms;
  }

  private static String known(String code, Set<String> codes, String what) {
    if (!codes.contains(code)) {
      throw new IllegalStateException(what + " for unknown occupation " + code);
    }
    return code;
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
