package dk.jobmatch.matcher.company;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.CollaborationStatus;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.api.model.SizeBand;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.index.TaskEntry;
import dk.jobmatch.matcher.company.Company.Availability;
import dk.jobmatch.matcher.company.Company.ContactPerson;
import dk.jobmatch.matcher.company.Company.CrmReference;
import dk.jobmatch.matcher.company.Company.Location;
import dk.jobmatch.matcher.company.Company.PartialTask;
import dk.jobmatch.matcher.company.Company.TimeSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Translates companies between the API contract, the stored record and the match index. */
public final class CompanyMapping {
  private CompanyMapping() {}

  static Company toRecord(CompanyInput in, String id, Long version, Instant createdAt, Instant now) {
    return toRecord(in, id, version, createdAt, now, null);
  }

  /** The record from {@code in}, keeping {@code syncedBy} (a CRM company's reference) when not null. */
  static Company toRecord(CompanyInput in, String id, Long version, Instant createdAt, Instant now, CrmReference syncedBy) {
    return new Company(
        id, version, in.getCvr(), in.getName().strip(), in.getAddress(), in.getMunicipalityCode(),
        new Location(in.getLocation().getLat(), in.getLocation().getLon()), in.getIndustryCode(),
        in.getSizeBand() == null ? null : in.getSizeBand().getValue(),
        list(in.getContactPersons(), c -> new ContactPerson(c.getName(), c.getRole(), c.getEmail(), c.getPhone())),
        set(in.getAccommodationsOffered(), Accommodation::getValue),
        (in.getOpenToOrdinaryHours() == null ? OpenToOrdinaryHours.UNKNOWN : in.getOpenToOrdinaryHours()).getValue(),
        in.getOpenToOrdinaryHoursNote(),
        (in.getCollaborationStatus() == null ? CollaborationStatus.NEW : in.getCollaborationStatus()).getValue(),
        in.getAvailability() == null ? null : new Availability(in.getAvailability().getPausedUntil(),
            in.getAvailability().getMaxNewPlacementsPerMonth(), in.getAvailability().getNextAvailableDate(),
            in.getAvailability().getContactLimit() == null ? null : new ContactLimit(
                in.getAvailability().getContactLimit().getMaxRequests(), in.getAvailability().getContactLimit().getPeriodDays())),
        syncedBy != null ? syncedBy : in.getCrm() == null ? null : new CrmReference(in.getCrm().getSource(), in.getCrm().getExternalId(), in.getCrm().getVersion(), null),
        list(in.getPartialTasks(), CompanyMapping::toRecord),
        createdAt, now);
  }

  private static PartialTask toRecord(PartialTaskInput t) {
    return new PartialTask(
        t.getTaskId() == null ? UUID.randomUUID().toString() : t.getTaskId().toString(),
        t.getTitle().strip(), t.getDescription(), t.getOccupationCode(),
        list(t.getSkills(), String::strip),
        set(t.getDemands(), Demand::getValue),
        set(t.getAccommodationsOffered(), Accommodation::getValue),
        t.getWeeklyHoursMin(), t.getWeeklyHoursMax(),
        list(t.getSchedule(), s -> new TimeSlot(s.getDay().getValue(), s.getFrom(), s.getTo())),
        Boolean.TRUE.equals(t.getEligibleForPaidHours()), t.getCapacity(), t.getTeamSize());
  }

  /** The company as a consultant of {@code callersJobCentre} sees it: whether they may change it, and which fields not. */
  static dk.jobmatch.api.model.Company toApi(Company c, String callersJobCentre) {
    CompanyOwner owner = CompanyOwner.of(c);
    boolean editable = owner.editableBy(callersJobCentre);
    return toApi(c)
        .owner(switch (owner) {
          case CompanyOwner.JobCentre j -> new dk.jobmatch.api.model.CompanyOwner().jobCentre(j.jobCentre());
          case CompanyOwner.CrmSource crm -> new dk.jobmatch.api.model.CompanyOwner().crmSource(crm.source());
        })
        .editable(editable)
        .readOnlyFields(new java.util.ArrayList<>(owner.readOnlyFields()));
  }

  private static dk.jobmatch.api.model.Company toApi(Company c) {
    dk.jobmatch.api.model.Company out = new dk.jobmatch.api.model.Company()
        .companyId(UUID.fromString(c.id()))
        .version(c.version())
        .cvr(c.cvr())
        .name(c.name())
        .address(c.address())
        .municipalityCode(c.municipalityCode())
        .location(new GeoPoint().lat(c.location().lat()).lon(c.location().lon()))
        .industryCode(c.industryCode())
        .sizeBand(c.sizeBand() == null ? null : SizeBand.fromValue(c.sizeBand()))
        .contactPersons(list(c.contactPersons(), p -> new dk.jobmatch.api.model.ContactPerson()
            .name(p.name()).role(p.role()).email(p.email()).phone(p.phone())))
        .accommodationsOffered(list(c.accommodationsOffered(), Accommodation::fromValue))
        .openToOrdinaryHours(OpenToOrdinaryHours.fromValue(c.openToOrdinaryHours()))
        .openToOrdinaryHoursNote(c.openToOrdinaryHoursNote())
        .collaborationStatus(CollaborationStatus.fromValue(c.collaborationStatus()))
        .availability(c.availability() == null ? null : new dk.jobmatch.api.model.Availability()
            .pausedUntil(c.availability().pausedUntil())
            .maxNewPlacementsPerMonth(c.availability().maxNewPlacementsPerMonth())
            .nextAvailableDate(c.availability().nextAvailableDate())
            .contactLimit(c.availability().contactLimit() == null ? null : new dk.jobmatch.api.model.ContactLimit()
                .maxRequests(c.availability().contactLimit().maxRequests())
                .periodDays(c.availability().contactLimit().periodDays())))
        .crm(c.crm() == null ? null : new dk.jobmatch.api.model.CrmReference()
            .source(c.crm().source()).externalId(c.crm().externalId()).version(c.crm().version())
            .deactivatedAt(c.crm().deactivatedAt() == null ? null : c.crm().deactivatedAt().atOffset(ZoneOffset.UTC)))
        .partialTasks(list(c.partialTasks(), CompanyMapping::toApi))
        .createdAt(c.createdAt() == null ? null : c.createdAt().atOffset(ZoneOffset.UTC))
        .updatedAt(c.updatedAt() == null ? null : c.updatedAt().atOffset(ZoneOffset.UTC));
    return out;
  }

  private static dk.jobmatch.api.model.PartialTask toApi(PartialTask t) {
    return new dk.jobmatch.api.model.PartialTask()
        .taskId(UUID.fromString(t.taskId()))
        .title(t.title())
        .description(t.description())
        .occupationCode(t.occupationCode())
        .skills(list(t.skills(), Function.identity()))
        .demands(list(t.demands(), Demand::fromValue))
        .accommodationsOffered(list(t.accommodationsOffered(), Accommodation::fromValue))
        .weeklyHoursMin(t.weeklyHoursMin())
        .weeklyHoursMax(t.weeklyHoursMax())
        .schedule(list(t.schedule(), s -> new dk.jobmatch.api.model.TimeSlot()
            .day(Weekday.fromValue(s.day())).from(s.from()).to(s.to())))
        .eligibleForPaidHours(t.eligibleForPaidHours())
        .capacity(t.capacity())
        .teamSize(t.teamSize());
  }

  /** The company as the match index sees it, without a contact limit reached (see the three-argument form). */
  public static CompanyEntry toIndexEntry(Company c, PlacementLoad load) {
    return toIndexEntry(c, load, null);
  }

  /**
   * The company as the match index sees it: free capacity and availability take its placements into
   * account; {@code contactLimitUntil} is the day it may be asked again when it has reached its
   * contact limit ({@link ContactLimit#reachedUntil}), else null.
   */
  public static CompanyEntry toIndexEntry(Company c, PlacementLoad load, java.time.LocalDate contactLimitUntil) {
    Availability a = c.availability();
    return new CompanyEntry(
        c.id(), c.name(), c.municipalityCode(),
        new dk.jobmatch.index.GeoPoint(c.location().lat(), c.location().lon()),
        CompanyEntry.OrdinaryHoursStance.valueOf(c.openToOrdinaryHours()),
        c.accommodationsOffered() == null ? Set.of() : c.accommodationsOffered(),
        new CompanyEntry.Availability(
            a == null ? null : a.pausedUntil(), a == null ? null : a.nextAvailableDate(),
            a == null ? null : a.maxNewPlacementsPerMonth(), load.month(), load.startedInMonth(), contactLimitUntil),
        new CompanyEntry.PaidHoursRecord(load.ended(), load.endedWithOrdinaryHours()),
        list(c.partialTasks(), t -> new TaskEntry(
            t.taskId(), t.title(), t.description(), t.occupationCode(),
            t.skills() == null ? List.of() : t.skills(),
            t.demands() == null ? Set.of() : t.demands(),
            t.accommodationsOffered() == null ? Set.of() : t.accommodationsOffered(),
            t.weeklyHoursMin(), t.weeklyHoursMax(),
            list(t.schedule(), s -> new dk.jobmatch.index.TimeSlot(DayOfWeek.valueOf(WEEKDAYS.get(s.day())),
                LocalTime.parse(s.from()), LocalTime.parse(s.to()))),
            t.capacity(), load.active(t.taskId()), t.eligibleForPaidHours(), t.teamSize())));
  }

  private static final java.util.Map<String, String> WEEKDAYS = java.util.Map.of(
      "MON", "MONDAY", "TUE", "TUESDAY", "WED", "WEDNESDAY", "THU", "THURSDAY", "FRI", "FRIDAY",
      "SAT", "SATURDAY", "SUN", "SUNDAY");

  private static <A, B> List<B> list(Collection<A> in, Function<A, B> f) {
    return in == null ? new java.util.ArrayList<>() : in.stream().map(f).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
  }

  private static <A> Set<String> set(Collection<A> in, Function<A, String> f) {
    Set<String> out = new LinkedHashSet<>();
    if (in != null) {
      in.forEach(a -> out.add(f.apply(a)));
    }
    return out;
  }
}
