package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.BlockedCompany;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.Company;
import dk.jobmatch.api.model.Demand;
import dk.jobmatch.api.model.FiguresLevel;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.HardRule;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.SupplyGap;
import dk.jobmatch.api.model.SupplyGapBlocker;
import dk.jobmatch.api.model.SupplyGapCitizen;
import dk.jobmatch.api.model.SupplyGapGroup;
import dk.jobmatch.matcher.support.PlacementApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/**
 * The supply gap over real HTTP on a small hand-built market in central København: one citizen kept
 * out by each blocker (a MUST need, hours, the radius, no company with the occupation), one with a
 * place, and an Aarhus citizen who never appears in København's gap.
 */
class SupplyGapApiIT extends PlacementApiTestSupport {
  private Company heavyLifting;
  private Company longHours;
  private Company farAway;
  private UUID needsNoLifting;
  private UUID fewHours;
  private UUID shortCommute;
  private UUID wantsSoftware;
  private UUID placed;

  @BeforeEach
  void aSmallMarket() {
    heavyLifting = createCompany(aCompany().named("Tunge Kasser ApS").kmNorthOfCentre(1)
        .with(aTask().titled("Varemodtagelse").occupation("5223").demanding(Demand.HEAVY_LIFTING)).build());
    longHours = createCompany(aCompany().named("Lange Dage Rengøring").kmNorthOfCentre(2)
        .with(aTask().titled("Rengøring af kontorer").occupation("9112").hours(8, 12)).build());
    farAway = createCompany(aCompany().named("Pakkeriet Nord").kmNorthOfCentre(12)
        .with(aTask().titled("Pakning af ordrer").occupation("9321")).build());
    needsNoLifting = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksmedhjælper")
        .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).labelled("k-1").inCaseloadOf("anna").build());
    fewHours = createCitizen(aCitizen().goal(GoalRank.A, "9112", "Rengøringsassistent").hours(4, 10).labelled("k-2").build());
    shortCommute = createCitizen(aCitizen().goal(GoalRank.A, "9321", "Pakkeriarbejder").commuteKm(10).labelled("k-3").build());
    wantsSoftware = createCitizen(aCitizen().goal(GoalRank.A, "2512", "Softwareudvikler").labelled("k-4").build());
    placed = createCitizen(aCitizen().goal(GoalRank.A, "5223", "Butiksmedhjælper").labelled("k-5").build());
  }

  private SupplyGap gap(String uri) {
    return consultant().get().uri(uri).exchange().expectStatus().isOk().expectBody(SupplyGap.class).returnResult()
        .getResponseBody();
  }

  private static SupplyGapGroup group(SupplyGap gap, SupplyGapBlocker blocker) {
    return gap.getGroups().stream().filter(g -> g.getBlocker() == blocker).findFirst()
        .orElseThrow(() -> new AssertionError("no " + blocker + " group in " + gap.getGroups()));
  }

  private static List<UUID> citizens(SupplyGapGroup group) {
    return group.getCitizens().stream().map(SupplyGapCitizen::getCitizenId).toList();
  }

  @Test
  void groupsTheCitizensWithoutAPlaceByOccupationAndBlockerWithWhatWouldOpenEachCompany() {
    SupplyGap gap = gap("/supply-gap");

    assertThat(gap.getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(gap.getLevel()).isEqualTo(FiguresLevel.JOB_CENTRE);
    assertThat(gap.getCitizens()).isEqualTo(5);
    assertThat(gap.getInGap()).isEqualTo(4);
    assertThat(gap.getGroups()).extracting(SupplyGapGroup::getBlocker).containsExactlyInAnyOrder(SupplyGapBlocker.MUST_NEED,
        SupplyGapBlocker.HOURS, SupplyGapBlocker.COMMUTE_RADIUS, SupplyGapBlocker.NO_COMPANY);
    assertThat(gap.getGroups()).flatExtracting(SupplyGapApiIT::citizens).doesNotContain(placed);

    SupplyGapGroup must = group(gap, SupplyGapBlocker.MUST_NEED);
    assertThat(must.getOccupationCode()).isEqualTo("5223");
    assertThat(must.getCitizens()).singleElement().satisfies(c -> {
      assertThat(c.getCitizenId()).isEqualTo(needsNoLifting);
      assertThat(c.getLabel()).isEqualTo("k-1");
      assertThat(c.getAcceptableCompanies()).isZero();
    });
    assertThat(must.getCompanies()).singleElement().satisfies(c -> {
      assertThat(c.getCompanyId()).isEqualTo(heavyLifting.getCompanyId());
      assertThat(c.getRule()).isEqualTo(HardRule.MUST_NEEDS);
      assertThat(c.getOpensWith()).isEqualTo("tilbyder løftehjælpemidler");
      assertThat(c.getAccommodations()).containsExactly("LIFTING_AIDS");
    });

    SupplyGapGroup hours = group(gap, SupplyGapBlocker.HOURS);
    assertThat(citizens(hours)).containsExactly(fewHours);
    assertThat(hours.getCompanies()).singleElement().satisfies(c -> {
      assertThat(c.getCompanyId()).isEqualTo(longHours.getCompanyId());
      assertThat(c.getRule()).isEqualTo(HardRule.HOURS_NOW);
      assertThat(c.getOpensWith()).isEqualTo("opgave på 4 timer");
      assertThat(c.getHours()).isEqualTo(4);
    });

    SupplyGapGroup radius = group(gap, SupplyGapBlocker.COMMUTE_RADIUS);
    assertThat(citizens(radius)).containsExactly(shortCommute);
    assertThat(radius.getCompanies()).singleElement().satisfies(c -> {
      assertThat(c.getCompanyId()).isEqualTo(farAway.getCompanyId());
      assertThat(c.getRadiusKm()).isBetween(12, 13);
      assertThat(c.getOpensWith()).isEqualTo("radius på " + c.getRadiusKm() + " km");
    });

    SupplyGapGroup none = group(gap, SupplyGapBlocker.NO_COMPANY);
    assertThat(none.getOccupationCode()).isEqualTo("2512");
    assertThat(citizens(none)).containsExactly(wantsSoftware);
    assertThat(none.getCompanies()).isEmpty();
  }

  @Test
  void fewerThanCountsACitizenWithTooFewPlacesIn() {
    SupplyGap gap = gap("/supply-gap?fewerThan=2");

    assertThat(gap.getFewerThan()).isEqualTo(2);
    assertThat(gap.getInGap()).isEqualTo(5);
    SupplyGapCitizen withOne = gap.getGroups().stream().flatMap(g -> g.getCitizens().stream())
        .filter(c -> c.getCitizenId().equals(placed)).findFirst().orElseThrow();
    assertThat(withOne.getAcceptableCompanies()).isEqualTo(1);
  }

  @Test
  void showsOnlyTheCallersJobCentreAndTheChosenCaseload() {
    UUID aarhus = as(consultantOf(AARHUS)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().goal(GoalRank.A, "2512", "Softwareudvikler").build()).exchange().expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody().getCitizenId();

    assertThat(gap("/supply-gap").getGroups()).flatExtracting(SupplyGapApiIT::citizens).doesNotContain(aarhus);
    SupplyGap inAarhus = as(consultantOf(AARHUS)).get().uri("/supply-gap").exchange().expectStatus().isOk()
        .expectBody(SupplyGap.class).returnResult().getResponseBody();
    assertThat(inAarhus.getGroups()).flatExtracting(SupplyGapApiIT::citizens).containsExactly(aarhus);

    SupplyGap anna = gap("/supply-gap?consultant=anna");
    assertThat(anna.getLevel()).isEqualTo(FiguresLevel.CONSULTANT);
    assertThat(anna.getGroups()).flatExtracting(SupplyGapApiIT::citizens).containsExactly(needsNoLifting);
    assertThat(gap("/supply-gap?team=nord").getGroups()).flatExtracting(SupplyGapApiIT::citizens)
        .containsExactly(needsNoLifting);
  }

  @Test
  void exportsOneRowPerCitizenInDanishExcelAndPlainForm() {
    String excel = new String(consultant().get().uri("/exports/supply-gap.csv").exchange().expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
    assertThat(excel).startsWith("\uFEFFjobmål;stillingskode;årsag;borger;mærke;acceptable virksomheder;blokerede virksomheder\r\n");
    assertThat(excel).contains("Butiksmedhjælper;5223;Skånehensyn (SKAL);" + needsNoLifting + ";k-1;0;1\r\n");
    assertThat(excel.split("\r\n")).hasSize(5);

    String plain = consultant().get().uri("/exports/supply-gap.csv?format=plain").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(plain).startsWith("goal,occupationCode,blocker,citizenId,label,acceptableCompanies,blockedCompanies\r\n");
    assertThat(plain).contains("Softwareudvikler,2512,NO_COMPANY," + wantsSoftware + ",k-4,0,0\r\n");
  }

  @ParameterizedTest(name = "{0} is refused naming {2}")
  @CsvSource(delimiter = '|', value = {
      "/supply-gap?fewerThan=0                    | 400 | fewerThan",
      "/supply-gap?fewerThan=51                   | 400 | fewerThan",
      "/supply-gap?fewerThan=many                 | 400 | fewerThan",
      "/supply-gap?consultant=anna&team=nord      | 400 | team",
      "/supply-gap?consultant=                    | 400 | consultant",
      "/supply-gap?team=syd                       | 404 | ",
      "/exports/supply-gap.csv?format=xlsx        | 400 | format",
      "/exports/supply-gap.csv?fewerThan=-1       | 400 | fewerThan"})
  void refusesParametersThatMakeNoSense(String uri, int status, String field) {
    var body = consultant().get().uri(uri).exchange()
        .expectStatus().isEqualTo(status)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").isNotEmpty();
    if (field != null) {
      body.jsonPath("$.field").isEqualTo(field);
    }
  }
}
