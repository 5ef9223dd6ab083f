package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A change the placement's status or ledger does not allow; the web edge reports it as 409 with
 * {@link #code()}. The domain says what happened; the code and its arguments let the consultant read
 * it in Danish.
 */
public class IllegalTransition extends RuntimeException {
  private final ProblemCode code;
  private final List<Object> arguments;

  public IllegalTransition(ProblemCode code, String detail, Object... arguments) {
    super(detail, null, false, false);
    this.code = code;
    // Not List.copyOf: an argument may be null (a task without a title), and that must not turn a 409 into a 500.
    this.arguments = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(arguments)));
  }

  static IllegalTransition from(PlacementStatus status, String attempted) {
    String allowed = status.next().isEmpty() ? "nothing may follow it"
        : "it can go on to " + String.join(" or ", status.next().stream().map(Enum::name).toList()) + " only";
    return new IllegalTransition(ProblemCode.ILLEGAL_TRANSITION,
        "Cannot " + attempted + " a placement that is " + status + "; " + allowed,
        ProblemMessages.word("placement.action." + attempted), danish(status));
  }

  /** The status as the Danish texts name it ({@code placement.status.*} in the catalogue). */
  static Object danish(PlacementStatus status) {
    return ProblemMessages.word("placement.status." + status.name());
  }

  public ProblemCode code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
