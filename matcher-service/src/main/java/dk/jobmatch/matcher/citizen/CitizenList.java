package dk.jobmatch.matcher.citizen;

import dk.jobmatch.matcher.web.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A page of a job centre's citizens: all of them or one consultant's caseload, searched by label and
 * job goals, newest or most recently active first.
 *
 * <p>Searched and sorted here, not in MongoDB: the embedded server scans the collection for any query
 * but one by {@code _id} (see {@link CitizenRepository}), so a query on label and goals would cost the
 * same scan, and its case-insensitive regex folds ASCII only ("ØSTER" would miss "øster"). What is read
 * is the five fields the search and the order need; only the page's citizens are then read whole, by id.
 * The last activity needs every placement's change too ({@link CitizenActivity}), which no single
 * query could sort by.
 */
@Component
class CitizenList {
  /** How many of a page's citizens are read by id at once. */
  private static final int READS_AT_ONCE = 8;

  private final ReactiveMongoTemplate mongo;
  private final CitizenRepository citizens;
  private final List<CitizenActivity> activities;

  CitizenList(ReactiveMongoTemplate mongo, CitizenRepository citizens, List<CitizenActivity> activities) {
    this.mongo = mongo;
    this.citizens = citizens;
    this.activities = activities;
  }

  /** Which citizens, in which order: {@code consultant} null for the whole job centre, {@code text} null for no search. */
  record Request(String jobCentre, String consultant, String text, Order order, PageRequest page) {}

  enum Order { NEWEST, LAST_ACTIVITY }

  /** A citizen as listed, with the moment of its last activity. */
  record Listed(Citizen citizen, Instant lastActivity) {}

  record Page(List<Listed> items, long totalItems) {}

  Mono<Page> page(Request request) {
    return latestActivity(request.jobCentre()).zipWith(summaries(request).collectList()).flatMap(t -> {
      Map<String, Instant> activity = t.getT1();
      String text = request.text() == null ? null : request.text().strip().toLowerCase(Locale.ROOT);
      List<Summary> found = t.getT2().stream()
          .filter(s -> text == null || s.matches(text))
          .map(s -> s.withLastActivity(activity.get(s.id())))
          .sorted(order(request.order()))
          .toList();
      List<Summary> onPage = found.stream().skip(request.page().offset()).limit(request.page().size()).toList();
      return Flux.fromIterable(onPage)
          .flatMapSequential(s -> citizens.findById(s.id()).map(c -> new Listed(c, s.lastActivity())), READS_AT_ONCE)
          .collectList()
          .map(items -> new Page(items, found.size()));
    });
  }

  private Flux<Summary> summaries(Request request) {
    Criteria criteria = Criteria.where("jobCentre").is(request.jobCentre());
    if (request.consultant() != null) {
      criteria = criteria.and("consultant").is(request.consultant());
    }
    Query query = Query.query(criteria);
    query.fields().include("createdAt").include("updatedAt").include("label").include("jobGoals");
    return mongo.find(query, Document.class, "citizens").map(Summary::of);
  }

  private Mono<Map<String, Instant>> latestActivity(String jobCentre) {
    return Flux.fromIterable(activities)
        .concatMap(activity -> activity.latestByCitizen(jobCentre))
        .reduceWith(HashMap<String, Instant>::new, (all, one) -> {
          one.forEach((id, at) -> all.merge(id, at, Summary::later));
          return all;
        })
        .<Map<String, Instant>>map(all -> all)
        .defaultIfEmpty(Map.of());
  }

  private static Comparator<Summary> order(Order order) {
    Comparator<Summary> newest = Comparator.comparing(Summary::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Summary::id).reversed();
    if (order == Order.NEWEST) {
      return newest;
    }
    return Comparator.comparing(Summary::lastActivity, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
        .thenComparing(newest);
  }

  /** What the search and the order read of a citizen. */
  private record Summary(String id, Instant createdAt, Instant updatedAt, String label, List<Goal> goals,
      Instant lastActivity) {

    record Goal(String title, String occupationCode) {}

    static Summary of(Document d) {
      List<Goal> goals = d.getList("jobGoals", Document.class, List.of()).stream()
          .map(g -> new Goal(g.getString("title"), g.getString("occupationCode"))).toList();
      return new Summary(d.get("_id").toString(), instant(d, "createdAt"), instant(d, "updatedAt"), d.getString("label"),
          goals, null);
    }

    /** A part of the label or of a goal's title, or the start of a goal's occupation code; {@code text} in lower case. */
    boolean matches(String text) {
      if (label != null && label.toLowerCase(Locale.ROOT).contains(text)) {
        return true;
      }
      return goals.stream().anyMatch(g -> (g.title() != null && g.title().toLowerCase(Locale.ROOT).contains(text))
          || (g.occupationCode() != null && g.occupationCode().startsWith(text)));
    }

    /** The later of the profile's last change and the last activity elsewhere. */
    Summary withLastActivity(Instant elsewhere) {
      return new Summary(id, createdAt, updatedAt, label, goals, later(updatedAt, elsewhere));
    }

    static Instant later(Instant a, Instant b) {
      if (a == null) {
        return b;
      }
      return b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(Document d, String field) {
      Date date = d.getDate(field);
      return date == null ? null : date.toInstant();
    }
  }
}
