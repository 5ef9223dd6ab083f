package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.ConsultantFigures;
import dk.jobmatch.api.model.Figures;
import dk.jobmatch.api.model.FiguresLevel;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.Placement;
import dk.jobmatch.api.model.Team;
import dk.jobmatch.api.model.TeamFigures;
import dk.jobmatch.api.model.TeamList;
import dk.jobmatch.api.model.WeeklyOrdinaryHours;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/**
 * Team figures over the API on a known caseload, checked against values worked out by hand. Today is
 * Tuesday 31 March 2026; the citizens were registered on 1 December 2025.
 * <pre>
 * citizen consultant CV  goal  placement from   hours                           follow-up   due
 * c1      anna       yes yes   2025-12-21       15 + 2, 14 + 5 from 2026-03-24   2026-03-26  04-25
 * c2      anna       no  no    2026-03-11       10 + 0                           -           04-10
 * c3      bo         yes no    2026-02-19        8 + 4                           -           03-21 (overdue)
 * c4      bo         no  yes   -
 * c5      -          no  no    proposed only
 * </pre>
 */
class FiguresApiIT extends PlacementApiTestSupport {
  private Placement c1;

  @BeforeEach
  void aKnownCaseload() {
    Company company = createCompany(aCompany().kmNorthOfCentre(1).with(aTask().capacity(10)).build());
    clock.setToday(LocalDate.of(2025, 12, 1));
    UUID citizen1 = createCitizen(aCitizen().skills("lager").goal(GoalRank.A, "9321", "Pakkeriarbejder")
        .inCaseloadOf("anna").build());
    UUID citizen2 = createCitizen(aCitizen().inCaseloadOf("anna").build());
    UUID citizen3 = createCitizen(aCitizen().skills("rengøring").inCaseloadOf("bo").build());
    createCitizen(aCitizen().goal(GoalRank.B, "5223", "Butiksassistent").inCaseloadOf("bo").build());
    UUID citizen5 = createCitizen(aCitizen().build());
    clock.setToday(TODAY);

    c1 = active(citizen1, company, LocalDate.of(2025, 12, 21), 15, 2);
    recordHours(c1, hours(LocalDate.of(2026, 3, 24), 14, 5).note("=SUM(A1), 14 + 5 efter opfølgning"));
    followUp(c1, LocalDate.of(2026, 3, 26));
    active(citizen2, company, LocalDate.of(2026, 3, 11), 10, 0);
    active(citizen3, company, LocalDate.of(2026, 2, 19), 8, 4);
    propose(proposal(citizen5, company));
  }

  @Test
  void theJobCentresFiguresTodayMatchTheHandComputedValues() {
    TeamFigures figures = figures("/figures?weeks=2");

    assertThat(figures.getLevel()).isEqualTo(FiguresLevel.JOB_CENTRE);
    assertThat(figures.getDate()).isEqualTo(TODAY);
    // With ordinary hours: c1 5 and c3 4, so 9 / 2 = 4.5; past 13 weeks: c1; overdue: c3
    assertThat(figures.getTotals()).isEqualTo(figures(5, 2, 2, 3, 2, 4.5, 1, 1));
    assertThat(figures.getConsultants()).containsExactly(
        consultant("anna", figures(2, 1, 1, 2, 1, 5.0, 1, 0)),
        consultant("bo", figures(2, 1, 1, 1, 1, 4.0, 0, 1)));
    assertThat(figures.getWeekly()).containsExactly(
        week("2026-W13", LocalDate.of(2026, 3, 29), 3, 2, 9, 4.5),
        week("2026-W14", TODAY, 3, 2, 9, 4.5));
  }

  @Test
  void anEarlierWeekShowsTheHoursInForceOnItsLastDay() {
    TeamFigures figures = figures("/figures?week=2026-W12&weeks=1");

    assertThat(figures.getDate()).isEqualTo(LocalDate.of(2026, 3, 22));
    // c1 still 15 + 2 (the raise came on the 24th), c3 4: 6 / 2 = 3; c1 not yet followed up: overdue, as is c3
    assertThat(figures.getTotals()).isEqualTo(figures(5, 2, 2, 3, 2, 3.0, 1, 2));
    assertThat(figures.getWeekly()).containsExactly(week("2026-W12", LocalDate.of(2026, 3, 22), 3, 2, 6, 3.0));
  }

  @Test
  void aTeamAndAConsultantSeeTheirOwnCaseload() {
    TeamFigures team = figures("/figures?team=nord");
    assertThat(team.getLevel()).isEqualTo(FiguresLevel.TEAM);
    assertThat(team.getName()).isEqualTo("nord");
    assertThat(team.getTotals()).isEqualTo(figures(2, 1, 1, 2, 1, 5.0, 1, 0));
    assertThat(team.getConsultants()).extracting(ConsultantFigures::getConsultant).containsExactly("anna");

    TeamFigures bo = figures("/figures?consultant=bo");
    assertThat(bo.getLevel()).isEqualTo(FiguresLevel.CONSULTANT);
    assertThat(bo.getTotals()).isEqualTo(figures(2, 1, 1, 1, 1, 4.0, 0, 1));
  }

  @Test
  void theFiguresFollowAChangeAtOnce() {
    recordHours(c1, hours(TODAY, 12, 9));

    // c1 9 and c3 4: 13 / 2 = 6.5
    assertThat(figures("/figures").getTotals().getAverageOrdinaryHours()).isEqualTo(6.5);
  }

  @Test
  void anotherJobCentreSeesOnlyItsOwnFigures() {
    TeamFigures aarhus = as(consultantOf(AARHUS)).get().uri("/figures").exchange().expectStatus().isOk()
        .expectBody(TeamFigures.class).returnResult().getResponseBody();

    assertThat(aarhus.getJobCentre()).isEqualTo(AARHUS);
    assertThat(aarhus.getTotals()).isEqualTo(figures(0, 0, 0, 0, 0, 0.0, 0, 0));
    assertThat(aarhus.getConsultants()).isEmpty();
  }

  @Test
  void exportsTheFiguresForDanishExcelByDefault() {
    String csv = consultant().get().uri("/exports/figures.csv").accept(MediaType.parseMediaType("text/csv")).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
        .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"figures-101-2026-03-31.csv\"")
        .expectBody(String.class).returnResult().getResponseBody();

    assertThat(csv).startsWith("\uFEFF");
    assertThat(csv.substring(1).split("\r\n")).containsExactly(
        "niveau;navn;dato;borgere;med cv;med jobmål;i aktivt forløb;med ordinære timer;gns. ordinære timer;"
            + "forløb seneste 13 uger;opfølgninger overskredet",
        "Konsulent;anna;2026-03-31;2;1;1;2;1;5,0;1;0",
        "Konsulent;bo;2026-03-31;2;1;1;1;1;4,0;0;1",
        "Jobcenter;101;2026-03-31;5;2;2;3;2;4,5;1;1");
  }

  @Test
  void exportsTheFiguresAsPlainCsvForPrograms() {
    String csv = consultant().get().uri("/exports/figures.csv?format=plain").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();

    assertThat(csv.split("\r\n")).containsExactly(
        "scope,name,date,citizens,withCv,withJobGoal,inActivePlacement,withOrdinaryHours,averageOrdinaryHours,"
            + "placementsPast13Weeks,followUpsOverdue",
        "CONSULTANT,anna,2026-03-31,2,1,1,2,1,5.0,1,0",
        "CONSULTANT,bo,2026-03-31,2,1,1,1,1,4.0,0,1",
        "JOB_CENTRE,101,2026-03-31,5,2,2,3,2,4.5,1,1");
  }

  @Test
  void exportsTheHoursLedgerAsPlainCsvWithNotesMadeSafeForSpreadsheets() {
    String csv = ledgerCsv("?format=plain");
    List<String> lines = List.of(csv.split("\r\n"));

    assertThat(lines.getFirst()).isEqualTo("placementId,citizenId,companyId,consultant,status,entryId,sequence,"
        + "effectiveFrom,internshipHours,ordinaryHours,wageSubsidyHours,corrects,correctedBy,recordedBy,recordedAt,note");
    assertThat(lines).hasSize(1 + 4);
    assertThat(lines).filteredOn(l -> l.startsWith(c1.getPlacementId().toString())).hasSize(2)
        .last().asString().contains(",ACTIVE,").contains(",2026-03-24,14,5,0,")
        .endsWith(",\"'=SUM(A1), 14 + 5 efter opfølgning\"");
    // The start's automatic note in the form's language: English for programs.
    assertThat(lines).filteredOn(l -> l.startsWith(c1.getPlacementId().toString())).first().asString()
        .endsWith(",Start per the work agreement");
    assertThat(List.of(ledgerCsv("?format=plain&from=2026-03-01").split("\r\n"))).hasSize(1 + 2);
  }

  @Test
  void exportsTheHoursLedgerForDanishExcelByDefault() {
    List<String> lines = List.of(ledgerCsv("").substring(1).split("\r\n"));

    assertThat(lines.getFirst()).isEqualTo("forløb;borger;virksomhed;virksomhedskonsulent;status;registrering;nr.;"
        + "gælder fra;praktiktimer;ordinære timer;løntilskudstimer;retter;rettet af;registreret af;registreret;note");
    assertThat(lines).filteredOn(l -> l.startsWith(c1.getPlacementId().toString())).hasSize(2)
        .last().asString().contains(";I gang;").contains(";2026-03-24;14;5;0;")
        .matches(".*;\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};[^;]*$")
        .endsWith(";'=SUM(A1), 14 + 5 efter opfølgning");
    assertThat(lines).filteredOn(l -> l.startsWith(c1.getPlacementId().toString())).first().asString()
        .endsWith(";Start ifølge arbejdsaftalen");
  }

  @Test
  void refusesAnUnknownCsvFormat() {
    consultant().get().uri("/exports/figures.csv?format=xlsx").exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.field").isEqualTo("format");
  }

  @Test
  void listsTheConfiguredTeams() {
    TeamList teams = consultant().get().uri("/teams").exchange().expectStatus().isOk()
        .expectBody(TeamList.class).returnResult().getResponseBody();

    assertThat(teams.getTeams()).containsExactly(new Team().name("nord").consultants(List.of("anna")));
  }

  @ParameterizedTest(name = "{0} is refused naming {2}")
  @CsvSource(delimiter = '|', value = {
      "/figures?date=2026-03-01&week=2026-W10 | 400 | week",
      "/figures?consultant=anna&team=nord     | 400 | team",
      "/figures?week=2026-W54                 | 400 | week",
      "/figures?week=2026-47                  | 400 | week",
      "/figures?week=2026-W20                 | 400 | week",
      "/figures?date=2026-04-01               | 400 | date",
      "/figures?date=tomorrow                 | 400 | date",
      "/figures?weeks=0                       | 400 | weeks",
      "/figures?weeks=54                      | 400 | weeks",
      "/figures?team=syd                      | 404 | ",
      "/exports/figures.csv?date=2026-04-01   | 400 | date",
      "/exports/hours-ledger.csv?from=2026-03-02&to=2026-03-01 | 400 | to"})
  void refusesParametersThatMakeNoSense(String uri, int status, String field) {
    var body = consultant().get().uri(uri).exchange()
        .expectStatus().isEqualTo(status)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").isNotEmpty();
    if (field != null) {
      body.jsonPath("$.field").isEqualTo(field);
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private TeamFigures figures(String uri) {
    return consultant().get().uri(uri).exchange().expectStatus().isOk()
        .expectBody(TeamFigures.class).returnResult().getResponseBody();
  }

  private String ledgerCsv(String query) {
    return consultant().get().uri("/exports/hours-ledger.csv" + query).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
  }

  private static Figures figures(int citizens, int withCv, int withJobGoal, int inActivePlacement, int withOrdinaryHours,
      double average, int past13Weeks, int overdue) {
    return new Figures().citizens(citizens).withCv(withCv).withJobGoal(withJobGoal).inActivePlacement(inActivePlacement)
        .withOrdinaryHours(withOrdinaryHours).averageOrdinaryHours(average).placementsPast13Weeks(past13Weeks)
        .followUpsOverdue(overdue);
  }

  private static ConsultantFigures consultant(String name, Figures f) {
    return new ConsultantFigures().consultant(name).citizens(f.getCitizens()).withCv(f.getWithCv())
        .withJobGoal(f.getWithJobGoal()).inActivePlacement(f.getInActivePlacement())
        .withOrdinaryHours(f.getWithOrdinaryHours()).averageOrdinaryHours(f.getAverageOrdinaryHours())
        .placementsPast13Weeks(f.getPlacementsPast13Weeks()).followUpsOverdue(f.getFollowUpsOverdue());
  }

  private static WeeklyOrdinaryHours week(String week, LocalDate ending, int active, int withOrdinary, int total,
      double average) {
    return new WeeklyOrdinaryHours().week(week).weekEnding(ending).inActivePlacement(active)
        .withOrdinaryHours(withOrdinary).ordinaryHoursTotal(total).averageOrdinaryHours(average);
  }
}
