package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A placement (virksomhedsforløb) of one citizen at one company, scoped to the citizen's job centre.
 * One document holds the whole placement (work agreement, hours ledger, follow-ups, history) so
 * every change is one atomic, versioned write. Matching reads {@code companyId}, {@code taskIds},
 * {@code status}, {@code startDate} and {@code endedWithOrdinaryHours} (see
 * {@code company.PlacementLoads}); those names are a contract.
 *
 * <p>Transitions return a new placement or throw {@link IllegalTransition}; dates they are given
 * are checked by the caller against today (see {@code PlacementRules}).
 */
@Document("placements")
public record Placement(
    @Id String id,
    @Version Long version,
    String jobCentre,
    String citizenId,
    String companyId,
    List<String> taskIds,
    String consultant,
    String caseworker,
    PlacementStatus status,
    LocalDate plannedStartDate,
    /* The agreed start date, then the actual one; what the company's monthly limit counts. */
    LocalDate startDate,
    /* The day the citizen actually started; null until the placement is active. */
    LocalDate activeFrom,
    LocalDate endDate,
    PlacementOutcome outcome,
    String endReason,
    Boolean endedWithOrdinaryHours,
    String withdrawalReason,
    String note,
    List<Map<String, Object>> matchedTasks,
    WorkAgreement workAgreement,
    List<HoursEntry> hoursLedger,
    List<FollowUp> followUps,
    List<StatusChange> history,
    Instant createdAt,
    Instant updatedAt) {

  /** Whole weeks at the same workplace that the programme aims for. */
  public static final int TARGET_WEEKS = 13;

  public Placement {
    taskIds = List.copyOf(taskIds);
    matchedTasks = matchedTasks == null ? List.of() : List.copyOf(matchedTasks);
    hoursLedger = hoursLedger == null ? List.of() : List.copyOf(hoursLedger);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A new proposal. */
  public static Placement proposed(String id, String jobCentre, String citizenId, String companyId, List<String> taskIds,
      String consultant, String caseworker, LocalDate plannedStart, String note, List<Map<String, Object>> matchedTasks,
      String by, Instant at) {
    return new Placement(id, null, jobCentre, citizenId, companyId, taskIds, consultant, caseworker,
        PlacementStatus.PROPOSED, plannedStart, plannedStart, null, null, null, null, null, null, note, matchedTasks,
        null, List.of(), List.of(), List.of(new StatusChange(PlacementStatus.PROPOSED, plannedStart, by, at)), at, at);
  }

  public HoursLedger ledger() {
    return new HoursLedger(hoursLedger);
  }

  // ---- lifecycle ---------------------------------------------------------------------------------

  /** PROPOSED to AGREED: needs a work agreement. Seats are checked by the caller, who knows the company. */
  public Placement agree(LocalDate start, LocalDate today, String by, Instant at) {
    require(PlacementStatus.AGREED, "agree");
    if (workAgreement == null) {
      throw new IllegalTransition("Cannot agree a placement without a work agreement (arbejdsaftale); "
          + "PUT /placements/" + id + "/work-agreement first");
    }
    LocalDate agreedStart = start == null ? plannedStartDate : start;
    return with(PlacementStatus.AGREED, agreedStart, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours,
        withdrawalReason, workAgreement, hoursLedger, today, by, at);
  }

  /**
   * AGREED to ACTIVE from {@code start}. An empty ledger gets its first entry from the work
   * agreement, so current hours are known from the first day.
   */
  public Placement start(LocalDate start, String entryId, String by, Instant at) {
    require(PlacementStatus.ACTIVE, "start");
    List<HoursEntry> ledger = hoursLedger;
    if (ledger.isEmpty()) {
      ledger = List.of(new HoursEntry(entryId, 1, start, workAgreement.weeklyInternshipHours(),
          workAgreement.plannedOrdinaryHours(), 0, null, "Start per the work agreement", by, at));
    }
    return with(PlacementStatus.ACTIVE, start, start, endDate, outcome, endReason, endedWithOrdinaryHours,
        withdrawalReason, workAgreement, ledger, start, by, at);
  }

  /** AGREED or ACTIVE to ENDED with an outcome; an outcome of an ordinary job or ordinary hours in force on the last day count as paid hours. */
  public Placement end(LocalDate end, PlacementOutcome how, String reason, String by, Instant at) {
    require(PlacementStatus.ENDED, "end");
    boolean paid = how == PlacementOutcome.ORDINARY_JOB || activeFrom != null && ledger().ordinaryHoursOn(end) > 0;
    return with(PlacementStatus.ENDED, startDate, activeFrom, end, how, reason, paid, withdrawalReason, workAgreement,
        hoursLedger, end, by, at);
  }

  /** PROPOSED to WITHDRAWN: the proposal did not go ahead. */
  public Placement withdraw(String reason, LocalDate today, String by, Instant at) {
    require(PlacementStatus.WITHDRAWN, "withdraw");
    return with(PlacementStatus.WITHDRAWN, startDate, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours,
        reason, workAgreement, hoursLedger, today, by, at);
  }

  /** A new work agreement; its tasks become the placement's tasks. Not once the placement is over. */
  public Placement withWorkAgreement(WorkAgreement agreement, Instant at) {
    if (status == PlacementStatus.ENDED || status == PlacementStatus.WITHDRAWN) {
      throw new IllegalTransition("Cannot change the work agreement of a placement that is " + status);
    }
    return new Placement(id, version, jobCentre, citizenId, companyId, agreement.taskIds(), consultant, caseworker, status,
        plannedStartDate, startDate, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours, withdrawalReason,
        note, matchedTasks, agreement, hoursLedger, followUps, history, createdAt, at);
  }

  /** The ledger with one more entry; only once the placement has started. An ended placement's record is recomputed. */
  public Placement withHours(HoursEntry entry, Instant at) {
    if (activeFrom == null) {
      throw new IllegalTransition("Cannot record hours on a placement that is " + status
          + "; hours are recorded once it is ACTIVE");
    }
    HoursLedger ledger = ledger().append(entry);
    Boolean paid = status == PlacementStatus.ENDED
        ? Boolean.valueOf(outcome == PlacementOutcome.ORDINARY_JOB || ledger.ordinaryHoursOn(endDate) > 0)
        : endedWithOrdinaryHours;
    return new Placement(id, version, jobCentre, citizenId, companyId, taskIds, consultant, caseworker, status,
        plannedStartDate, startDate, activeFrom, endDate, outcome, endReason, paid, withdrawalReason, note,
        matchedTasks, workAgreement, ledger.entries(), followUps, history, createdAt, at);
  }

  /** One more follow-up; only once the placement has started. */
  public Placement withFollowUp(FollowUp followUp, Instant at) {
    if (activeFrom == null) {
      throw new IllegalTransition("Cannot record a follow-up on a placement that is " + status
          + "; follow-ups start once it is ACTIVE");
    }
    List<FollowUp> all = new ArrayList<>(followUps);
    all.add(followUp);
    return new Placement(id, version, jobCentre, citizenId, companyId, taskIds, consultant, caseworker, status,
        plannedStartDate, startDate, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours, withdrawalReason,
        note, matchedTasks, workAgreement, hoursLedger, all, history, createdAt, at);
  }

  // ---- derived state -----------------------------------------------------------------------------

  /** Whether the citizen was at the company on {@code day}: started on or before it, not ended before it. */
  public boolean activeOn(LocalDate day) {
    return activeFrom != null && !activeFrom.isAfter(day) && (endDate == null || !endDate.isBefore(day));
  }

  /** Whole weeks at the company up to {@code day} (or the end); 0 before the start. */
  public int weeksAtCompany(LocalDate day) {
    if (activeFrom == null || activeFrom.isAfter(day)) {
      return 0;
    }
    LocalDate until = endDate != null && endDate.isBefore(day) ? endDate : day;
    return (int) (ChronoUnit.DAYS.between(activeFrom, until) / 7);
  }

  /** Active on {@code day} and there for {@value #TARGET_WEEKS} continuous weeks or more. */
  public boolean pastTargetWeeks(LocalDate day) {
    return activeOn(day) && !activeFrom.plusWeeks(TARGET_WEEKS).isAfter(day);
  }

  /** The latest follow-up on or before {@code day}. */
  public Optional<LocalDate> lastFollowUp(LocalDate day) {
    return followUps.stream().map(FollowUp::date).filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder());
  }

  /**
   * When the next follow-up is due as seen on {@code day}: the cadence of the work agreement after
   * the latest follow-up, or after the start. Empty when the placement is not active on that day.
   */
  public Optional<LocalDate> nextFollowUpDue(LocalDate day) {
    if (!activeOn(day)) {
      return Optional.empty();
    }
    int cadence = workAgreement == null ? WorkAgreement.DEFAULT_FOLLOW_UP_DAYS : workAgreement.followUpEveryDays();
    return Optional.of(lastFollowUp(day).orElse(activeFrom).plusDays(cadence));
  }

  /** Active on {@code day} and its follow-up was due before it. */
  public boolean followUpOverdue(LocalDate day) {
    return nextFollowUpDue(day).map(due -> due.isBefore(day)).orElse(false);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private void require(PlacementStatus to, String attempted) {
    if (!status.next().contains(to)) {
      throw IllegalTransition.from(status, attempted);
    }
  }

  private Placement with(PlacementStatus to, LocalDate start, LocalDate active, LocalDate end, PlacementOutcome how,
      String reason, Boolean paid, String withdrawn, WorkAgreement agreement, List<HoursEntry> ledger, LocalDate effective,
      String by, Instant at) {
    List<StatusChange> changes = new ArrayList<>(history);
    changes.add(new StatusChange(to, effective, by, at));
    return new Placement(id, version, jobCentre, citizenId, companyId, taskIds, consultant, caseworker, to,
        plannedStartDate, start, active, end, how, reason, paid, withdrawn, note, matchedTasks, agreement, ledger,
        followUps, changes, createdAt, at);
  }
}
