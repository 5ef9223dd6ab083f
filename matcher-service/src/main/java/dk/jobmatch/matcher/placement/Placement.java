package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.problem.ProblemCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A placement (virksomhedsforløb) of one citizen at one company, scoped to the citizen's job centre.
 * One document holds the placement (work agreement, follow-ups, history) so every change of it is
 * one atomic, versioned write. Matching reads {@code companyId}, {@code taskIds}, {@code status},
 * {@code startDate} and {@code endedWithOrdinaryHours} (see {@code company.PlacementLoads}); those
 * names are a contract.
 *
 * <p>The hours ledger is not in it: entries are appended, each its own document
 * ({@link HoursLedgers}), so recording hours neither rewrites the placement nor races its version.
 * Only the first entry, the one the start writes from the work agreement, is the placement's own
 * ({@code startHours}): it is written in the same atomic write as the start. {@link #ledger} puts the
 * two together.
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
    /* The ledger's first entry, written by the start from the work agreement; null before the start. */
    HoursEntry startHours,
    List<FollowUp> followUps,
    List<StatusChange> history,
    Instant createdAt,
    Instant updatedAt) {

  /** Whole weeks at the same workplace that the programme aims for. */
  public static final int TARGET_WEEKS = 13;

  public Placement {
    taskIds = List.copyOf(taskIds);
    matchedTasks = matchedTasks == null ? List.of() : List.copyOf(matchedTasks);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A new proposal. */
  public static Placement proposed(String id, String jobCentre, String citizenId, String companyId, List<String> taskIds,
      String consultant, String caseworker, LocalDate plannedStart, String note, List<Map<String, Object>> matchedTasks,
      String by, Instant at) {
    return new Placement(id, null, jobCentre, citizenId, companyId, taskIds, consultant, caseworker,
        PlacementStatus.PROPOSED, plannedStart, plannedStart, null, null, null, null, null, null, note, matchedTasks,
        null, null, List.of(), List.of(new StatusChange(PlacementStatus.PROPOSED, plannedStart, by, at)), at, at);
  }

  /** The whole hours ledger: the start's entry and {@code recorded}, the entries appended since, in the order recorded. */
  public HoursLedger ledger(Collection<HoursEntry> recorded) {
    List<HoursEntry> entries = new ArrayList<>(recorded.size() + 1);
    if (startHours != null) {
      entries.add(startHours);
    }
    entries.addAll(recorded);
    entries.sort(Comparator.comparingInt(HoursEntry::sequence));
    return new HoursLedger(entries);
  }

  // ---- lifecycle ---------------------------------------------------------------------------------

  /** PROPOSED to AGREED: needs a work agreement. Seats are checked by the caller, who knows the company. */
  public Placement agree(LocalDate start, LocalDate today, String by, Instant at) {
    require(PlacementStatus.AGREED, "agree");
    if (workAgreement == null) {
      throw new IllegalTransition(ProblemCode.WORK_AGREEMENT_MISSING, "Cannot agree a placement without a work agreement (arbejdsaftale); "
          + "PUT /placements/" + id + "/work-agreement first");
    }
    LocalDate agreedStart = start == null ? plannedStartDate : start;
    return with(PlacementStatus.AGREED, agreedStart, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours,
        withdrawalReason, workAgreement, startHours, today, by, at);
  }

  /**
   * AGREED to ACTIVE from {@code start}. The ledger gets its first entry from the work agreement
   * (sequence 1), so current hours are known from the first day.
   */
  public Placement start(LocalDate start, String entryId, String by, Instant at) {
    require(PlacementStatus.ACTIVE, "start");
    HoursEntry first = startHours != null ? startHours : new HoursEntry(entryId, 1, start,
        workAgreement.weeklyInternshipHours(), workAgreement.plannedOrdinaryHours(), 0, null,
        null, AutomaticNote.START_PER_WORK_AGREEMENT, by, at);
    return with(PlacementStatus.ACTIVE, start, start, endDate, outcome, endReason, endedWithOrdinaryHours,
        withdrawalReason, workAgreement, first, start, by, at);
  }

  /**
   * AGREED or ACTIVE to ENDED with an outcome; an outcome of an ordinary job or ordinary hours in
   * force on the last day by {@code ledger} (this placement's) count as paid hours.
   */
  public Placement end(LocalDate end, PlacementOutcome how, String reason, HoursLedger ledger, String by, Instant at) {
    require(PlacementStatus.ENDED, "end");
    boolean paid = how == PlacementOutcome.ORDINARY_JOB || activeFrom != null && ledger.ordinaryHoursOn(end) > 0;
    return with(PlacementStatus.ENDED, startDate, activeFrom, end, how, reason, paid, withdrawalReason, workAgreement,
        startHours, end, by, at);
  }

  /** PROPOSED to WITHDRAWN: the proposal did not go ahead. */
  public Placement withdraw(String reason, LocalDate today, String by, Instant at) {
    require(PlacementStatus.WITHDRAWN, "withdraw");
    return with(PlacementStatus.WITHDRAWN, startDate, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours,
        reason, workAgreement, startHours, today, by, at);
  }

  /** A new work agreement; its tasks become the placement's tasks. Not once the placement is over. */
  public Placement withWorkAgreement(WorkAgreement agreement, Instant at) {
    if (status == PlacementStatus.ENDED || status == PlacementStatus.WITHDRAWN) {
      throw new IllegalTransition(ProblemCode.WORK_AGREEMENT_CLOSED, "Cannot change the work agreement of a placement that is " + status,
          IllegalTransition.danish(status));
    }
    return new Placement(id, version, jobCentre, citizenId, companyId, agreement.taskIds(), consultant, caseworker, status,
        plannedStartDate, startDate, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours, withdrawalReason,
        note, matchedTasks, agreement, startHours, followUps, history, createdAt, at);
  }

  /**
   * {@code ledger} (this placement's) with {@code entry} appended; only once the placement has
   * started, and a correction only of an entry not corrected yet (see {@link HoursLedger#append}).
   * The placement itself does not change: the entry is stored apart. For an ended placement the
   * paid-hours record may, see {@link #withRecordFrom}.
   */
  public HoursLedger recordHours(HoursLedger ledger, HoursEntry entry) {
    if (activeFrom == null) {
      throw new IllegalTransition(ProblemCode.HOURS_BEFORE_ACTIVE, "Cannot record hours on a placement that is " + status
          + "; hours are recorded once it is ACTIVE");
    }
    return ledger.append(entry);
  }

  /**
   * Whether an ended placement ended with ordinary hours, by {@code ledger}: its outcome is an ordinary
   * job, or ordinary hours were in force on its last day. A back-dated correction can change that
   * after the end. Null (not known) for a placement that has not ended.
   */
  public Boolean endedWithOrdinaryHours(HoursLedger ledger) {
    return status == PlacementStatus.ENDED
        ? Boolean.valueOf(outcome == PlacementOutcome.ORDINARY_JOB || ledger.ordinaryHoursOn(endDate) > 0)
        : endedWithOrdinaryHours;
  }

  /** This placement with its paid-hours record as {@code ledger} has it; the same placement when that does not change it. */
  public Placement withRecordFrom(HoursLedger ledger, Instant at) {
    Boolean paid = endedWithOrdinaryHours(ledger);
    if (Objects.equals(paid, endedWithOrdinaryHours)) {
      return this;
    }
    return new Placement(id, version, jobCentre, citizenId, companyId, taskIds, consultant, caseworker, status,
        plannedStartDate, startDate, activeFrom, endDate, outcome, endReason, paid, withdrawalReason, note,
        matchedTasks, workAgreement, startHours, followUps, history, createdAt, at);
  }

  /** One more follow-up; only once the placement has started. */
  public Placement withFollowUp(FollowUp followUp, Instant at) {
    if (activeFrom == null) {
      throw new IllegalTransition(ProblemCode.FOLLOW_UP_BEFORE_ACTIVE, "Cannot record a follow-up on a placement that is " + status
          + "; follow-ups start once it is ACTIVE");
    }
    List<FollowUp> all = new ArrayList<>(followUps);
    all.add(followUp);
    return new Placement(id, version, jobCentre, citizenId, companyId, taskIds, consultant, caseworker, status,
        plannedStartDate, startDate, activeFrom, endDate, outcome, endReason, endedWithOrdinaryHours, withdrawalReason,
        note, matchedTasks, workAgreement, startHours, all, history, createdAt, at);
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
      String reason, Boolean paid, String withdrawn, WorkAgreement agreement, HoursEntry first, LocalDate effective,
      String by, Instant at) {
    List<StatusChange> changes = new ArrayList<>(history);
    changes.add(new StatusChange(to, effective, by, at));
    return new Placement(id, version, jobCentre, citizenId, companyId, taskIds, consultant, caseworker, to,
        plannedStartDate, start, active, end, how, reason, paid, withdrawn, note, matchedTasks, agreement, first,
        followUps, changes, createdAt, at);
  }
}
