package dk.jobmatch.matcher.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

/** Builds the RFC 9457 body every error of the API shares. */
public final class Problems {
  private Problems() {}

  /**
   * The body for {@code problem} at {@code path} (null when the path is unknown or not to be echoed),
   * in Danish for a request whose {@code locale} asks for it ({@link ProblemMessages}).
   */
  public static ProblemDetail of(ApiProblem problem, String path, Locale locale) {
    boolean danish = ProblemMessages.wantsDanish(locale);
    ProblemType type = problem.type();
    String detail = danish ? orElse(ProblemMessages.danishDetail(problem), problem.getMessage()) : problem.getMessage();
    ProblemDetail body = ProblemDetail.forStatusAndDetail(type.status(), detail);
    body.setType(type.uri());
    body.setTitle(type.title());
    if (path != null) {
      body.setInstance(URI.create(path));
    }
    body.setProperty("code", problem.code().code());
    problem.members().forEach(body::setProperty);
    List<FieldViolation> violations = problem.violations();
    if (!violations.isEmpty()) {
      body.setProperty("field", violations.getFirst().field());
      body.setProperty("errors", violations.stream().map(v -> error(v, danish)).toList());
    }
    return body;
  }

  /** The body for a problem of {@code type} known by its kind only, in English. */
  public static ProblemDetail of(ProblemType type, String detail) {
    return of(new ApiProblem(type, type.code(), detail), null, Locale.ENGLISH);
  }

  /** The language the caller asked for (Accept-Language), or null; never a reason to fail the answer. */
  public static Locale locale(ServerWebExchange exchange) {
    try {
      return exchange.getLocaleContext().getLocale();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private static Map<String, Object> error(FieldViolation violation, boolean danish) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", violation.field());
    error.put("code", violation.code().code());
    // The contract requires a message; a constraint without one of its own still gets a text.
    String english = orElse(violation.message(), "is invalid");
    error.put("message", danish ? orElse(ProblemMessages.danish(violation.code(), violation.arguments()), english) : english);
    return error;
  }

  private static String orElse(String text, String fallback) {
    return text == null ? fallback : text;
  }
}
