package dk.jobmatch.matcher.demo;

import dk.jobmatch.matcher.StartupWork;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.contact.ContactImport;
import dk.jobmatch.matcher.placement.HoursEntry;
import dk.jobmatch.matcher.placement.HoursLedgers;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementRepository;
import dk.jobmatch.matcher.synthetic.PlacementHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads {@link DemoData} on the embedded default when the database holds no company yet, before the
 * match index is built (which then counts the history's seats and paid-hours records). Never runs
 * against a configured MongoDB. Until it is done the service is not ready ({@link StartupWork}): a
 * consultant who trusts readiness never meets an empty citizen list.
 *
 * <p>The companies are written last: they say the demo is in. A first load cut short (the process
 * killed midway) has written some of the rest; the next start removes that by the demo's own ids and
 * loads again.
 */
@Component
@Order(10)
@Conditional(DemoDataOn.class)
class DemoDataLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final CompanyRepository companies;
  private final CitizenRepository citizens;
  private final PlacementRepository placements;
  private final HoursLedgers ledgers;
  private final ContactImport contacts;
  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final StartupWork.Piece loading;

  DemoDataLoader(CompanyRepository companies, CitizenRepository citizens, PlacementRepository placements,
      HoursLedgers ledgers, ContactImport contacts, ReactiveMongoTemplate mongo, Clock clock, StartupWork startup) {
    this.companies = companies;
    this.citizens = citizens;
    this.placements = placements;
    this.ledgers = ledgers;
    this.contacts = contacts;
    this.mongo = mongo;
    this.clock = clock;
    // Registered now, while the context is made, so readiness waits for it before the web server starts.
    this.loading = startup.expect("demo data");
  }

  @Override
  public void run(ApplicationArguments args) {
    Long existing = companies.count().block();
    if (existing != null && existing > 0) {
      loading.done();
      return;
    }
    long started = System.nanoTime();
    DemoData.DataSet demo = DemoData.dataSet(clock.instant(), LocalDate.now(clock), clock.getZone());
    long made = System.nanoTime();
    List<Placement> history = demo.placements().stream().map(PlacementHistory.Placed::placement).toList();
    Map<String, List<HoursEntry>> recorded = new HashMap<>();
    demo.placements().forEach(p -> recorded.put(p.placement().id(), p.recorded()));
    Boolean cutShort = citizens.existsById(DemoData.TOUR_CITIZEN_ID).block();
    (Boolean.TRUE.equals(cutShort) ? removeEarlierLoad(demo) : Mono.<Void>empty())
        .then(citizens.insert(demo.citizens()).then())
        .then(placements.insert(history).then())
        .then(ledgers.appendToNew(history, recorded))
        .then(contacts.write(demo.contacts()))
        .then(companies.insert(demo.companies()).then())
        .block();
    long entries = recorded.values().stream().mapToLong(List::size).sum();
    log.info("Loaded DEMO data: {} companies, {} citizens (names start with {}), a year of history: {} placements, "
            + "{} hours entries, {} contacts; made in {} ms, written in {} ms",
        demo.companies().size(), demo.citizens().size(), DemoData.LABEL.strip(), history.size(), entries,
        demo.contacts().size(), (made - started) / 1_000_000, (System.nanoTime() - made) / 1_000_000);
    loading.done();
  }

  /**
   * What a load cut short wrote before its companies: the demo citizens (by their ids, the same on
   * every day), their placements with their ledgers, and the demo consultants' contacts (nobody can
   * have recorded others yet: a contact, like a placement, needs a company, and there is none).
   */
  private Mono<Void> removeEarlierLoad(DemoData.DataSet demo) {
    log.info("Removing a DEMO data load that was cut short, to load it again");
    List<String> citizenIds = demo.citizens().stream().map(Citizen::id).toList();
    return Flux.fromIterable(citizenIds).buffer(100)
        .concatMap(ids -> mongo.find(Query.query(Criteria.where("citizenId").in(ids)), Placement.class))
        .concatMap(p -> ledgers.erase(p).then(placements.deleteById(p.id())))
        .thenMany(Flux.fromIterable(citizenIds).buffer(100)
            .concatMap(ids -> mongo.remove(Query.query(Criteria.where("_id").in(ids)), "citizens")))
        .then(mongo.remove(Query.query(Criteria.where("recordedBy").in(DemoData.consultants())), "contacts"))
        .then();
  }
}
