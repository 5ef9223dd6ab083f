package dk.jobmatch.matcher.support;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.Availability;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.ContactPerson;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.api.model.TimeSlot;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.reference.Cvr;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builders for companies and partial tasks as the API receives them: {@code aCompany().with(aTask().demanding(HEAVY_LIFTING))}. */
public final class TestCompanies {
  /** Central København. */
  public static final GeoPoint KOBENHAVN_CENTRE = new GeoPoint().lat(55.676).lon(12.568);
  private static final AtomicInteger CVR_SERIAL = new AtomicInteger();

  private TestCompanies() {}

  public static CompanyBuilder aCompany() {
    return new CompanyBuilder();
  }

  public static TaskBuilder aTask() {
    return new TaskBuilder();
  }

  /** A fresh valid CVR number for every call, so tests never collide on the unique index. */
  public static String nextCvr() {
    while (true) {
      var cvr = Cvr.withCheckDigit(String.valueOf(4_000_000 + CVR_SERIAL.incrementAndGet()));
      if (cvr.isPresent()) {
        return cvr.get();
      }
    }
  }

  /** Builds a {@link CompanyInput}; defaults make a valid company in København with no tasks. */
  public static final class CompanyBuilder {
    private final CompanyInput company = new CompanyInput()
        .cvr(nextCvr()).name("Testbutikken ApS").municipalityCode("101")
        .location(new GeoPoint().lat(KOBENHAVN_CENTRE.getLat()).lon(KOBENHAVN_CENTRE.getLon()))
        .industryCode("471100").openToOrdinaryHours(OpenToOrdinaryHours.UNKNOWN);
    private final List<PartialTaskInput> tasks = new ArrayList<>();

    public CompanyBuilder named(String name) {
      company.name(name);
      return this;
    }

    public CompanyBuilder cvr(String cvr) {
      company.cvr(cvr);
      return this;
    }

    public CompanyBuilder in(String municipalityCode) {
      company.municipalityCode(municipalityCode);
      return this;
    }

    public CompanyBuilder at(double lat, double lon) {
      company.location(new GeoPoint().lat(lat).lon(lon));
      return this;
    }

    /** About {@code km} kilometres due north of central København. */
    public CompanyBuilder kmNorthOfCentre(double km) {
      return at(KOBENHAVN_CENTRE.getLat() + km / 111.2, KOBENHAVN_CENTRE.getLon());
    }

    public CompanyBuilder industry(String code) {
      company.industryCode(code);
      return this;
    }

    public CompanyBuilder offering(Accommodation... accommodations) {
      company.accommodationsOffered(new ArrayList<>(List.of(accommodations)));
      return this;
    }

    /** A contact person (kontaktperson) at the company. */
    public CompanyBuilder contact(String name, String email) {
      company.addContactPersonsItem(new ContactPerson().name(name).email(email));
      return this;
    }

    public CompanyBuilder openToOrdinaryHours(OpenToOrdinaryHours stance) {
      company.openToOrdinaryHours(stance);
      return this;
    }

    public CompanyBuilder pausedUntil(LocalDate date) {
      availability().pausedUntil(date);
      return this;
    }

    public CompanyBuilder nextAvailableOn(LocalDate date) {
      availability().nextAvailableDate(date);
      return this;
    }

    /** At most {@code limit} new placements a month. */
    public CompanyBuilder monthlyLimit(int limit) {
      availability().maxNewPlacementsPerMonth(limit);
      return this;
    }

    /** At most {@code maxRequests} new requests (contacts and proposals) in any {@code periodDays} days. */
    public CompanyBuilder contactLimit(int maxRequests, int periodDays) {
      availability().contactLimit(new dk.jobmatch.api.model.ContactLimit().maxRequests(maxRequests).periodDays(periodDays));
      return this;
    }

    private Availability availability() {
      if (company.getAvailability() == null) {
        company.availability(new Availability());
      }
      return company.getAvailability();
    }

    public CompanyBuilder with(TaskBuilder task) {
      tasks.add(task.build());
      return this;
    }

    public CompanyInput build() {
      return company.partialTasks(new ArrayList<>(tasks));
    }

    /**
     * The company as another writer (a second replica, the CRM adapter) stores it in MongoDB,
     * bypassing this service's API: what the change stream sees. {@code version} null for a new record.
     */
    public Company asStored(UUID id, Long version) {
      return asStored(id, version, null);
    }

    /** The company as a CRM source's sync stores it ({@code crm.CrmCompanyStore}): owned by that source. */
    public Company asSyncedFrom(String source, String externalId, UUID id) {
      return asStored(id, null, new Company.CrmReference(source, externalId, "1", null));
    }

    private Company asStored(UUID id, Long version, Company.CrmReference crm) {
      CompanyInput in = build();
      Instant now = Instant.now();
      return new Company(id.toString(), version, in.getCvr(), in.getName(), in.getAddress(), in.getMunicipalityCode(),
          new Company.Location(in.getLocation().getLat(), in.getLocation().getLon()), in.getIndustryCode(), null,
          List.of(), values(in.getAccommodationsOffered(), Accommodation::getValue),
          in.getOpenToOrdinaryHours().getValue(), null, "NEW",
          in.getAvailability() == null ? null : new Company.Availability(in.getAvailability().getPausedUntil(),
              in.getAvailability().getMaxNewPlacementsPerMonth(), in.getAvailability().getNextAvailableDate()),
          crm,
          in.getPartialTasks().stream().map(t -> new Company.PartialTask(
              t.getTaskId() == null ? UUID.randomUUID().toString() : t.getTaskId().toString(),
              t.getTitle(), t.getDescription(), t.getOccupationCode(), t.getSkills(),
              values(t.getDemands(), Demand::getValue), values(t.getAccommodationsOffered(), Accommodation::getValue),
              t.getWeeklyHoursMin(), t.getWeeklyHoursMax(),
              t.getSchedule().stream().map(s -> new Company.TimeSlot(s.getDay().getValue(), s.getFrom(), s.getTo())).toList(),
              Boolean.TRUE.equals(t.getEligibleForPaidHours()), t.getCapacity())).toList(),
          now, now);
    }

    private static <T> Set<String> values(List<T> items, Function<T, String> value) {
      return items == null ? Set.of() : items.stream().map(value).collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }

  /** Builds a {@link PartialTaskInput}; defaults make a 4-10 hour shop task with no demands. */
  public static final class TaskBuilder {
    private final PartialTaskInput task = new PartialTaskInput()
        .title("Opfyldning af varer").description("Fylde hylder op om formiddagen").occupationCode("5223")
        .weeklyHoursMin(4).weeklyHoursMax(10).capacity(1);

    /** Sends the task with this id, as a client does when it sends a company's existing task back. */
    public TaskBuilder withId(java.util.UUID taskId) {
      task.taskId(taskId);
      return this;
    }

    public TaskBuilder titled(String title) {
      task.title(title);
      return this;
    }

    public TaskBuilder described(String description) {
      task.description(description);
      return this;
    }

    public TaskBuilder occupation(String code) {
      task.occupationCode(code);
      return this;
    }

    public TaskBuilder hours(int min, int max) {
      task.weeklyHoursMin(min).weeklyHoursMax(max);
      return this;
    }

    public TaskBuilder demanding(Demand... demands) {
      task.demands(new ArrayList<>(List.of(demands)));
      return this;
    }

    public TaskBuilder offering(Accommodation... accommodations) {
      task.accommodationsOffered(new ArrayList<>(List.of(accommodations)));
      return this;
    }

    public TaskBuilder skills(String... skills) {
      task.skills(new ArrayList<>(List.of(skills)));
      return this;
    }

    public TaskBuilder capacity(int capacity) {
      task.capacity(capacity);
      return this;
    }

    /** A weekly time slot, e.g. {@code on(Weekday.TUE, "09:00", "12:00")}. */
    public TaskBuilder on(Weekday day, String from, String to) {
      task.addScheduleItem(new TimeSlot().day(day).from(from).to(to));
      return this;
    }

    public TaskBuilder eligibleForPaidHours() {
      task.eligibleForPaidHours(true);
      return this;
    }

    /** How many people the citizen works with on the task, counting the citizen. */
    public TaskBuilder inTeamOf(int people) {
      task.teamSize(people);
      return this;
    }

    public PartialTaskInput build() {
      return task;
    }
  }
}
