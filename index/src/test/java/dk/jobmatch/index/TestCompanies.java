package dk.jobmatch.index;

import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builders for companies and their partial tasks. Defaults describe a company in central Copenhagen
 * with no accommodations, not paused, and tasks that pass every hard filter for the default citizen
 * of {@link TestCitizens}: 5-15 hours a week, one free seat, no demands, an occupation no default
 * goal refers to.
 */
final class TestCompanies {
  private TestCompanies() {}

  static CompanyBuilder aCompany(String companyId) {
    return new CompanyBuilder(companyId);
  }

  static TaskBuilder aTask(String taskId) {
    return new TaskBuilder(taskId);
  }

  static final class CompanyBuilder {
    private final String companyId;
    private String name;
    private String municipalityCode = "101";
    private GeoPoint location = TestPlaces.COPENHAGEN;
    private OrdinaryHoursStance openToOrdinaryHours = OrdinaryHoursStance.UNKNOWN;
    private final Set<String> accommodations = new LinkedHashSet<>();
    private LocalDate pausedUntil;
    private LocalDate nextAvailableDate;
    private Integer monthlyLimit;
    private YearMonth placementsMonth;
    private int placementsInMonth;
    private LocalDate contactLimitUntil;
    private CompanyEntry.PaidHoursRecord paidHoursRecord = CompanyEntry.PaidHoursRecord.UNKNOWN;
    private final List<TaskBuilder> tasks = new ArrayList<>();

    private CompanyBuilder(String companyId) {
      this.companyId = companyId;
      this.name = "Firma " + companyId;
    }

    CompanyBuilder named(String name) {
      this.name = name;
      return this;
    }

    CompanyBuilder inMunicipality(String code) {
      this.municipalityCode = code;
      return this;
    }

    CompanyBuilder at(GeoPoint location) {
      this.location = location;
      return this;
    }

    CompanyBuilder at(double lat, double lon) {
      return at(new GeoPoint(lat, lon));
    }

    CompanyBuilder openToOrdinaryHours(OrdinaryHoursStance stance) {
      this.openToOrdinaryHours = stance;
      return this;
    }

    /** Accommodations offered company-wide: they count for every task of the company. */
    CompanyBuilder offering(String... accommodations) {
      this.accommodations.addAll(List.of(accommodations));
      return this;
    }

    CompanyBuilder pausedUntil(LocalDate date) {
      this.pausedUntil = date;
      return this;
    }

    CompanyBuilder nextAvailableOn(LocalDate date) {
      this.nextAvailableDate = date;
      return this;
    }

    /** At most {@code limit} new placements a month, and {@code started} placements started in {@code month}. */
    CompanyBuilder monthlyLimit(int limit, YearMonth month, int started) {
      this.monthlyLimit = limit;
      this.placementsMonth = month;
      this.placementsInMonth = started;
      return this;
    }

    /** Has had its limit of requests in its period: may be asked again from {@code day}. */
    CompanyBuilder contactLimitUntil(LocalDate day) {
      this.contactLimitUntil = day;
      return this;
    }

    CompanyBuilder paidHoursRecord(int placementsEnded, int withOrdinaryHours) {
      this.paidHoursRecord = new CompanyEntry.PaidHoursRecord(placementsEnded, withOrdinaryHours);
      return this;
    }

    CompanyBuilder with(TaskBuilder... tasks) {
      this.tasks.addAll(List.of(tasks));
      return this;
    }

    CompanyEntry build() {
      return new CompanyEntry(companyId, name, municipalityCode, location, openToOrdinaryHours, accommodations,
          new CompanyEntry.Availability(pausedUntil, nextAvailableDate, monthlyLimit, placementsMonth, placementsInMonth,
              contactLimitUntil),
          paidHoursRecord, tasks.stream().map(TaskBuilder::build).toList());
    }
  }

  static final class TaskBuilder {
    private final String taskId;
    private String title = "Praktisk opgave";
    private String description = "";
    private String occupationCode = "9629";
    private final List<String> skills = new ArrayList<>();
    private final Set<String> demands = new LinkedHashSet<>();
    private final Set<String> accommodations = new LinkedHashSet<>();
    private int hoursMin = 5;
    private int hoursMax = 15;
    private int capacity = 1;
    private int activePlacements;
    private final List<TimeSlot> schedule = new ArrayList<>();
    private boolean eligibleForPaidHours;

    private TaskBuilder(String taskId) {
      this.taskId = taskId;
    }

    TaskBuilder titled(String title) {
      this.title = title;
      return this;
    }

    TaskBuilder described(String description) {
      this.description = description;
      return this;
    }

    TaskBuilder inOccupation(String iscoCode) {
      this.occupationCode = iscoCode;
      return this;
    }

    TaskBuilder withSkills(String... skills) {
      this.skills.addAll(List.of(skills));
      return this;
    }

    TaskBuilder demanding(String... demands) {
      this.demands.addAll(List.of(demands));
      return this;
    }

    /** Accommodations offered for this task only. */
    TaskBuilder offering(String... accommodations) {
      this.accommodations.addAll(List.of(accommodations));
      return this;
    }

    TaskBuilder weeklyHours(int min, int max) {
      this.hoursMin = min;
      this.hoursMax = max;
      return this;
    }

    TaskBuilder freeCapacity(int seats) {
      this.capacity = seats;
      this.activePlacements = 0;
      return this;
    }

    /** {@code capacity} seats of which {@code active} are held by active placements. */
    TaskBuilder capacity(int capacity, int active) {
      this.capacity = capacity;
      this.activePlacements = active;
      return this;
    }

    /** A weekly time slot, e.g. {@code on(TUESDAY, "09:00", "12:00")}. */
    TaskBuilder on(DayOfWeek day, String from, String to) {
      this.schedule.add(new TimeSlot(day, LocalTime.parse(from), LocalTime.parse(to)));
      return this;
    }

    /** The same slot on each of {@code days}, e.g. {@code on("09:00", "12:00", TUESDAY, THURSDAY)}. */
    TaskBuilder on(String from, String to, DayOfWeek... days) {
      for (DayOfWeek day : days) {
        on(day, from, to);
      }
      return this;
    }

    /** Monday to Friday, {@code from}-{@code to}. */
    TaskBuilder weekdays(String from, String to) {
      return on(from, to, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    /** How many people the citizen works with on the task. */
    TaskBuilder inTeamOf(int people) {
      this.teamSize = people;
      return this;
    }

    TaskBuilder eligibleForPaidHours() {
      this.eligibleForPaidHours = true;
      return this;
    }

    private Integer teamSize;

    TaskEntry build() {
      return new TaskEntry(taskId, title, description, occupationCode, skills, demands, accommodations,
          hoursMin, hoursMax, schedule, capacity, activePlacements, eligibleForPaidHours, teamSize);
    }
  }
}
