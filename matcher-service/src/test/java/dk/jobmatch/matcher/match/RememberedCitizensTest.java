package dk.jobmatch.matcher.match;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.WishSuggestions;
import dk.jobmatch.index.occupation.OccupationCatalog;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.match.RememberedCitizens.MatchedCitizen;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * When a citizen is read from MongoDB and when from memory: the repository here counts its reads
 * and can hold one back, to show a read that a write overtakes.
 */
class RememberedCitizensTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneOffset.UTC);
  private static final CitizenProfiles PROFILES = new CitizenProfiles(OccupationCatalog.bundled(),
      new WishSuggestions(Vocabulary.bundled()), CLOCK);

  private final Map<String, Citizen> stored = new HashMap<>();
  private final Map<String, Integer> reads = new HashMap<>();
  private Sinks.One<Citizen> heldBack;
  private final RememberedCitizens remembered = new RememberedCitizens(repository(), PROFILES, CLOCK, 2);

  @Test
  void aCitizenAskedForAgainIsNotReadAgain() {
    store("a", "101");
    remembered.following();

    MatchedCitizen first = remembered.find("a", "101").block();
    MatchedCitizen again = remembered.find("a", "101").block();

    assertThat(again).isSameAs(first);
    assertThat(reads.get("a")).isEqualTo(1);
    assertThat(again.profile()).isSameAs(first.profile());
  }

  @Test
  void aRememberedCitizenIsNotFoundForAnotherJobCentre() {
    store("a", "101");
    remembered.following();
    remembered.find("a", "101").block();

    assertThat(remembered.find("a", "751").blockOptional()).isEmpty();
    assertThat(remembered.find("a", "101").blockOptional()).isPresent();
    assertThat(reads.get("a")).isEqualTo(1);
  }

  @Test
  void aCitizenOfAnotherJobCentreIsNotFoundWhenReadEither() {
    store("a", "101");
    remembered.following();

    assertThat(remembered.find("a", "751").blockOptional()).isEmpty();
    assertThat(remembered.find("a", "101").blockOptional()).isPresent();
  }

  @Test
  void aSavedCitizenIsReadAgain() {
    store("a", "101");
    remembered.following();
    remembered.find("a", "101").block();

    Citizen changed = store("a", "101");
    remembered.onAfterSave(new AfterSaveEvent<>(changed, new Document("_id", "a"), "citizens"));

    assertThat(remembered.find("a", "101").block().citizen()).isSameAs(changed);
    assertThat(reads.get("a")).isEqualTo(2);
  }

  @Test
  void aDeletedCitizenIsReadAgainAndADeleteOfManyForgetsAll() {
    store("a", "101");
    store("b", "101");
    remembered.following();
    remembered.find("a", "101").block();
    remembered.find("b", "101").block();

    remembered.onAfterDelete(new AfterDeleteEvent<>(new Document("_id", "a").append("version", 0L), Citizen.class, "citizens"));
    remembered.find("a", "101").block();
    remembered.find("b", "101").block();
    assertThat(reads).containsEntry("a", 2).containsEntry("b", 1);

    remembered.onAfterDelete(new AfterDeleteEvent<>(new Document(), Citizen.class, "citizens"));
    remembered.find("a", "101").block();
    remembered.find("b", "101").block();
    assertThat(reads).containsEntry("a", 3).containsEntry("b", 2);
  }

  @Test
  void aReadOvertakenByAWriteIsNotRemembered() {
    store("a", "101");
    remembered.following();
    heldBack = Sinks.one();
    Mono<MatchedCitizen> underWay = remembered.find("a", "101").cache();
    underWay.subscribe();

    // The write lands while the read is under way; the read then returns what it had read before.
    Citizen before = stored.get("a");
    store("a", "101");
    remembered.forget("a");
    heldBack.tryEmitValue(before);
    assertThat(underWay.block().citizen()).isSameAs(before);

    heldBack = null;
    assertThat(remembered.find("a", "101").block().citizen()).isSameAs(stored.get("a"));
    assertThat(reads.get("a")).isEqualTo(2);
  }

  @Test
  void nothingIsRememberedWhileOthersWritesAreNotFollowed() {
    store("a", "101");

    remembered.find("a", "101").block();
    remembered.find("a", "101").block();
    assertThat(reads.get("a")).isEqualTo(2);

    remembered.following();
    remembered.find("a", "101").block();
    remembered.notFollowing();
    remembered.find("a", "101").block();
    assertThat(reads.get("a")).isEqualTo(4);
  }

  @Test
  void theLeastRecentlyAskedForLeavesFirst() {
    store("a", "101");
    store("b", "101");
    store("c", "101");
    remembered.following();
    remembered.find("a", "101").block();
    remembered.find("b", "101").block();
    remembered.find("a", "101").block();

    remembered.find("c", "101").block();
    remembered.find("a", "101").block();
    remembered.find("b", "101").block();

    assertThat(reads).containsEntry("a", 1).containsEntry("b", 2).containsEntry("c", 1);
  }

  private Citizen store(String id, String jobCentre) {
    Citizen citizen = new Citizen(id, 0L, jobCentre,
        new Citizen.Cv(List.of(), List.of(), List.of(), true), List.of(), List.of(), new Citizen.HoursCapacity(10, 20),
        List.of(), new Citizen.Home(55.68, 12.57, 10), List.of(), CLOCK.instant(), CLOCK.instant());
    stored.put(id, citizen);
    return citizen;
  }

  /** Only findById is used; it counts, and waits for {@link #heldBack} when a test sets it. */
  private CitizenRepository repository() {
    return (CitizenRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CitizenRepository.class},
        (proxy, method, args) -> {
          if (!method.getName().equals("findById") || !(args[0] instanceof String id)) {
            throw new UnsupportedOperationException(method.getName());
          }
          reads.merge(id, 1, Integer::sum);
          return heldBack != null ? heldBack.asMono() : Mono.justOrEmpty(stored.get(id));
        });
  }
}
