package dk.jobmatch.index.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controlled vocabulary of demands, accommodations offered and accommodation needs, read from
 * the bundled {@code accommodations.json} (a copy of the product's reference file).
 *
 * <pre>{@code
 * Vocabulary vocabulary = Vocabulary.bundled();
 * NeedRule rule = vocabulary.need("NO_HEAVY_LIFTING").orElseThrow();
 * }</pre>
 */
public final class Vocabulary {
  private static final String RESOURCE = "/dk/jobmatch/index/vocabulary/accommodations.json";

  private final Map<String, Term> demands;
  private final Map<String, Term> accommodations;
  private final Map<String, NeedRule> needs;

  private Vocabulary(Map<String, Term> demands, Map<String, Term> accommodations, Map<String, NeedRule> needs) {
    this.demands = demands;
    this.accommodations = accommodations;
    this.needs = needs;
  }

  /** The vocabulary shipped with this library. */
  public static Vocabulary bundled() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Vocabulary parse(String json) {
    Map<String, Object> root = (Map<String, Object>) JsonReader.parse(json);
    Map<String, Term> demands = terms((List<Object>) root.get("demands"));
    Map<String, Term> accommodations = terms((List<Object>) root.get("accommodationsOffered"));
    Map<String, NeedRule> needs = new LinkedHashMap<>();
    for (Object o : (List<Object>) root.get("needs")) {
      Map<String, Object> need = (Map<String, Object>) o;
      String code = (String) need.get("code");
      NeedRule rule = new NeedRule(code, (String) need.get("da"),
          codes(need.get("conflicts")), codes(need.get("neutralisedBy")), codes(need.get("requires")));
      checkKnown(rule.conflicts(), demands, code);
      checkKnown(rule.neutralisedBy(), accommodations, code);
      checkKnown(rule.requires(), accommodations, code);
      needs.put(code, rule);
    }
    return new Vocabulary(Map.copyOf(demands), Map.copyOf(accommodations), Map.copyOf(needs));
  }

  public Optional<NeedRule> need(String code) {
    return Optional.ofNullable(needs.get(code));
  }

  public Map<String, NeedRule> needs() {
    return needs;
  }

  public Map<String, Term> demands() {
    return demands;
  }

  public Map<String, Term> accommodations() {
    return accommodations;
  }

  public boolean isDemand(String code) {
    return demands.containsKey(code);
  }

  public boolean isAccommodation(String code) {
    return accommodations.containsKey(code);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Term> terms(List<Object> list) {
    Map<String, Term> terms = new LinkedHashMap<>();
    for (Object o : list) {
      Map<String, Object> m = (Map<String, Object>) o;
      terms.put((String) m.get("code"), new Term((String) m.get("code"), (String) m.get("da"), (String) m.get("en")));
    }
    return terms;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> codes(Object list) {
    return list == null ? Set.of() : Set.copyOf((List<String>) (List<?>) list);
  }

  private static void checkKnown(Set<String> codes, Map<String, Term> known, String need) {
    for (String c : codes) {
      if (!known.containsKey(c)) {
        throw new IllegalStateException("need " + need + " refers to unknown code " + c);
      }
    }
  }
}
