package dk.jobmatch.matcher.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error the API reports as {@code application/problem+json}. Thrown by features, turned into a
 * response in one place ({@link ApiExceptionHandler}). The detail given here is the English one
 * integrators read; the Danish one comes from the code and its arguments ({@link ProblemMessages}).
 */
public class ApiProblem extends RuntimeException {
  private final ProblemType type;
  private final ProblemCode code;
  private final List<Object> arguments;
  private final List<FieldViolation> violations;
  /** Members of the problem beyond the standard ones, each declared by the contract's Problem. */
  private final Map<String, Object> members = new LinkedHashMap<>();

  public ApiProblem(ProblemType type, ProblemCode code, String detail, Object... arguments) {
    this(type, code, detail, Arrays.asList(arguments), List.of());
  }

  /** A problem with the fields at fault; its code is the first field's, as its {@code field} is. */
  public ApiProblem(ProblemType type, String detail, List<FieldViolation> violations) {
    this(type, violations.isEmpty() ? type.code() : violations.getFirst().code(), detail,
        violations.isEmpty() ? List.of() : violations.getFirst().arguments(), violations);
  }

  private ApiProblem(ProblemType type, ProblemCode code, String detail, List<Object> arguments,
      List<FieldViolation> violations) {
    super(detail, null, false, false);
    this.type = type;
    this.code = Objects.requireNonNull(code, "every problem has a code");
    this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    this.violations = List.copyOf(violations);
  }

  public static ApiProblem invalid(List<FieldViolation> violations) {
    String detail = violations.isEmpty() ? "Invalid request" : violations.size() == 1
        ? violations.getFirst().field() + ": " + violations.getFirst().message()
        : violations.size() + " fields are invalid; first " + violations.getFirst().field() + ": " + violations.getFirst().message();
    return new ApiProblem(ProblemType.VALIDATION, detail, violations);
  }

  /** One field at fault, refused as {@code type} (a 400 of the parameter or body kind). */
  public static ApiProblem of(ProblemType type, FieldViolation violation) {
    return new ApiProblem(type, violation.field() + " " + violation.message(), List.of(violation));
  }

  /**
   * An update that did not say which version it replaces: If-Match missing or blank. Raised by the
   * controllers for a blank header and by {@link ApiExceptionHandler} when Spring finds none.
   */
  public static ApiProblem versionRequired() {
    return new ApiProblem(ProblemType.VERSION_REQUIRED, ProblemCode.VERSION_REQUIRED,
        "Send the ETag you read in If-Match so a concurrent change is not overwritten");
  }

  /** {@code what} (e.g. "Citizen 4f1c...") was not found; {@code code} says which kind of record. */
  public static ApiProblem notFound(ProblemCode code, String what) {
    return new ApiProblem(ProblemType.NOT_FOUND, code, what + " was not found");
  }

  public ProblemType type() {
    return type;
  }

  public ProblemCode code() {
    return code;
  }

  /** What the Danish text of the code is filled in with. */
  public List<Object> arguments() {
    return arguments;
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** This problem with one more member, e.g. the {@code placementId} a conflict is about. */
  public ApiProblem with(String member, Object value) {
    members.put(member, value);
    return this;
  }

  public Map<String, Object> members() {
    return Map.copyOf(members);
  }
}
