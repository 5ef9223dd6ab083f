package dk.jobmatch.matcher.placement;

import dk.jobmatch.api.model.ContactPerson;
import dk.jobmatch.api.model.CurrentHours;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.PlacementEvent;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.api.model.Weekday;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Translates placements between the API contract and the stored record; derived state is computed for a day. */
final class PlacementMapping {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private PlacementMapping() {}

  static dk.jobmatch.api.model.Placement toApi(Placement p, HoursLedger ledger, String companyName, LocalDate today,
      JsonMapper json) {
    return new dk.jobmatch.api.model.Placement()
        .placementId(UUID.fromString(p.id()))
        .version(p.version())
        .jobCentre(p.jobCentre())
        .citizenId(UUID.fromString(p.citizenId()))
        .companyId(UUID.fromString(p.companyId()))
        .companyName(companyName)
        .taskIds(list(p.taskIds(), UUID::fromString))
        .consultant(p.consultant())
        .caseworker(p.caseworker())
        .status(dk.jobmatch.api.model.PlacementStatus.fromValue(p.status().name()))
        .allowedTransitions(list(p.status().next(), s -> dk.jobmatch.api.model.PlacementStatus.fromValue(s.name())))
        .plannedStartDate(p.plannedStartDate())
        .startDate(p.startDate())
        .endDate(p.endDate())
        .outcome(p.outcome() == null ? null : dk.jobmatch.api.model.PlacementOutcome.fromValue(p.outcome().name()))
        .endReason(p.endReason())
        .withdrawalReason(p.withdrawalReason())
        .note(p.note())
        .matchedTasks(list(p.matchedTasks(), m -> json.convertValue(m, TaskMatch.class)))
        .workAgreement(p.workAgreement() == null ? null : toApi(p.workAgreement()))
        .currentHours(currentHours(ledger, today))
        .weeksAtCompany(p.activeFrom() == null ? null : p.weeksAtCompany(today))
        .lastFollowUp(p.lastFollowUp(today).orElse(null))
        .nextFollowUpDue(p.nextFollowUpDue(today).orElse(null))
        .followUpOverdue(p.followUpOverdue(today))
        .hoursEntries(ledger.entries().size())
        .followUps(p.followUps().size())
        .history(list(p.history(), h -> new PlacementEvent()
            .status(dk.jobmatch.api.model.PlacementStatus.fromValue(h.status().name()))
            .date(h.date()).by(h.by()).at(time(h.at()))))
        .createdAt(time(p.createdAt()))
        .updatedAt(time(p.updatedAt()));
  }

  static CurrentHours currentHours(HoursLedger ledger, LocalDate day) {
    return ledger.inForce(day).map(e -> new CurrentHours()
        .internshipHours(e.internshipHours()).ordinaryHours(e.ordinaryHours()).wageSubsidyHours(e.wageSubsidyHours())
        .asOf(day).entryId(UUID.fromString(e.id())).effectiveFrom(e.effectiveFrom())).orElse(null);
  }

  /** One ledger entry; an automatic note in the language {@code locale} asks for. */
  static dk.jobmatch.api.model.HoursEntry toApi(HoursEntry e, HoursLedger ledger, Locale locale) {
    UUID correctedBy = ledger.correctionOf(e.id()).map(c -> UUID.fromString(c.id())).orElse(null);
    return new dk.jobmatch.api.model.HoursEntry()
        .entryId(UUID.fromString(e.id()))
        .sequence(e.sequence())
        .effectiveFrom(e.effectiveFrom())
        .internshipHours(e.internshipHours())
        .ordinaryHours(e.ordinaryHours())
        .wageSubsidyHours(e.wageSubsidyHours())
        .corrects(e.corrects() == null ? null : UUID.fromString(e.corrects()))
        .correctedBy(correctedBy)
        .counts(correctedBy == null)
        .note(e.note(locale))
        .automaticNote(e.automaticNote() == null ? null
            : dk.jobmatch.api.model.HoursEntry.AutomaticNoteEnum.fromValue(e.automaticNote().name()))
        .recordedBy(e.recordedBy())
        .recordedAt(time(e.recordedAt()));
  }

  static dk.jobmatch.api.model.FollowUp toApi(FollowUp f) {
    return new dk.jobmatch.api.model.FollowUp()
        .followUpId(UUID.fromString(f.id()))
        .date(f.date())
        .participants(new LinkedHashSet<>(list(f.participants(), FollowUpParticipant::fromValue)))
        .notes(f.notes())
        .ordinaryHoursRaised(f.ordinaryHoursRaised())
        .recordedBy(f.recordedBy())
        .recordedAt(time(f.recordedAt()));
  }

  static dk.jobmatch.api.model.WorkAgreement toApi(WorkAgreement w) {
    WorkAgreement.ContactPerson c = w.contactPerson();
    return new dk.jobmatch.api.model.WorkAgreement()
        .taskIds(new LinkedHashSet<>(list(w.taskIds(), UUID::fromString)))
        .weeklyInternshipHours(w.weeklyInternshipHours())
        .plannedOrdinaryHours(w.plannedOrdinaryHours())
        .days(new LinkedHashSet<>(list(w.days(), Weekday::fromValue)))
        .reviewDate(w.reviewDate())
        .followUpEveryDays(w.followUpEveryDays())
        .contactPerson(c == null ? null : new ContactPerson().name(c.name()).role(c.role()).email(c.email()).phone(c.phone()))
        .agreedOn(w.agreedOn())
        .note(w.note());
  }

  static WorkAgreement toRecord(dk.jobmatch.api.model.WorkAgreement in) {
    ContactPerson c = in.getContactPerson();
    return new WorkAgreement(
        list(in.getTaskIds(), UUID::toString),
        in.getWeeklyInternshipHours(),
        in.getPlannedOrdinaryHours(),
        list(in.getDays(), Weekday::getValue),
        in.getReviewDate(),
        in.getFollowUpEveryDays() == null ? WorkAgreement.DEFAULT_FOLLOW_UP_DAYS : in.getFollowUpEveryDays(),
        c == null ? null : new WorkAgreement.ContactPerson(c.getName().strip(), c.getRole(), c.getEmail(), c.getPhone()),
        in.getAgreedOn(),
        in.getNote());
  }

  /** A match row's task as kept with the placement: the contract's JSON shape, stored as a document. */
  static Map<String, Object> toStored(TaskMatch task, JsonMapper json) {
    return json.convertValue(task, MAP);
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static <A, B> List<B> list(Collection<A> in, Function<A, B> f) {
    List<B> out = new ArrayList<>();
    if (in != null) {
      in.forEach(a -> out.add(f.apply(a)));
    }
    return out;
  }
}
