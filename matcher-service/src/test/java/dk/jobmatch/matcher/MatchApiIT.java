package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.MatchRows.companyIds;
import static dk.jobmatch.matcher.support.MatchRows.row;
import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dk.jobmatch.api.model.Accommodation;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.GoalMatch;
import dk.jobmatch.api.model.GoalMatchKind;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.NeedCheck;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.NeedOutcome;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.matcher.support.ApiTestSupport;
import dk.jobmatch.matcher.support.TestCompanies.TaskBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Matching through the API only: companies via {@code POST /companies}, citizens via
 * {@code POST /citizens}, then {@code GET /citizens/{id}/matches}. Every hard-filter test shows a
 * concrete company hidden next to a control company that is shown, so an empty list never passes.
 * Unless a test says otherwise, the citizen lives in central København with a 10 km radius and 10
 * hours now, and every company sits in central København or a few km due north of it.
 */
class MatchApiIT extends ApiTestSupport {

  // ---- hard filters ---------------------------------------------------------------------------

  @Test
  void hidesTaskThatDemandsHeavyLiftingFromMustNeed() {
    UUID heavy = createCompany(aCompany().named("Tunge løft").kmNorthOfCentre(1)
        .with(aTask().demanding(Demand.HEAVY_LIFTING)).build());
    UUID control = createCompany(aCompany().named("Lette opgaver").kmNorthOfCentre(2)
        .with(aTask().demanding(Demand.PROLONGED_STANDING)).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());

    List<UUID> shown = companyIds(matches(citizen));

    assertThat(shown).contains(control).doesNotContain(heavy);
  }

  @Test
  void showsHeavyLiftingTaskWhenTheTaskOffersLiftingAidsAsNeutralised() {
    UUID aided = createCompany(aCompany().named("Løftehjælp på opgaven").kmNorthOfCentre(1)
        .with(aTask().demanding(Demand.HEAVY_LIFTING).offering(Accommodation.LIFTING_AIDS)).build());
    UUID unaided = createCompany(aCompany().named("Uden løftehjælp").kmNorthOfCentre(2)
        .with(aTask().demanding(Demand.HEAVY_LIFTING)).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(aided).doesNotContain(unaided);
    assertThat(need(onlyTask(result, aided), NeedCode.NO_HEAVY_LIFTING)).satisfies(n -> {
      assertThat(n.getStrictness()).isEqualTo(Strictness.MUST);
      assertThat(n.getOutcome()).isEqualTo(NeedOutcome.NEUTRALISED);
      assertThat(n.getBecause()).containsExactly("LIFTING_AIDS");
    });
  }

  @Test
  void showsHeavyLiftingTaskWhenTheCompanyOffersLiftingAidsAsNeutralised() {
    UUID aided = createCompany(aCompany().named("Løftehjælp i hele virksomheden").kmNorthOfCentre(1)
        .offering(Accommodation.LIFTING_AIDS)
        .with(aTask().demanding(Demand.HEAVY_LIFTING)).build());
    UUID unaided = createCompany(aCompany().named("Anden hjælp").kmNorthOfCentre(2)
        .offering(Accommodation.SEATED_OPTION)
        .with(aTask().demanding(Demand.HEAVY_LIFTING)).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(aided).doesNotContain(unaided);
    assertThat(need(onlyTask(result, aided), NeedCode.NO_HEAVY_LIFTING)).satisfies(n -> {
      assertThat(n.getOutcome()).isEqualTo(NeedOutcome.NEUTRALISED);
      assertThat(n.getBecause()).containsExactly("LIFTING_AIDS");
    });
  }

  @Test
  void hidesTaskWithoutBreaksOnDemandFromMustFrequentBreaks() {
    UUID without = createCompany(aCompany().named("Ingen pauser").kmNorthOfCentre(1)
        .with(aTask().offering(Accommodation.FLEXIBLE_SCHEDULE)).build());
    UUID with = createCompany(aCompany().named("Pauser efter behov").kmNorthOfCentre(2)
        .with(aTask().offering(Accommodation.BREAKS_ON_DEMAND)).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.FREQUENT_BREAKS, Strictness.MUST).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(with).doesNotContain(without);
    assertThat(need(onlyTask(result, with), NeedCode.FREQUENT_BREAKS)).satisfies(n -> {
      assertThat(n.getOutcome()).isEqualTo(NeedOutcome.REQUIREMENT_MET);
      assertThat(n.getBecause()).containsExactly("BREAKS_ON_DEMAND");
    });
  }

  @Test
  void showsTaskWhoseCompanyOffersBreaksOnDemandAsRequirementMet() {
    UUID companyWide = createCompany(aCompany().named("Pauser i hele huset").kmNorthOfCentre(1)
        .offering(Accommodation.BREAKS_ON_DEMAND).with(aTask()).build());
    UUID without = createCompany(aCompany().named("Ingen pauser").kmNorthOfCentre(2).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.FREQUENT_BREAKS, Strictness.MUST).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(companyWide).doesNotContain(without);
    assertThat(need(onlyTask(result, companyWide), NeedCode.FREQUENT_BREAKS).getOutcome())
        .isEqualTo(NeedOutcome.REQUIREMENT_MET);
  }

  @Test
  void hidesTaskWhoseMinimumHoursExceedTheCitizensHoursNow() {
    UUID tooMany = createCompany(aCompany().named("Mindst ni timer").kmNorthOfCentre(1)
        .with(aTask().hours(9, 15)).build());
    UUID exactlyEnough = createCompany(aCompany().named("Mindst otte timer").kmNorthOfCentre(2)
        .with(aTask().hours(8, 15)).build());
    UUID citizen = createCitizen(aCitizen().hours(8, 20).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).contains(exactlyEnough).doesNotContain(tooMany);
  }

  @Test
  void hidesCompanyOutsideTheCommuteRadius() {
    UUID far = createCompany(aCompany().named("Femten km nord").kmNorthOfCentre(15).with(aTask()).build());
    UUID near = createCompany(aCompany().named("Fem km nord").kmNorthOfCentre(5).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().commuteKm(10).build());
    UUID willingToTravel = createCitizen(aCitizen().commuteKm(20).build());

    assertThat(companyIds(matches(citizen))).contains(near).doesNotContain(far);
    assertThat(companyIds(matches(willingToTravel))).contains(near, far);
  }

  @Test
  void hidesCompanyTheCitizenExcludes() {
    UUID excluded = createCompany(aCompany().named("Tidligere forløb").kmNorthOfCentre(1).with(aTask()).build());
    UUID control = createCompany(aCompany().named("Ny virksomhed").kmNorthOfCentre(2).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().excluding(excluded).build());

    assertThat(companyIds(matches(citizen))).contains(control).doesNotContain(excluded);
  }

  @Test
  void hidesCompanyPausedUntilAFutureDate() {
    UUID paused = createCompany(aCompany().named("Holder pause").kmNorthOfCentre(1)
        .pausedUntil(LocalDate.now().plusDays(30)).with(aTask()).build());
    UUID pauseOver = createCompany(aCompany().named("Pausen er slut").kmNorthOfCentre(2)
        .pausedUntil(LocalDate.now().minusDays(30)).with(aTask()).build());
    UUID neverPaused = createCompany(aCompany().named("Aldrig pause").kmNorthOfCentre(3).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());

    assertThat(companyIds(matches(citizen))).contains(pauseOver, neverPaused).doesNotContain(paused);
  }

  @Test
  void neverOffersADrivingTaskToACitizenWithoutDrivingLicence() {
    UUID driving = createCompany(aCompany().named("Udbringning").kmNorthOfCentre(1)
        .with(aTask().titled("Udbringning med varebil").occupation("8322").demanding(Demand.DRIVING)).build());
    UUID control = createCompany(aCompany().named("Butik").kmNorthOfCentre(2).with(aTask()).build());
    UUID noLicence = createCitizen(aCitizen().withoutDrivingLicence().build());
    UUID licence = createCitizen(aCitizen().build());

    assertThat(companyIds(matches(noLicence))).contains(control).doesNotContain(driving);
    assertThat(companyIds(matches(licence))).contains(control, driving);
  }

  @Test
  void drivingLicenceDoesNotOverrideAStatedMustNoDrivingNeed() {
    UUID driving = createCompany(aCompany().named("Udbringning").kmNorthOfCentre(1)
        .with(aTask().demanding(Demand.DRIVING)).build());
    UUID control = createCompany(aCompany().named("Butik").kmNorthOfCentre(2).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_DRIVING, Strictness.MUST).build());

    assertThat(companyIds(matches(citizen))).contains(control).doesNotContain(driving);
  }

  // ---- ranking -------------------------------------------------------------------------------

  @Test
  void ranksExactOccupationAboveSameMinorGroupAboveTitleTextOnly() {
    // Listed farthest first, so distance (the tie-breaker) would order them the other way round.
    UUID exact = createCompany(aCompany().named("Samme kode").kmNorthOfCentre(4)
        .with(aTask().titled("Opfyldning af varer").occupation("5223")).build());
    UUID minorGroup = createCompany(aCompany().named("Samme mindre gruppe").kmNorthOfCentre(3)
        .with(aTask().titled("Vareplacering").occupation("5222")).build());
    UUID titleText = createCompany(aCompany().named("Kun titlen").kmNorthOfCentre(2)
        .with(aTask().titled("Butiksassistent til rengøring").occupation("9112")).build());
    UUID unrelated = createCompany(aCompany().named("Intet fælles").kmNorthOfCentre(1)
        .with(aTask().titled("Opvask").described("Opvask efter frokost").occupation("9412")).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsExactly(exact, minorGroup, titleText, unrelated);
    assertThat(result.getMatches()).extracting(CompanyMatch::getRank).containsExactly(1, 2, 3, 4);
    assertThat(firstGoal(onlyTask(result, exact)).getKind()).isEqualTo(GoalMatchKind.EXACT_OCCUPATION);
    assertThat(firstGoal(onlyTask(result, minorGroup)).getKind()).isEqualTo(GoalMatchKind.SAME_MINOR_GROUP);
    assertThat(firstGoal(onlyTask(result, titleText)).getKind()).isEqualTo(GoalMatchKind.TITLE_WORD);
    assertThat(onlyTask(result, unrelated).getReasons().getGoals()).isEmpty();
    assertThat(firstGoal(onlyTask(result, exact))).satisfies(g -> {
      assertThat(g.getRank()).isEqualTo(GoalRank.A);
      assertThat(g.getOccupationCode()).isEqualTo("5223");
      assertThat(g.getTitle()).isEqualTo("Butiksassistent");
    });
    List<Double> scores = result.getMatches().stream().map(CompanyMatch::getScore).toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
  }

  @Test
  void ranksNearerAboveFartherWhenAllElseIsEqual() {
    UUID six = createCompany(aCompany().named("Seks km").kmNorthOfCentre(6).with(aTask()).build());
    UUID two = createCompany(aCompany().named("To km").kmNorthOfCentre(2).with(aTask()).build());
    UUID four = createCompany(aCompany().named("Fire km").kmNorthOfCentre(4).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent").build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsExactly(two, four, six);
    assertThat(result.getMatches()).extracting(CompanyMatch::getDistanceKm)
        .satisfiesExactly(
            d -> assertThat(d).isCloseTo(2.0, within(0.2)),
            d -> assertThat(d).isCloseTo(4.0, within(0.2)),
            d -> assertThat(d).isCloseTo(6.0, within(0.2)));
    // Distance decay is part of the score: only the distance part differs between the three.
    assertThat(result.getMatches()).extracting(CompanyMatch::getScore).isSortedAccordingTo((a, b) -> Double.compare(b, a))
        .doesNotHaveDuplicates();
    assertThat(result.getMatches()).extracting(m -> m.getTasks().getFirst().getScoreBreakdown().getGoals())
        .containsOnly(result.getMatches().getFirst().getTasks().getFirst().getScoreBreakdown().getGoals());
  }

  @Test
  void showsTaskViolatingAPreferNeedWithTheDemandAndRanksItBelowAnOtherwiseEqualTask() {
    // The violating task is nearer, so only the PREFER need can put it below the other one.
    UUID violating = createCompany(aCompany().named("Tunge løft").kmNorthOfCentre(1)
        .with(aTask().demanding(Demand.HEAVY_LIFTING)).build());
    UUID fitting = createCompany(aCompany().named("Lette løft").kmNorthOfCentre(3).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksassistent")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.PREFER).build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsExactly(fitting, violating);
    assertThat(need(onlyTask(result, violating), NeedCode.NO_HEAVY_LIFTING)).satisfies(n -> {
      assertThat(n.getStrictness()).isEqualTo(Strictness.PREFER);
      assertThat(n.getOutcome()).isEqualTo(NeedOutcome.VIOLATED);
      assertThat(n.getBecause()).containsExactly("HEAVY_LIFTING");
    });
    assertThat(need(onlyTask(result, fitting), NeedCode.NO_HEAVY_LIFTING).getOutcome()).isEqualTo(NeedOutcome.NO_CONFLICT);
    assertThat(onlyTask(result, violating).getScore()).isLessThan(onlyTask(result, fitting).getScore());
  }

  // ---- reasons -------------------------------------------------------------------------------

  @Test
  void explainsEveryRowWithMatchedSkillsHoursDistanceAndPaidHoursPotential() {
    UUID company = createCompany(aCompany().named("Supermarked").kmNorthOfCentre(3)
        .openToOrdinaryHours(OpenToOrdinaryHours.YES)
        .with(aTask().titled("Kasse og kundeservice").described("Betjene kunder ved kassen").occupation("5230")
            .skills("kundeservice", "kasseekspedition").hours(4, 12).eligibleForPaidHours())
        .build());
    UUID citizen = createCitizen(aCitizen().hours(6, 18).skills("kundeservice", "svejsning")
        .goal(GoalRank.B, "5230", "Kassemedarbejder").build());

    MatchList result = matches(citizen);

    assertThat(result.getCitizenId()).isEqualTo(citizen);
    assertThat(result.getRadiusKm()).isEqualTo(10);
    CompanyMatch row = result.getMatches().getFirst();
    assertThat(row.getCompanyId()).isEqualTo(company);
    assertThat(row.getName()).isEqualTo("Supermarked");
    assertThat(row.getMunicipalityCode()).isEqualTo("101");
    assertThat(row.getOpenToOrdinaryHours()).isEqualTo(OpenToOrdinaryHours.YES);
    TaskMatch task = row.getTasks().getFirst();
    assertThat(task.getTitle()).isEqualTo("Kasse og kundeservice");
    assertThat(task.getOccupationCode()).isEqualTo("5230");
    assertThat(task.getWeeklyHoursMin()).isEqualTo(4);
    assertThat(task.getWeeklyHoursMax()).isEqualTo(12);
    assertThat(row.getScore()).isEqualTo(task.getScore());
    var reasons = task.getReasons();
    assertThat(reasons.getGoals()).singleElement().satisfies(g -> {
      assertThat(g.getKind()).isEqualTo(GoalMatchKind.EXACT_OCCUPATION);
      assertThat(g.getRank()).isEqualTo(GoalRank.B);
    });
    assertThat(reasons.getMatchedSkills()).containsExactly("kundeservice");
    assertThat(reasons.getHours().getTaskMin()).isEqualTo(4);
    assertThat(reasons.getHours().getTaskMax()).isEqualTo(12);
    assertThat(reasons.getHours().getCitizenNow()).isEqualTo(6);
    assertThat(reasons.getHours().getCitizenTarget()).isEqualTo(18);
    assertThat(reasons.getDistanceKm()).isCloseTo(3.0, within(0.2));
    assertThat(row.getDistanceKm()).isEqualTo(reasons.getDistanceKm());
    assertThat(reasons.getPaidHoursPotential()).isTrue();
    assertThat(reasons.getNeeds()).isEmpty();
  }

  @Test
  void listsTheMatchedGoalsBestKindFirst() {
    UUID company = createCompany(aCompany().named("Butik med rengøring").kmNorthOfCentre(1)
        .with(aTask().titled("Rengøring af butikken").occupation("5223")).build());
    // The title-only goal comes first in the citizen's list; the exact-occupation goal must still lead.
    UUID citizen = createCitizen(aCitizen()
        .goal(GoalRank.B, "9112", "Rengøring")
        .goal(GoalRank.C, "5223", "Butiksassistent").build());

    List<GoalMatch> goals = onlyTask(matches(citizen), company).getReasons().getGoals();

    assertThat(goals).extracting(GoalMatch::getKind, GoalMatch::getOccupationCode).containsExactly(
        tuple(GoalMatchKind.EXACT_OCCUPATION, "5223"),
        tuple(GoalMatchKind.TITLE_WORD, "9112"));
  }

  @Test
  void paidHoursPotentialNeedsBothAnEligibleTaskAndACompanyOpenToOrdinaryHours() {
    UUID both = createCompany(aCompany().named("Begge").kmNorthOfCentre(1)
        .openToOrdinaryHours(OpenToOrdinaryHours.YES).with(aTask().eligibleForPaidHours()).build());
    UUID companyNotOpen = createCompany(aCompany().named("Virksomheden siger nej").kmNorthOfCentre(2)
        .openToOrdinaryHours(OpenToOrdinaryHours.NO).with(aTask().eligibleForPaidHours()).build());
    UUID companyUnknown = createCompany(aCompany().named("Virksomheden ved ikke").kmNorthOfCentre(3)
        .openToOrdinaryHours(OpenToOrdinaryHours.UNKNOWN).with(aTask().eligibleForPaidHours()).build());
    UUID taskNotEligible = createCompany(aCompany().named("Opgaven kan ikke").kmNorthOfCentre(4)
        .openToOrdinaryHours(OpenToOrdinaryHours.YES).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());

    MatchList result = matches(citizen);

    assertThat(onlyTask(result, both).getReasons().getPaidHoursPotential()).isTrue();
    assertThat(onlyTask(result, companyNotOpen).getReasons().getPaidHoursPotential()).isFalse();
    assertThat(onlyTask(result, companyUnknown).getReasons().getPaidHoursPotential()).isFalse();
    assertThat(onlyTask(result, taskNotEligible).getReasons().getPaidHoursPotential()).isFalse();
  }

  @Test
  void reportsEveryNeedOfTheCitizenOnEveryRow() {
    UUID company = createCompany(aCompany().named("Roligt lager").kmNorthOfCentre(1)
        .offering(Accommodation.BREAKS_ON_DEMAND)
        .with(aTask().demanding(Demand.HEAVY_LIFTING, Demand.NOISE).offering(Accommodation.LIFTING_AIDS)).build());
    UUID citizen = createCitizen(aCitizen()
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST)
        .needing(NeedCode.FREQUENT_BREAKS, Strictness.MUST)
        .needing(NeedCode.QUIET_ENVIRONMENT, Strictness.PREFER)
        .needing(NeedCode.INDOOR_ONLY, Strictness.PREFER).build());

    List<NeedCheck> needs = onlyTask(matches(citizen), company).getReasons().getNeeds();

    assertThat(needs).extracting(NeedCheck::getCode, NeedCheck::getOutcome).containsExactlyInAnyOrder(
        tuple(NeedCode.NO_HEAVY_LIFTING, NeedOutcome.NEUTRALISED),
        tuple(NeedCode.FREQUENT_BREAKS, NeedOutcome.REQUIREMENT_MET),
        tuple(NeedCode.QUIET_ENVIRONMENT, NeedOutcome.VIOLATED),
        tuple(NeedCode.INDOOR_ONLY, NeedOutcome.NO_CONFLICT));
    assertThat(needs).filteredOn(n -> n.getCode() == NeedCode.QUIET_ENVIRONMENT)
        .singleElement().satisfies(n -> assertThat(n.getBecause()).containsExactly("NOISE"));
  }

  // ---- the index follows every write ---------------------------------------------------------

  @Test
  void companyCreatedIsInTheNextMatch() {
    UUID citizen = createCitizen(aCitizen().build());
    assertThat(matches(citizen).getMatches()).isEmpty();

    UUID company = createCompany(aCompany().named("Ny i dag").kmNorthOfCentre(1).with(aTask()).build());

    assertThat(companyIds(matches(citizen))).containsExactly(company);
  }

  @Test
  void companyUpdatedToDemandWhatAMustNeedForbidsLeavesTheMatches() {
    Company company = createCompanyReturning(aCompany().named("Skifter opgave").kmNorthOfCentre(1)
        .with(aTask().titled("Let opfyldning")).build());
    UUID control = createCompany(aCompany().named("Uændret").kmNorthOfCentre(2).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());
    assertThat(companyIds(matches(citizen))).contains(company.getCompanyId(), control);

    UUID taskId = company.getPartialTasks().getFirst().getTaskId();
    as(consultantOf(KOBENHAVN)).put().uri("/companies/{id}", company.getCompanyId()).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().cvr(company.getCvr()).named("Skifter opgave").kmNorthOfCentre(1)
            .with(aTask().withId(taskId).titled("Tung opfyldning").demanding(Demand.HEAVY_LIFTING)).build())
        .exchange()
        .expectStatus().isOk();

    assertThat(companyIds(matches(citizen))).contains(control).doesNotContain(company.getCompanyId());
  }

  @Test
  void companyUpdatedWithNewTitleShowsTheNewTitleInTheNextMatch() {
    Company company = createCompanyReturning(aCompany().named("Omdøbt opgave").kmNorthOfCentre(1)
        .with(aTask().titled("Gammel titel")).build());
    UUID citizen = createCitizen(aCitizen().build());
    UUID taskId = company.getPartialTasks().getFirst().getTaskId();

    as(consultantOf(KOBENHAVN)).put().uri("/companies/{id}", company.getCompanyId()).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().cvr(company.getCvr()).named("Omdøbt opgave").kmNorthOfCentre(1)
            .with(aTask().withId(taskId).titled("Ny titel")).build())
        .exchange()
        .expectStatus().isOk();

    TaskMatch task = onlyTask(matches(citizen), company.getCompanyId());
    assertThat(task.getTaskId()).isEqualTo(taskId);
    assertThat(task.getTitle()).isEqualTo("Ny titel");
  }

  @Test
  void companyDeletedLeavesTheMatches() {
    UUID deleted = createCompany(aCompany().named("Lukker").kmNorthOfCentre(1).with(aTask()).build());
    UUID control = createCompany(aCompany().named("Fortsætter").kmNorthOfCentre(2).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());
    assertThat(companyIds(matches(citizen))).contains(deleted, control);

    as(consultantOf(KOBENHAVN)).delete().uri("/companies/{id}", deleted).exchange().expectStatus().isNoContent();

    assertThat(companyIds(matches(citizen))).containsExactly(control);
  }

  @Test
  void returnsNoMoreCompaniesThanTheLimit() {
    UUID nearest = createCompany(aCompany().named("1 km").kmNorthOfCentre(1).with(aTask()).build());
    UUID second = createCompany(aCompany().named("2 km").kmNorthOfCentre(2).with(aTask()).build());
    for (int km = 3; km <= 6; km++) {
      createCompany(aCompany().named(km + " km").kmNorthOfCentre(km).with(aTask()).build());
    }
    UUID citizen = createCitizen(aCitizen().build());

    MatchList two = as(consultantOf(KOBENHAVN)).get()
        .uri(b -> b.path("/citizens/{id}/matches").queryParam("limit", 2).build(citizen))
        .exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();

    assertThat(companyIds(two)).containsExactly(nearest, second);
    assertThat(companyIds(matches(citizen))).hasSize(6);
  }

  @Test
  void defaultLimitIsTenCompanies() {
    for (int i = 1; i <= 12; i++) {
      createCompany(aCompany().named("Virksomhed " + i).kmNorthOfCentre(i * 0.5).with(aTask()).build());
    }
    UUID citizen = createCitizen(aCitizen().build());

    assertThat(matches(citizen).getMatches()).hasSize(10);
  }

  @Test
  void showsAtMostThreeTasksPerCompanyBestFirst() {
    TaskBuilder[] tasks = {
        aTask().titled("Opgave uden mål 1").described("Feje gulvet").occupation("9112"),
        aTask().titled("Opfyldning af varer").occupation("5223"),
        aTask().titled("Opgave uden mål 2").described("Feje gulvet").occupation("9112"),
        aTask().titled("Vareplacering").occupation("5222"),
        aTask().titled("Opgave uden mål 3").described("Feje gulvet").occupation("9112")};
    var builder = aCompany().named("Mange opgaver").kmNorthOfCentre(1);
    for (TaskBuilder task : tasks) {
      builder.with(task);
    }
    UUID many = createCompany(builder.build());
    UUID other = createCompany(aCompany().named("Én opgave").kmNorthOfCentre(2).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Opfyldning").build());

    MatchList result = matches(citizen);

    assertThat(companyIds(result)).containsExactlyInAnyOrder(many, other);
    CompanyMatch row = row(result, many);
    assertThat(row.getTasks()).hasSize(3);
    assertThat(row.getTasks()).extracting(TaskMatch::getTaskId).doesNotHaveDuplicates();
    assertThat(row.getTasks().get(0).getTitle()).isEqualTo("Opfyldning af varer");
    assertThat(row.getTasks().get(1).getTitle()).isEqualTo("Vareplacering");
    assertThat(row.getTasks()).extracting(TaskMatch::getScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(row.getScore()).isEqualTo(row.getTasks().getFirst().getScore());
  }

  @Test
  void showsOnlyTheFittingTasksOfACompany() {
    var company = createCompanyReturning(aCompany().named("Blandet").kmNorthOfCentre(1)
        .with(aTask().titled("Tunge kasser").demanding(Demand.HEAVY_LIFTING))
        .with(aTask().titled("Lette varer"))
        .build());
    UUID citizen = createCitizen(aCitizen().needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build());

    TaskMatch only = onlyTask(matches(citizen), company.getCompanyId());

    assertThat(only.getTitle()).isEqualTo("Lette varer");
  }

  @Test
  void matchesOfAnotherJobCentresCitizenAreNotFound() {
    createCompany(aCompany().named("Butik").kmNorthOfCentre(1).with(aTask()).build());
    UUID citizen = createCitizen(aCitizen().build());

    as(consultantOf(AARHUS)).get().uri("/citizens/{id}/matches", citizen).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private UUID createCompany(CompanyInput company) {
    return createCompanyReturning(company).getCompanyId();
  }

  private Company createCompanyReturning(CompanyInput company) {
    return as(consultantOf(KOBENHAVN)).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(company)
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Company.class).returnResult().getResponseBody();
  }

  private UUID createCitizen(CitizenInput citizen) {
    return as(consultantOf(KOBENHAVN)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen)
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();
  }

  private MatchList matches(UUID citizenId) {
    return as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(MatchList.class).returnResult().getResponseBody();
  }

  private static TaskMatch onlyTask(MatchList matches, UUID companyId) {
    List<TaskMatch> tasks = row(matches, companyId).getTasks();
    assertThat(tasks).hasSize(1);
    return tasks.getFirst();
  }

  private static NeedCheck need(TaskMatch task, NeedCode code) {
    return task.getReasons().getNeeds().stream().filter(n -> n.getCode() == code).findFirst()
        .orElseThrow(() -> new AssertionError("no reason for need " + code + " in " + task.getReasons().getNeeds()));
  }

  private static GoalMatch firstGoal(TaskMatch task) {
    assertThat(task.getReasons().getGoals()).isNotEmpty();
    return task.getReasons().getGoals().getFirst();
  }
}
