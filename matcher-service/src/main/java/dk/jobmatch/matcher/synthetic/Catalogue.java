package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.reference.Municipalities;
import dk.jobmatch.matcher.reference.Municipalities.Municipality;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The reference data the generator draws from, in a fixed order (reference maps do not keep one):
 * municipalities with population, occupations with their typical demands ({@code occupations.tsv} of the index module,
 * a copy of the product's reference file), partial-task templates per occupation, and industries
 * (DB07) with the occupations their partial tasks come from.
 */
final class Catalogue {
  /** An ISCO-08 unit group with its Danish title and the demands typical of such work. */
  record Occupation(String code, String title, List<String> typicalDemands) {}

  /** What a partial task of one occupation is called and asks for. */
  record TaskTemplate(String occupationCode, String title, String description, List<String> skills) {}

  /** A DB07 industry, how common it is, and the occupations of its partial tasks (repeats weigh more). */
  record Industry(String code, String name, double weight, List<String> occupationCodes) {}

  private static final Catalogue BUNDLED = new Catalogue();

  final List<Municipality> municipalities;
  final Map<String, Occupation> occupations;
  final Map<String, List<TaskTemplate>> templates;
  final List<Industry> industries;
  final List<String> demands;
  final List<String> taskSkills;

  private Catalogue() {
    municipalities = Municipalities.bundled().all().stream().sorted(Comparator.comparing(Municipality::code)).toList();
    Map<String, Occupation> occupations = new LinkedHashMap<>();
    readTsv("/dk/jobmatch/index/vocabulary/occupations.tsv", f -> occupations.put(f[0],
        new Occupation(f[0], f[1], f.length > 3 && !f[3].isBlank() ? List.of(f[3].split(",")) : List.of())));
    this.occupations = occupations;
    Map<String, List<TaskTemplate>> templates = new LinkedHashMap<>();
    readTsv("/synthetic/task-templates.tsv", f -> templates.computeIfAbsent(f[0], k -> new ArrayList<>())
        .add(new TaskTemplate(f[0], f[1], f[2], List.of(f[3].split(",")))));
    this.templates = templates;
    List<Industry> industries = new ArrayList<>();
    readTsv("/synthetic/industries.tsv", f -> industries.add(
        new Industry(f[0], f[1], Double.parseDouble(f[2]), List.of(f[3].split(",")))));
    this.industries = List.copyOf(industries);
    demands = Vocabulary.bundled().demands().keySet().stream().sorted().toList();
    taskSkills = templates.values().stream().flatMap(List::stream).flatMap(t -> t.skills().stream())
        .distinct().sorted().toList();
    check();
  }

  static Catalogue bundled() {
    return BUNDLED;
  }

  Occupation occupation(String code) {
    Occupation o = occupations.get(code);
    if (o == null) {
      throw new IllegalArgumentException("unknown occupation " + code);
    }
    return o;
  }

  /** Every occupation an industry names has templates, and every demand is in the vocabulary. */
  private void check() {
    for (Industry industry : industries) {
      for (String code : industry.occupationCodes()) {
        occupation(code);
        if (!templates.containsKey(code)) {
          throw new IllegalStateException("no task template for occupation " + code);
        }
      }
    }
    for (Occupation o : occupations.values()) {
      if (!demands.containsAll(o.typicalDemands())) {
        throw new IllegalStateException("occupation " + o.code() + " names a demand outside the vocabulary");
      }
    }
  }

  private static void readTsv(String resource, Consumer<String[]> row) {
    try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          row.accept(Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
