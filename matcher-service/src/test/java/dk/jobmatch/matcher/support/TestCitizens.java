package dk.jobmatch.matcher.support;

import dk.jobmatch.api.model.AccommodationNeed;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Cv;
import dk.jobmatch.api.model.ExcludedCompany;
import dk.jobmatch.api.model.Education;
import dk.jobmatch.api.model.Experience;
import dk.jobmatch.api.model.GeoPoint;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.Home;
import dk.jobmatch.api.model.HoursCapacity;
import dk.jobmatch.api.model.JobGoal;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.WishCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Builder for citizens as the API receives them: {@code aCitizen().needing(NO_HEAVY_LIFTING, MUST)}. */
public final class TestCitizens {
  private TestCitizens() {}

  public static CitizenBuilder aCitizen() {
    return new CitizenBuilder();
  }

  /** Defaults: lives in central København, 10 km radius, 10 hours now towards 20, driving licence, no goals or needs. */
  public static final class CitizenBuilder {
    private final CitizenInput citizen = new CitizenInput()
        .hoursCapacity(new HoursCapacity().now(10).target(20))
        .home(new Home().location(new GeoPoint().lat(TestCompanies.KOBENHAVN_CENTRE.getLat())
            .lon(TestCompanies.KOBENHAVN_CENTRE.getLon())).maxCommuteKm(10))
        .cv(new Cv().drivingLicence(true));
    private final List<JobGoal> goals = new ArrayList<>();
    private final List<AccommodationNeed> needs = new ArrayList<>();
    private final List<ExcludedCompany> excluded = new ArrayList<>();

    public CitizenBuilder hours(int now, int target) {
      citizen.hoursCapacity(new HoursCapacity().now(now).target(target));
      return this;
    }

    public CitizenBuilder commuteKm(int km) {
      citizen.getHome().maxCommuteKm(km);
      return this;
    }

    /** About {@code km} kilometres due north of central København. */
    public CitizenBuilder livingKmNorthOfCentre(double km) {
      return livingAt(TestCompanies.KOBENHAVN_CENTRE.getLat() + km / 111.2, TestCompanies.KOBENHAVN_CENTRE.getLon());
    }

    public CitizenBuilder livingAt(double lat, double lon) {
      citizen.getHome().location(new GeoPoint().lat(lat).lon(lon));
      return this;
    }

    public CitizenBuilder goal(GoalRank rank, String occupationCode, String title) {
      goals.add(new JobGoal().rank(rank).occupationCode(occupationCode).title(title));
      return this;
    }

    public CitizenBuilder needing(NeedCode code, Strictness strictness) {
      needs.add(new AccommodationNeed().code(code).strictness(strictness));
      return this;
    }

    public CitizenBuilder excluding(UUID companyId) {
      excluded.add(new ExcludedCompany().companyId(companyId).reason("tidligere forløb gik dårligt"));
      return this;
    }

    public CitizenBuilder skills(String... skills) {
      citizen.getCv().skills(new ArrayList<>(List.of(skills)));
      return this;
    }

    /** CV experience in an occupation (ISCO-08 code). */
    public CitizenBuilder experiencedIn(String occupationCode, String title) {
      citizen.getCv().addExperienceItem(new Experience().occupationCode(occupationCode).title(title).years(2.0));
      return this;
    }

    /** CV experience with its years and, when it has ended, the last year in it (null while ongoing). */
    public CitizenBuilder experiencedIn(String occupationCode, String title, double years, Integer endYear) {
      citizen.getCv().addExperienceItem(new Experience().occupationCode(occupationCode).title(title).years(years)
          .endYear(endYear));
      return this;
    }

    /** An education by its title only, as a CV often has it; the service resolves the occupation. */
    public CitizenBuilder educated(String title, boolean completed) {
      citizen.getCv().addEducationItem(new Education().title(title).completed(completed));
      return this;
    }

    public CitizenBuilder wishing(WishCode... wishes) {
      citizen.wishes(new LinkedHashSet<>(List.of(wishes)));
      return this;
    }

    public CitizenBuilder developing(String... developmentGoals) {
      citizen.developmentGoals(new ArrayList<>(List.of(developmentGoals)));
      return this;
    }

    public CitizenBuilder withoutDrivingLicence() {
      citizen.getCv().drivingLicence(false);
      return this;
    }

    /** The consultant's pseudonymous label: a case number or initials. */
    public CitizenBuilder labelled(String label) {
      citizen.label(label);
      return this;
    }

    /** In this company consultant's caseload (sagsstamme). */
    public CitizenBuilder inCaseloadOf(String consultant) {
      citizen.consultant(consultant);
      return this;
    }

    public CitizenInput build() {
      return citizen.jobGoals(new ArrayList<>(goals)).accommodationNeeds(new ArrayList<>(needs))
          .excludedCompanies(new ArrayList<>(excluded));
    }
  }
}
