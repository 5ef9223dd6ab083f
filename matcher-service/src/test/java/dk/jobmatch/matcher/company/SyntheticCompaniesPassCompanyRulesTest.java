package dk.jobmatch.matcher.company;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.CollaborationStatus;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.ContactPerson;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.api.model.SizeBand;
import dk.jobmatch.api.model.TimeSlot;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import dk.jobmatch.matcher.synthetic.SyntheticSize;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every DEMO company is one the API would accept: the contract's schema and the service's own rules. */
class SyntheticCompaniesPassCompanyRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  private static final List<Company> DEMO = new SyntheticLabourMarket(SyntheticSize.DEMO,
      SyntheticLabourMarket.DEFAULT_SEED, TODAY, Instant.parse("2026-01-15T08:00:00Z")).companies().toList();

  @Test
  void everyDemoCompanyPassesTheSchemaAndTheCompanyRules() {
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      for (Company company : DEMO) {
        CompanyInput input = input(company);
        assertThat(validator.validate(input)).as("schema violations of %s", company.id()).isEmpty();
        assertThat(CompanyRules.check(input)).as("rule violations of %s", company.id()).isEmpty();
      }
    }
  }

  @Test
  void everyDemoCompanyMapsToAnIndexEntryWithAllItsTasks() {
    PlacementLoad none = new PlacementLoad(Map.of(), YearMonth.from(TODAY), 0, 0, 0);
    for (Company company : DEMO) {
      CompanyEntry entry = CompanyMapping.toIndexEntry(company, none);
      assertThat(entry.tasks()).hasSameSizeAs(company.partialTasks());
      assertThat(entry.tasks()).allSatisfy(t -> assertThat(t.schedule()).isNotEmpty());
    }
  }

  /** The company as a CRM would send it. */
  private static CompanyInput input(Company c) {
    List<PartialTaskInput> tasks = new ArrayList<>();
    for (Company.PartialTask t : c.partialTasks()) {
      tasks.add(new PartialTaskInput()
          .taskId(UUID.fromString(t.taskId()))
          .title(t.title())
          .description(t.description())
          .occupationCode(t.occupationCode())
          .skills(new ArrayList<>(t.skills()))
          .demands(new ArrayList<>(t.demands().stream().map(Demand::fromValue).toList()))
          .accommodationsOffered(new ArrayList<>(t.accommodationsOffered().stream().map(Accommodation::fromValue).toList()))
          .weeklyHoursMin(t.weeklyHoursMin())
          .weeklyHoursMax(t.weeklyHoursMax())
          .schedule(new ArrayList<>(t.schedule().stream()
              .map(s -> new TimeSlot().day(Weekday.fromValue(s.day())).from(s.from()).to(s.to())).toList()))
          .eligibleForPaidHours(t.eligibleForPaidHours())
          .capacity(t.capacity()));
    }
    Company.Availability a = c.availability();
    return new CompanyInput()
        .cvr(c.cvr())
        .name(c.name())
        .address(c.address())
        .municipalityCode(c.municipalityCode())
        .location(new GeoPoint().lat(c.location().lat()).lon(c.location().lon()))
        .industryCode(c.industryCode())
        .sizeBand(SizeBand.fromValue(c.sizeBand()))
        .contactPersons(new ArrayList<>(c.contactPersons().stream()
            .map(p -> new ContactPerson().name(p.name()).role(p.role()).email(p.email()).phone(p.phone())).toList()))
        .accommodationsOffered(new ArrayList<>(c.accommodationsOffered().stream().map(Accommodation::fromValue).toList()))
        .openToOrdinaryHours(OpenToOrdinaryHours.fromValue(c.openToOrdinaryHours()))
        .collaborationStatus(CollaborationStatus.fromValue(c.collaborationStatus()))
        .availability(a == null ? null : new dk.jobmatch.api.model.Availability()
            .pausedUntil(a.pausedUntil()).maxNewPlacementsPerMonth(a.maxNewPlacementsPerMonth())
            .nextAvailableDate(a.nextAvailableDate()))
        .partialTasks(tasks);
  }
}
