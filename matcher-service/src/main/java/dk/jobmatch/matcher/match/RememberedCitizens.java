package dk.jobmatch.matcher.match;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The citizens asked about lately, each with the profile matching made of them, so that asking
 * again (the page after a changed weight, an excluded company, a proposed placement) neither reads
 * MongoDB nor resolves the CV's titles again.
 *
 * <p>A citizen is forgotten when this service writes it (Spring Data's events, before the write is
 * answered, so the next match sees the change) and when MongoDB reports that someone else did
 * ({@link CitizenChangeStream}). While that stream is not running nothing is remembered, since
 * others' writes would go unseen. A read that was under way when a citizen was forgotten may carry
 * the old document and is not remembered. At most {@code capacity} citizens, the least recently
 * asked about leave first. The job centre is checked on every lookup, remembered or not: a citizen
 * of another job centre is not found, as from MongoDB. Personal data (accommodation needs): kept in
 * memory only, never logged; a deleted (erased) citizen is forgotten with the delete.
 */
@Component
class RememberedCitizens extends AbstractMongoEventListener<Citizen> implements HealthIndicator {
  private final CitizenRepository citizens;
  private final CitizenProfiles profiles;
  private final Clock clock;
  /** Guarded by itself, as is {@link #forgettings}: access order changes on every read. */
  private final LinkedHashMap<String, MatchedCitizen> remembered;
  /** Counts every forgetting; a read remembers its result only if none happened while it ran. */
  private long forgettings;
  private volatile boolean following;

  RememberedCitizens(CitizenRepository citizens, CitizenProfiles profiles, Clock clock,
      @Value("${matcher.match.remembered-citizens:10000}") int capacity) {
    this.citizens = citizens;
    this.profiles = profiles;
    this.clock = clock;
    this.remembered = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, MatchedCitizen> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The citizen with this id if it belongs to the job centre, else empty; from memory when remembered. */
  Mono<MatchedCitizen> find(String id, String jobCentre) {
    long before;
    synchronized (remembered) {
      MatchedCitizen known = remembered.get(id);
      if (known != null) {
        return jobCentre.equals(known.citizen().jobCentre()) ? Mono.just(known) : Mono.empty();
      }
      before = forgettings;
    }
    // By id alone, the job centre checked here: see CitizenRepository#findByIdAndJobCentre.
    return citizens.findById(id)
        .map(MatchedCitizen::new)
        .doOnNext(found -> remember(found, before))
        .filter(found -> jobCentre.equals(found.citizen().jobCentre()));
  }

  private void remember(MatchedCitizen found, long forgettingsBefore) {
    synchronized (remembered) {
      if (following && forgettings == forgettingsBefore) {
        remembered.put(found.citizen().id(), found);
      }
    }
  }

  /**
   * For operators: whether others' writes are followed (else every match reads MongoDB) and how many
   * citizens are remembered. Always up: remembering only saves work.
   */
  @Override
  public Health health() {
    int size;
    synchronized (remembered) {
      size = remembered.size();
    }
    return Health.up().withDetail("followingChanges", following).withDetail("remembered", size).build();
  }

  /** From now on others' writes are reported: citizens may be remembered. */
  void following() {
    following = true;
  }

  /** Others' writes are no longer reported: forget everything and remember nothing more. */
  void notFollowing() {
    following = false;
    forgetAll();
  }

  void forget(String id) {
    synchronized (remembered) {
      forgettings++;
      remembered.remove(id);
    }
  }

  void forgetAll() {
    synchronized (remembered) {
      forgettings++;
      remembered.clear();
    }
  }

  @Override
  public void onAfterSave(AfterSaveEvent<Citizen> event) {
    forget(event.getSource().id());
  }

  @Override
  public void onAfterDelete(AfterDeleteEvent<Citizen> event) {
    // The delete's query: by id for one citizen, anything else (deleteAll, by job centre) forgets all.
    Document query = event.getSource();
    if (query.get("_id") instanceof String id) {
      forget(id);
    } else {
      forgetAll();
    }
  }

  /**
   * A citizen and the profile matching made of them, made on first use (off the event loop: it may
   * search the occupation catalogue) and again in a new year, since the CV's years ago count.
   */
  final class MatchedCitizen {
    private final Citizen citizen;
    private volatile Made made;

    private record Made(Year year, CitizenProfile profile) {}

    private MatchedCitizen(Citizen citizen) {
      this.citizen = citizen;
    }

    Citizen citizen() {
      return citizen;
    }

    CitizenProfile profile() {
      Year now = Year.now(clock);
      Made last = made;
      if (last == null || !last.year().equals(now)) {
        last = new Made(now, profiles.of(citizen));
        made = last;
      }
      return last.profile();
    }
  }
}
