package dk.jobmatch.matcher.match;

import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.CompanyEntry;
import dk.jobmatch.index.GoalGap;
import dk.jobmatch.index.MatchResult;
import dk.jobmatch.index.ScoreWeights;
import dk.jobmatch.index.TaskIndex;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The service's view of the Lucene task index: rebuilt from MongoDB at start, fed every company
 * write and every change MongoDB reports, searched for matches. Reports OUT_OF_SERVICE (and so the service is not ready)
 * until the first rebuild is done; company writes are refused until then, since the rebuild would overwrite them.
 */
@Component("index")
public class TaskSearch implements HealthIndicator, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(TaskSearch.class);

  private final TaskIndex index = TaskIndex.inTemporaryDirectory(Vocabulary.bundled());
  private final SearchSchedulers schedulers;
  private final Clock clock;
  private final AtomicBoolean ready = new AtomicBoolean();
  /** Indexed version per company id; written on the single write thread only. */
  private final Map<String, Long> versions = new ConcurrentHashMap<>();
  private volatile String changeStream = "not started";

  TaskSearch(SearchSchedulers schedulers, Clock clock) {
    this.schedulers = schedulers;
    this.clock = clock;
  }

  /** Replaces the whole index; the service is ready once this has completed. */
  public Mono<Void> rebuild(List<VersionedEntry> companies) {
    return Mono.fromRunnable(() -> {
      long started = System.nanoTime();
      versions.clear();
      companies.forEach(c -> versions.put(c.entry().companyId(), c.version()));
      index.replaceAll(companies.stream().map(VersionedEntry::entry).toList());
      ready.set(true);
      log.info("Match index built: {} companies, {} partial tasks in {} ms",
          companies.size(), index.taskCount(), (System.nanoTime() - started) / 1_000_000);
    }).subscribeOn(schedulers.write()).then();
  }

  /**
   * Indexes a company unless the index already holds a later version. The same change reaches the
   * index twice (from the write that made it and from the change stream) and in either order; the
   * version makes that harmless. The same version is indexed again: the entry may differ while the
   * version does not, when the company's placements changed ({@code CompanyIndexFeed.refresh}) or
   * when someone changed the document in MongoDB without raising its version.
   */
  public Mono<Void> put(CompanyEntry company, long version) {
    return Mono.fromRunnable(() -> {
      Long indexed = versions.get(company.companyId());
      if (indexed == null || indexed <= version) {
        index.put(company);
        versions.put(company.companyId(), version);
      }
    }).subscribeOn(schedulers.write()).then();
  }

  /** Removes a company for good: ids are never reused, so a late event for it is ignored. */
  public Mono<Void> remove(String companyId) {
    return Mono.fromRunnable(() -> {
      index.remove(companyId);
      versions.put(companyId, Long.MAX_VALUE);
    }).subscribeOn(schedulers.write()).then();
  }

  /** A company entry with the stored version it was made from. */
  public record VersionedEntry(CompanyEntry entry, long version) {}

  /** What the change stream is doing, for the health details. */
  public void changeStreamState(String state) {
    changeStream = state;
  }

  /** Fails with 503 while the index is still being built at start. */
  public void requireReady() {
    if (!ready.get()) {
      throw new ApiProblem(ProblemType.STARTING, ProblemCode.STARTING, "The service is building its match index; retry in a few seconds");
    }
  }

  /** Matches on the search scheduler; the profile is made there too, since making it may search the occupation catalogue. */
  Mono<MatchResult> match(Supplier<CitizenProfile> citizen, int limit, ScoreWeights weights) {
    LocalDate today = LocalDate.now(clock);
    return Mono.fromCallable(() -> index.match(citizen.get(), limit, weights, today)).subscribeOn(schedulers.search());
  }

  Mono<List<TaskIndex.Candidate>> candidates(String taskId, Supplier<Map<String, CitizenProfile>> citizens, int limit,
      ScoreWeights weights) {
    return Mono.fromCallable(() -> index.candidates(taskId, citizens.get(), limit, weights))
        .onErrorMap(TaskIndex.TaskNotIndexedException.class, e -> ApiProblem.notFound(ProblemCode.TASK_NOT_FOUND, "Partial task " + taskId))
        .subscribeOn(schedulers.search());
  }

  /**
   * Each citizen's {@link GoalGap} in the goal the supply gap reads ({@link CitizenGap#goalOf}), on the
   * search threads in chunks that run side by side; the profiles are made there too. Citizens
   * without a job goal are left out. In the citizens' order.
   */
  public Mono<List<CitizenGap>> goalGaps(List<Citizen> citizens, Function<Citizen, CitizenProfile> profiles, int enough) {
    LocalDate today = LocalDate.now(clock);
    List<List<Citizen>> chunks = new ArrayList<>();
    for (int from = 0; from < citizens.size(); from += GAP_CHUNK) {
      chunks.add(citizens.subList(from, Math.min(citizens.size(), from + GAP_CHUNK)));
    }
    return Flux.fromIterable(chunks)
        .flatMapSequential(chunk -> Mono.fromCallable(() -> {
          List<CitizenGap> gaps = new ArrayList<>(chunk.size());
          for (Citizen citizen : chunk) {
            CitizenProfile profile = profiles.apply(citizen);
            int goal = CitizenGap.goalOf(profile);
            if (goal >= 0) {
              gaps.add(new CitizenGap(citizen, goal, profile.hoursNow(),
                  index.goalGap(profile, profile.jobGoals().get(goal), enough, today)));
            }
          }
          return gaps;
        }).subscribeOn(schedulers.search()), SearchSchedulers.searchThreadCount())
        .concatMapIterable(gaps -> gaps)
        .collectList();
  }

  /** Citizens per unit of work for {@link #goalGaps}: small enough to spread over the threads, large enough to be worth a hop. */
  private static final int GAP_CHUNK = 50;

  /**
   * A citizen's gap in one job goal: {@code goal} is the goal's place in the citizen's job goals
   * (the stored goal and the profile's, which may have gained a code, share it).
   */
  public record CitizenGap(Citizen citizen, int goal, int hoursNow, GoalGap gap) {

    /** The goal the supply gap reads: the A goal, else the first; -1 for a citizen without goals. */
    static int goalOf(CitizenProfile profile) {
      List<CitizenProfile.JobGoal> goals = profile.jobGoals();
      for (int i = 0; i < goals.size(); i++) {
        if (goals.get(i).rank() == CitizenProfile.GoalRank.A) {
          return i;
        }
      }
      return goals.isEmpty() ? -1 : 0;
    }
  }

  @Override
  public Health health() {
    return ready.get()
        ? Health.up().withDetail("partialTasks", index.taskCount()).withDetail("segments", index.segmentCount())
            .withDetail("changeStream", changeStream).build()
        // Not yet, rather than broken: readiness answers OUT_OF_SERVICE until the first build is done.
        : Health.outOfService().withDetail("reason", "building the match index").build();
  }

  @Override
  public void destroy() {
    index.close();
  }
}
