package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.api.model.AccommodationNeed;
import dk.jobmatch.api.model.Citizen;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.CitizenPage;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.matcher.support.ApiTestSupport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Citizens over HTTP. The service's clock steps one second on every reading, so "newest first" has
 * distinct creation times to order by: MongoDB stores milliseconds, and two citizens created within
 * the same millisecond would otherwise have no defined order.
 */
@Import(CitizenApiIT.SteppingClockConfiguration.class)
class CitizenApiIT extends ApiTestSupport {

  @Test
  void createAnswers201WithLocationETagServerAssignedIdAndTheTokensJobCentre() {
    EntityExchangeResult<Citizen> result = as(consultantOf(AARHUS)).post().uri("/citizens")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().hours(8, 20).goal(GoalRank.A, "5223", "Butiksassistent").skills("kundeservice")
            .needing(NeedCode.NO_HEAVY_LIFTING, Strictness.MUST).build())
        .exchange()
        .expectStatus().isCreated()
        .expectHeader().valueEquals("ETag", "\"0\"")
        .expectBody(Citizen.class).returnResult();
    Citizen created = result.getResponseBody();

    assertThat(created.getCitizenId()).isNotNull();
    assertThat(result.getResponseHeaders().getLocation()).hasToString("/citizens/" + created.getCitizenId());
    assertThat(created.getJobCentre()).isEqualTo(AARHUS);
    assertThat(created.getVersion()).isZero();
    assertThat(created.getCreatedAt()).isNotNull();
    assertThat(created.getHoursCapacity().getNow()).isEqualTo(8);
    assertThat(created.getHoursCapacity().getTarget()).isEqualTo(20);
    assertThat(created.getJobGoals()).singleElement().satisfies(g -> {
      assertThat(g.getRank()).isEqualTo(GoalRank.A);
      assertThat(g.getOccupationCode()).isEqualTo("5223");
      assertThat(g.getTitle()).isEqualTo("Butiksassistent");
    });
    assertThat(created.getCv().getSkills()).containsExactly("kundeservice");
    assertThat(created.getAccommodationNeeds()).containsExactly(
        new AccommodationNeed().code(NeedCode.NO_HEAVY_LIFTING).strictness(Strictness.MUST));
  }

  @Test
  void eachCreateGetsItsOwnPseudonymousId() {
    Citizen first = create(KOBENHAVN, aCitizen().build());
    Citizen second = create(KOBENHAVN, aCitizen().build());

    assertThat(first.getCitizenId()).isNotEqualTo(second.getCitizenId());
  }

  @Test
  void bodyCannotChooseTheJobCentre() {
    String body = """
        {"jobCentre": "101",
         "hoursCapacity": {"now": 5, "target": 10},
         "home": {"location": {"lat": 56.15, "lon": 10.2}, "maxCommuteKm": 10}}""";

    // jobCentre is not part of CitizenInput, so the body is refused rather than silently re-scoped.
    as(consultantOf(AARHUS)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.field").isEqualTo("jobCentre");

    assertThat(list(KOBENHAVN, 0, 20).getPage().getTotalItems()).isZero();
    assertThat(list(AARHUS, 0, 20).getPage().getTotalItems()).isZero();
  }

  @Test
  void readsCitizenWithItsVersionAsETag() {
    Citizen created = create(KOBENHAVN, aCitizen().hours(6, 15).commuteKm(25).build());

    Citizen read = as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}", created.getCitizenId()).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", "\"0\"")
        .expectBody(Citizen.class).returnResult().getResponseBody();

    assertThat(read.getCitizenId()).isEqualTo(created.getCitizenId());
    assertThat(read.getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(read.getHoursCapacity().getNow()).isEqualTo(6);
    assertThat(read.getHome().getMaxCommuteKm()).isEqualTo(25);
  }

  @Test
  void citizenOfAnotherJobCentreIsNotFound() {
    Citizen created = create(KOBENHAVN, aCitizen().build());

    as(consultantOf(AARHUS)).get().uri("/citizens/{id}", created.getCitizenId()).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    as(consultantOf(AARHUS)).put().uri("/citizens/{id}", created.getCitizenId()).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(1, 2).build())
        .exchange()
        .expectStatus().isNotFound();
    as(consultantOf(AARHUS)).delete().uri("/citizens/{id}", created.getCitizenId()).exchange()
        .expectStatus().isNotFound();

    Citizen unchanged = read(KOBENHAVN, created.getCitizenId());
    assertThat(unchanged.getVersion()).isZero();
    assertThat(unchanged.getHoursCapacity().getNow()).isEqualTo(10);
  }

  @Test
  void updateWithCurrentETagReplacesTheProfileAndIncrementsTheVersion() {
    Citizen created = create(KOBENHAVN, aCitizen().hours(5, 10).build());

    Citizen updated = as(consultantOf(KOBENHAVN)).put().uri("/citizens/{id}", created.getCitizenId())
        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCitizen().hours(12, 25).goal(GoalRank.B, "9321", "Pakkeriarbejder")
            .needing(NeedCode.FREQUENT_BREAKS, Strictness.PREFER).build())
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("ETag", "\"1\"")
        .expectBody(Citizen.class).returnResult().getResponseBody();

    assertThat(updated.getCitizenId()).isEqualTo(created.getCitizenId());
    assertThat(updated.getJobCentre()).isEqualTo(KOBENHAVN);
    assertThat(updated.getVersion()).isEqualTo(1L);
    assertThat(updated.getCreatedAt()).isEqualTo(created.getCreatedAt());
    assertThat(updated.getUpdatedAt()).isAfter(created.getUpdatedAt());
    Citizen read = read(KOBENHAVN, created.getCitizenId());
    assertThat(read.getVersion()).isEqualTo(1L);
    assertThat(read.getHoursCapacity().getNow()).isEqualTo(12);
    assertThat(read.getJobGoals()).extracting(g -> g.getOccupationCode()).containsExactly("9321");
    assertThat(read.getAccommodationNeeds()).extracting(AccommodationNeed::getCode).containsExactly(NeedCode.FREQUENT_BREAKS);
  }

  @Test
  void anUpdateWithoutTheConsultantClearsItAndTheCitizenIsReadWithoutTheField() {
    Citizen created = create(KOBENHAVN, aCitizen().inCaseloadOf("anna").build());

    as(consultantOf(KOBENHAVN)).put().uri("/citizens/{id}", created.getCitizenId())
        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().build())
        .exchange()
        .expectStatus().isOk();

    as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}", created.getCitizenId()).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.consultant").doesNotExist();
  }

  @Test
  void updateWithStaleETagIsRefusedWith412AndChangesNothing() {
    Citizen created = create(KOBENHAVN, aCitizen().hours(5, 10).build());
    as(consultantOf(KOBENHAVN)).put().uri("/citizens/{id}", created.getCitizenId())
        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(6, 10).build())
        .exchange()
        .expectStatus().isOk();

    as(consultantOf(KOBENHAVN)).put().uri("/citizens/{id}", created.getCitizenId())
        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(9, 10).build())
        .exchange()
        .expectStatus().isEqualTo(412)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    Citizen read = read(KOBENHAVN, created.getCitizenId());
    assertThat(read.getVersion()).isEqualTo(1L);
    assertThat(read.getHoursCapacity().getNow()).isEqualTo(6);
  }

  @Test
  void updateWithoutIfMatchIsRefusedWith428() {
    Citizen created = create(KOBENHAVN, aCitizen().hours(5, 10).build());

    as(consultantOf(KOBENHAVN)).put().uri("/citizens/{id}", created.getCitizenId())
        .contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(9, 10).build())
        .exchange()
        .expectStatus().isEqualTo(428);

    assertThat(read(KOBENHAVN, created.getCitizenId()).getHoursCapacity().getNow()).isEqualTo(5);
  }

  @Test
  void deleteErasesTheCitizenSoItIsNotFoundAndGoneFromTheList() {
    Citizen kept = create(KOBENHAVN, aCitizen().build());
    Citizen erased = create(KOBENHAVN, aCitizen().build());

    as(consultantOf(KOBENHAVN)).delete().uri("/citizens/{id}", erased.getCitizenId()).exchange()
        .expectStatus().isNoContent();

    as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}", erased.getCitizenId()).exchange()
        .expectStatus().isNotFound();
    as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}/matches", erased.getCitizenId()).exchange()
        .expectStatus().isNotFound();
    as(consultantOf(KOBENHAVN)).delete().uri("/citizens/{id}", erased.getCitizenId()).exchange()
        .expectStatus().isNotFound();
    CitizenPage page = list(KOBENHAVN, 0, 20);
    assertThat(ids(page)).containsExactly(kept.getCitizenId());
    assertThat(page.getPage().getTotalItems()).isEqualTo(1L);
    assertThat(citizenRepository.findById(erased.getCitizenId().toString()).blockOptional()).isEmpty();
  }

  @Test
  void listsOnlyTheCallersJobCentreNewestFirstInPages() {
    List<UUID> kobenhavn = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      kobenhavn.add(create(KOBENHAVN, aCitizen().build()).getCitizenId());
      create(AARHUS, aCitizen().build());
    }
    UUID aarhusExtra = create(AARHUS, aCitizen().build()).getCitizenId();

    CitizenPage first = list(KOBENHAVN, 0, 2);
    CitizenPage second = list(KOBENHAVN, 1, 2);
    CitizenPage third = list(KOBENHAVN, 2, 2);

    assertThat(ids(first)).containsExactly(kobenhavn.get(4), kobenhavn.get(3));
    assertThat(ids(second)).containsExactly(kobenhavn.get(2), kobenhavn.get(1));
    assertThat(ids(third)).containsExactly(kobenhavn.get(0));
    assertThat(first.getPage().getPage()).isZero();
    assertThat(first.getPage().getSize()).isEqualTo(2);
    assertThat(first.getPage().getTotalItems()).isEqualTo(5L);
    assertThat(first.getPage().getTotalPages()).isEqualTo(3);
    assertThat(third.getPage().getPage()).isEqualTo(2);
    assertThat(first.getItems()).allSatisfy(c -> assertThat(c.getJobCentre()).isEqualTo(KOBENHAVN));

    CitizenPage aarhus = list(AARHUS, 0, 20);
    assertThat(aarhus.getPage().getTotalItems()).isEqualTo(6L);
    assertThat(aarhus.getItems()).hasSize(6).allSatisfy(c -> assertThat(c.getJobCentre()).isEqualTo(AARHUS));
    assertThat(ids(aarhus).getFirst()).isEqualTo(aarhusExtra);
    assertThat(ids(aarhus)).doesNotContainAnyElementsOf(kobenhavn);
  }

  @Test
  void listOfAJobCentreWithoutCitizensIsEmpty() {
    create(KOBENHAVN, aCitizen().build());

    CitizenPage odense = list("461", 0, 20);

    assertThat(odense.getItems()).isEmpty();
    assertThat(odense.getPage().getTotalItems()).isZero();
    assertThat(odense.getPage().getTotalPages()).isZero();
  }

  private Citizen create(String jobCentre, CitizenInput citizen) {
    return as(consultantOf(jobCentre)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(citizen)
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Citizen.class).returnResult().getResponseBody();
  }

  private Citizen read(String jobCentre, UUID citizenId) {
    return as(consultantOf(jobCentre)).get().uri("/citizens/{id}", citizenId).exchange()
        .expectStatus().isOk()
        .expectBody(Citizen.class).returnResult().getResponseBody();
  }

  private CitizenPage list(String jobCentre, int page, int size) {
    return as(consultantOf(jobCentre)).get()
        .uri(b -> b.path("/citizens").queryParam("page", page).queryParam("size", size).build())
        .exchange()
        .expectStatus().isOk()
        .expectBody(CitizenPage.class).returnResult().getResponseBody();
  }

  private static List<UUID> ids(CitizenPage page) {
    return page.getItems().stream().map(Citizen::getCitizenId).toList();
  }

  /** Replaces the service's clock with one that steps a second every time it is read. */
  @TestConfiguration(proxyBeanMethods = false)
  static class SteppingClockConfiguration {
    @Bean
    @Primary
    Clock steppingClock() {
      return new SteppingClock(Instant.parse("2026-03-02T08:00:00Z").getEpochSecond());
    }
  }

  private static final class SteppingClock extends Clock {
    private final AtomicLong seconds;

    SteppingClock(long startEpochSecond) {
      this.seconds = new AtomicLong(startEpochSecond);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(seconds.getAndIncrement());
    }
  }
}
