package dk.jobmatch.index;

import dk.jobmatch.index.CompanyEntry.OrdinaryHoursStance;
import java.time.LocalDate;
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

    CompanyBuilder with(TaskBuilder... tasks) {
      this.tasks.addAll(List.of(tasks));
      return this;
    }

    CompanyEntry build() {
      return new CompanyEntry(companyId, name, municipalityCode, location, openToOrdinaryHours, accommodations,
          pausedUntil, tasks.stream().map(TaskBuilder::build).toList());
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
    private int freeCapacity = 1;
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
      this.freeCapacity = seats;
      return this;
    }

    TaskBuilder eligibleForPaidHours() {
      this.eligibleForPaidHours = true;
      return this;
    }

    TaskEntry build() {
      return new TaskEntry(taskId, title, description, occupationCode, skills, demands, accommodations,
          hoursMin, hoursMax, freeCapacity, eligibleForPaidHours);
    }
  }
}
