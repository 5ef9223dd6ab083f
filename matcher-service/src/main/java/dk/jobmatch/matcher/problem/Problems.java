package dk.jobmatch.matcher.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 body every error of the API shares. */
public final class Problems {
  private Problems() {}

  public static ProblemDetail of(ProblemType type, String detail, String path, List<FieldViolation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    if (path != null) {
      problem.setInstance(URI.create(path));
    }
    if (!violations.isEmpty()) {
      problem.setProperty("field", violations.getFirst().field());
      problem.setProperty("errors", violations.stream()
          .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    }
    return problem;
  }
}
