package dk.jobmatch.index;

import dk.jobmatch.index.EvaluationCases.Grade;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The judgements of pooled tasks ({@code evaluation-pool.tsv}): tasks the engine showed in a case's
 * top 10 that the case's own judgements had not graded, judged afterwards blind to the engine's
 * order and scores, as pooled relevance assessment does in information-retrieval evaluations. Without
 * them an unjudged but sensible row counts as irrelevant and the figures punish the engine for the
 * judge's oversight. The file's header says when and how the pool was drawn.
 */
final class PooledJudgements {
  static final PooledJudgements BUNDLED = load("evaluation-pool.tsv");

  private final Map<String, Map<String, Grade>> byCase;

  private PooledJudgements(Map<String, Map<String, Grade>> byCase) {
    this.byCase = byCase;
  }

  /** The pooled grades of one case, by task id; empty when none. */
  Map<String, Grade> of(String caseId) {
    return byCase.getOrDefault(caseId, Map.of());
  }

  private static PooledJudgements load(String resource) {
    Map<String, Map<String, Grade>> byCase = new HashMap<>();
    try (InputStream in = PooledJudgements.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length < 3) {
          throw new IllegalStateException(resource + ":" + number + ": expected case, task and grade");
        }
        Grade previous = byCase.computeIfAbsent(columns[0].strip(), id -> new LinkedHashMap<>())
            .put(columns[1].strip(), Grade.valueOf(columns[2].strip()));
        if (previous != null) {
          throw new IllegalStateException(resource + ":" + number + ": " + columns[1] + " judged twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PooledJudgements(byCase);
  }
}
