package dk.jobmatch.matcher.problem;

import java.util.List;

/**
 * An error the API reports as {@code application/problem+json}. Thrown by features, turned into a
 * response in one place ({@link ApiExceptionHandler}).
 */
public class ApiProblem extends RuntimeException {
  private final ProblemType type;
  private final List<FieldViolation> violations;

  public ApiProblem(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ApiProblem(ProblemType type, String detail, List<FieldViolation> violations) {
    super(detail, null, false, false);
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  public static ApiProblem invalid(List<FieldViolation> violations) {
    String detail = violations.size() == 1
        ? violations.getFirst().field() + ": " + violations.getFirst().message()
        : violations.size() + " fields are invalid; first " + violations.getFirst().field() + ": " + violations.getFirst().message();
    return new ApiProblem(ProblemType.VALIDATION, detail, violations);
  }

  /**
   * An update that did not say which version it replaces: If-Match missing or blank. Raised by the
   * controllers for a blank header and by {@link ApiExceptionHandler} when Spring finds none.
   */
  public static ApiProblem versionRequired() {
    return new ApiProblem(ProblemType.VERSION_REQUIRED,
        "Send the ETag you read in If-Match so a concurrent change is not overwritten");
  }

  public static ApiProblem notFound(String what) {
    return new ApiProblem(ProblemType.NOT_FOUND, what + " was not found");
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
