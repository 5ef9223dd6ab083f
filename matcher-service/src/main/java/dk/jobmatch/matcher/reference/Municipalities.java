package dk.jobmatch.matcher.reference;

import dk.jobmatch.index.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Denmark's 98 municipalities (kommuner) with approximate coordinates of the main town; a job centre is one of them. */
public final class Municipalities {
  private static final Municipalities BUNDLED = load("/reference/municipalities.tsv");

  private final Map<String, Municipality> byCode;

  private Municipalities(Map<String, Municipality> byCode) {
    this.byCode = byCode;
  }

  public static Municipalities bundled() {
    return BUNDLED;
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  public Optional<Municipality> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public List<Municipality> all() {
    return List.copyOf(byCode.values());
  }

  /** One municipality; {@code populationThousands} weights synthetic data. */
  public record Municipality(String code, String name, String region, GeoPoint centre, int populationThousands) {}

  private static Municipalities load(String resource) {
    try (InputStream in = Municipalities.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, Municipality> byCode = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        byCode.put(f[0], new Municipality(f[0], f[1], f[2],
            new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])), Integer.parseInt(f[5])));
      }
      return new Municipalities(Map.copyOf(byCode));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
