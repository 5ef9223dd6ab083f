package dk.jobmatch.matcher.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.AccommodationNeed;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Cv;
import dk.jobmatch.api.model.Education;
import dk.jobmatch.api.model.ExcludedCompany;
import dk.jobmatch.api.model.Experience;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.Home;
import dk.jobmatch.api.model.HoursCapacity;
import dk.jobmatch.api.model.JobGoal;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.matcher.synthetic.SyntheticLabourMarket;
import dk.jobmatch.matcher.synthetic.SyntheticSize;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every DEMO citizen is one the API would accept: the contract's schema and the service's own rules. */
class SyntheticCitizensPassCitizenRulesTest {

  @Test
  void everyDemoCitizenPassesTheSchemaAndTheCitizenRules() {
    List<Citizen> demo = new SyntheticLabourMarket(SyntheticSize.DEMO, SyntheticLabourMarket.DEFAULT_SEED,
        LocalDate.of(2026, 1, 15), Instant.parse("2026-01-15T08:00:00Z")).citizens().toList();
    assertThat(demo).hasSize(300);
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      for (Citizen citizen : demo) {
        CitizenInput input = input(citizen);
        assertThat(validator.validate(input)).as("schema violations of %s", citizen.id()).isEmpty();
        assertThat(CitizenRules.check(input)).as("rule violations of %s", citizen.id()).isEmpty();
      }
    }
  }

  /** The citizen as a case system would send it. */
  private static CitizenInput input(Citizen c) {
    return new CitizenInput()
        .cv(new Cv()
            .experience(new ArrayList<>(c.cv().experience().stream()
                .map(e -> new Experience().occupationCode(e.occupationCode()).title(e.title()).years(e.years())).toList()))
            .education(new ArrayList<>(c.cv().education().stream()
                .map(e -> new Education().title(e.title()).completed(e.completed())).toList()))
            .skills(new ArrayList<>(c.cv().skills()))
            .drivingLicence(c.cv().drivingLicence()))
        .jobGoals(new ArrayList<>(c.jobGoals().stream()
            .map(g -> new JobGoal().rank(GoalRank.fromValue(g.rank())).occupationCode(g.occupationCode()).title(g.title()))
            .toList()))
        .developmentGoals(new ArrayList<>(c.developmentGoals()))
        .hoursCapacity(new HoursCapacity().now(c.hoursCapacity().now()).target(c.hoursCapacity().target()))
        .accommodationNeeds(new ArrayList<>(c.accommodationNeeds().stream()
            .map(n -> new AccommodationNeed().code(NeedCode.fromValue(n.code())).strictness(Strictness.fromValue(n.strictness())))
            .toList()))
        .home(new Home().location(new GeoPoint().lat(c.home().lat()).lon(c.home().lon())).maxCommuteKm(c.home().maxCommuteKm()))
        .excludedCompanies(new ArrayList<>(c.excludedCompanies().stream()
            .map(x -> new ExcludedCompany().companyId(UUID.fromString(x.companyId())).reason(x.reason())).toList()));
  }
}
