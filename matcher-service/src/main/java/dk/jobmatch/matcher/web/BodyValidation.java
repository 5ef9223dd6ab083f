package dk.jobmatch.matcher.web;

import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import reactor.core.publisher.Mono;

/**
 * Checks a request body against the contract's schema and the feature's own rules in one pass, so a
 * caller learns every problem from one response instead of fixing them one round trip at a time.
 */
public final class BodyValidation {
  private BodyValidation() {}

  /** The body, or a 400 listing every schema and rule violation. */
  public static <T> Mono<T> validated(Mono<T> body, Class<T> type, Function<T, List<FieldViolation>> rules) {
    return body
        .onErrorMap(WebExchangeBindException.class, e -> merged(e, type, rules))
        .map(input -> {
          List<FieldViolation> violations = rules.apply(input);
          if (!violations.isEmpty()) {
            throw ApiProblem.invalid(sorted(violations));
          }
          return input;
        });
  }

  private static <T> Throwable merged(WebExchangeBindException e, Class<T> type, Function<T, List<FieldViolation>> rules) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FieldError error : e.getFieldErrors()) {
      violations.add(FieldViolation.of(error));
    }
    Object target = e.getTarget();
    if (type.isInstance(target)) {
      Set<String> reported = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
      try {
        rules.apply(type.cast(target)).stream().filter(v -> !reported.contains(v.field())).forEach(violations::add);
      } catch (RuntimeException partial) {
        // The rules assume schema-valid input; if the body is too broken for them, the schema errors stand alone.
      }
    }
    return violations.isEmpty() ? e : ApiProblem.invalid(sorted(violations));
  }

  private static List<FieldViolation> sorted(List<FieldViolation> violations) {
    List<FieldViolation> copy = new ArrayList<>(violations);
    copy.sort(Comparator.comparing(FieldViolation::field));
    return copy;
  }
}
