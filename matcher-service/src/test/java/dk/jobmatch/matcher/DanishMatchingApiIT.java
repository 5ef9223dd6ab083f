package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.MatchRows.row;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.ExperienceMatch;
import dk.jobmatch.api.model.GoalMatch;
import dk.jobmatch.api.model.GoalMatchKind;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.HardRule;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NearMiss;
import dk.jobmatch.api.model.NeedCheck;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.NeedOutcome;
import dk.jobmatch.api.model.Opening;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.api.model.WishCode;
import dk.jobmatch.api.model.WordPart;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Matching as consultants type it, through the API: text-only goals and compounds, wishes stated and
 * suggested, CV years, needs that read the schedule, team sizes and near misses. The citizen lives
 * in central København with a 10 km radius and 10 hours now unless a test says otherwise.
 */
class DanishMatchingApiIT extends PlacementApiTestSupport {

  @Test
  void aGoalWordFoundOnlyInsideACompoundTitleMatchesAndTheReasonNamesThePart() {
    Company warehouse = createCompany(aCompany().named("Varelageret").kmNorthOfCentre(2)
        .with(aTask().titled("Lagerarbejde").described("Plukke varer til ordrer").occupation("9329")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, null, "lager").build());

    TaskMatch task = row(matches(citizen), warehouse.getCompanyId()).getTasks().getFirst();

    GoalMatch goal = task.getReasons().getGoals().getFirst();
    assertThat(goal.getKind()).isEqualTo(GoalMatchKind.TITLE_PART);
    assertThat(goal.getPart()).isEqualTo(new WordPart().part("lager").within("Lagerarbejde"));
    assertThat(task.getScoreBreakdown().getGoals()).isPositive();
  }

  @Test
  void aTitleOutsideTheOldListResolvesToItsOccupationAndMatchesByCode() {
    Company salon = createCompany(aCompany().named("Salon Lykke").kmNorthOfCentre(2)
        .with(aTask().titled("Vask og føn").described("Hjælpe i salonen").occupation("5141")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, null, "frisør").build());

    TaskMatch task = row(matches(citizen), salon.getCompanyId()).getTasks().getFirst();

    assertThat(task.getReasons().getGoals().getFirst().getKind()).isEqualTo(GoalMatchKind.EXACT_OCCUPATION);
  }

  @Test
  void storesWishesAndSuggestsTheOnesItsDevelopmentGoalsName() {
    UUID id = createCitizen(aCitizen().wishing(WishCode.OUTDOOR)
        .developing("vil gerne arbejde med kunder", "blive bedre til IT").build());

    Citizen citizen = consultant().get().uri("/citizens/{id}", id).exchange().expectStatus().isOk()
        .expectBody(Citizen.class).returnResult().getResponseBody();

    assertThat(citizen.getWishes()).containsExactly(WishCode.OUTDOOR);
    assertThat(citizen.getSuggestedWishes()).containsExactly(WishCode.CUSTOMER_CONTACT, WishCode.COMPUTER_USE);
  }

  @Test
  void aTaskMeetingASuggestedWishRanksAboveAnEqualTaskThatDoesNot() {
    // The one without customer contact is nearer, so only the wish can put the other first. Shelf filling
    // (9334) is no sales occupation, so only the demand can meet the wish.
    Company shop = createCompany(aCompany().named("Kunder i butikken").kmNorthOfCentre(3)
        .with(aTask().titled("Opfyldning og kundeservice").occupation("9334").demanding(Demand.CUSTOMER_CONTACT)).build());
    Company backroom = createCompany(aCompany().named("Baglokalet").kmNorthOfCentre(2)
        .with(aTask().titled("Opfyldning i baglokalet").occupation("9334")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "9334", "Varepåfylder")
        .developing("vil gerne arbejde med kunder").build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsSubsequence(shop.getCompanyId(), backroom.getCompanyId());
    TaskMatch task = row(result, shop.getCompanyId()).getTasks().getFirst();
    assertThat(task.getReasons().getWishesMet()).containsExactly(WishCode.CUSTOMER_CONTACT);
    assertThat(task.getScoreBreakdown().getWishes()).isPositive();
    assertThat(result.getWeights().getWishes()).isPositive();
  }

  @Test
  void aStatedTeamSizeMeetsTheWishForASmallTeam() {
    Company small = createCompany(aCompany().named("Lille hold").kmNorthOfCentre(3)
        .with(aTask().occupation("5223").inTeamOf(3)).build());
    Company unknown = createCompany(aCompany().named("Hold ukendt").kmNorthOfCentre(2)
        .with(aTask().occupation("5223")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").wishing(WishCode.SMALL_TEAM).build());

    MatchList result = matches(citizen);

    assertThat(small.getPartialTasks().getFirst().getTeamSize()).isEqualTo(3);
    assertThat(companyIds(result)).containsSubsequence(small.getCompanyId(), unknown.getCompanyId());
    assertThat(row(result, small.getCompanyId()).getTasks().getFirst().getReasons().getWishesMet())
        .containsExactly(WishCode.SMALL_TEAM);
    assertThat(row(result, unknown.getCompanyId()).getTasks().getFirst().getReasons().getWishesMet()).isEmpty();
  }

  @Test
  void yearsOfExperienceCountAndTheReasonSaysHowMany() {
    Company kitchen = createCompany(aCompany().named("Kantinen").kmNorthOfCentre(3)
        .with(aTask().titled("Madlavning").occupation("5120")).build());
    Company cleaning = createCompany(aCompany().named("Rengøringen").kmNorthOfCentre(2)
        .with(aTask().titled("Rengøring").occupation("9112")).build());
    UUID citizen = createCitizen(aCitizen()
        .experiencedIn("5120", "Kok", 10, null)
        .experiencedIn("9112", "Rengøringsassistent", 1, TODAY.getYear() - 8).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsSubsequence(kitchen.getCompanyId(), cleaning.getCompanyId());
    ExperienceMatch cook = row(result, kitchen.getCompanyId()).getTasks().getFirst().getReasons().getExperience();
    assertThat(cook.getSource()).isEqualTo(ExperienceMatch.SourceEnum.EXPERIENCE);
    assertThat(cook.getYears()).isEqualTo(10.0);
    assertThat(cook.getYearsAgo()).isZero();
    ExperienceMatch cleaner = row(result, cleaning.getCompanyId()).getTasks().getFirst().getReasons().getExperience();
    assertThat(cleaner.getYearsAgo()).isEqualTo(8);
  }

  @Test
  void aSaturdayTaskIsHiddenFromDaytimeOnlyEvenWhenTheCompanyOffersAFlexibleSchedule() {
    Company saturday = createCompany(aCompany().named("Lørdagsvagt").kmNorthOfCentre(1)
        .offering(Accommodation.FLEXIBLE_SCHEDULE)
        .with(aTask().occupation("5223").on(Weekday.SAT, "08:00", "12:00")).build());
    Company weekday = createCompany(aCompany().named("Tirsdag formiddag").kmNorthOfCentre(2)
        .with(aTask().occupation("5223").demanding(Demand.EARLY_OR_LATE_HOURS).on(Weekday.TUE, "09:00", "12:00")).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.DAYTIME_ONLY, Strictness.MUST).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(weekday.getCompanyId()).doesNotContain(saturday.getCompanyId());
    NeedCheck check = row(result, weekday.getCompanyId()).getTasks().getFirst().getReasons().getNeeds().getFirst();
    assertThat(check.getOutcome()).isEqualTo(NeedOutcome.WITHIN_DAYTIME);
  }

  @Test
  void listsNearMissesApartWithWhatWouldOpenThem() {
    Company listed = createCompany(aCompany().named("Inden for alt").kmNorthOfCentre(2)
        .with(aTask().occupation("5223").hours(4, 10)).build());
    Company tooFar = createCompany(aCompany().named("Lidt for langt væk").kmNorthOfCentre(12)
        .with(aTask().occupation("5223").hours(4, 10)).build());
    Company tooManyHours = createCompany(aCompany().named("Lidt for mange timer").kmNorthOfCentre(3)
        .with(aTask().occupation("5223").hours(12, 20)).build());
    Company farAndLong = createCompany(aCompany().named("For langt og for mange timer").kmNorthOfCentre(12)
        .with(aTask().occupation("5223").hours(12, 20)).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").hours(10, 20).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(listed.getCompanyId())
        .doesNotContain(tooFar.getCompanyId(), tooManyHours.getCompanyId(), farAndLong.getCompanyId());
    assertThat(result.getNearMisses().getCompanies()).extracting(NearMiss::getCompanyId)
        .containsExactlyInAnyOrder(tooFar.getCompanyId(), tooManyHours.getCompanyId());
    NearMiss far = nearMiss(result, tooFar.getCompanyId());
    assertThat(far.getKeptOutBy().getRule()).isEqualTo(HardRule.COMMUTE_RADIUS);
    assertThat(far.getKeptOutBy().getKmBeyondRadius()).isCloseTo(2.0, within(0.3));
    assertThat(far.getTask().getReasons().getGoals().getFirst().getKind()).isEqualTo(GoalMatchKind.EXACT_OCCUPATION);
    NearMiss hours = nearMiss(result, tooManyHours.getCompanyId());
    assertThat(hours.getKeptOutBy().getRule()).isEqualTo(HardRule.HOURS_NOW);
    assertThat(hours.getKeptOutBy().getHoursAboveNow()).isEqualTo(2);
    assertThat(result.getNearMisses().getOpenings()).containsExactly(
        new Opening().rule(HardRule.COMMUTE_RADIUS).relaxedTo(15).companies(1),
        new Opening().rule(HardRule.HOURS_NOW).relaxedTo(12).companies(1));
  }

  @Test
  void neverRelaxesAMustNeedForANearMiss() {
    createCompany(aCompany().named("Tunge løft lidt væk").kmNorthOfCentre(12)
        .with(aTask().occupation("5223").demanding(Demand.HEAVY_LIFTING)).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());

    assertThat(matches(citizen).getNearMisses().getCompanies()).isEmpty();
  }

  private static NearMiss nearMiss(MatchList result, UUID companyId) {
    return result.getNearMisses().getCompanies().stream().filter(m -> m.getCompanyId().equals(companyId)).findFirst()
        .orElseThrow();
  }
}
