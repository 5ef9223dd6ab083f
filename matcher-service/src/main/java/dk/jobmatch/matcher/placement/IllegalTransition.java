package dk.jobmatch.matcher.placement;

/** A change the placement's status or ledger does not allow; the web edge reports it as 409. */
public class IllegalTransition extends RuntimeException {
  public IllegalTransition(String detail) {
    super(detail, null, false, false);
  }

  static IllegalTransition from(PlacementStatus status, String attempted) {
    String allowed = status.next().isEmpty() ? "nothing may follow it"
        : "it can go on to " + String.join(" or ", status.next().stream().map(Enum::name).toList()) + " only";
    return new IllegalTransition("Cannot " + attempted + " a placement that is " + status + "; " + allowed);
  }
}
