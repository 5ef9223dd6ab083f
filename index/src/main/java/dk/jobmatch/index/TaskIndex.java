package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The searchable index of partial tasks. Thread-safe: writes go through one {@link IndexWriter},
 * searches through a {@link SearcherManager} that is refreshed after every write, so a company
 * written through {@link #put} is visible to the next {@link #match}.
 *
 * <p>All methods block (I/O and CPU); callers on an event loop must move them to a worker pool.
 *
 * <pre>{@code
 * try (TaskIndex index = TaskIndex.inMemory(Vocabulary.bundled())) {
 *   index.put(company);
 *   MatchResult result = index.match(citizen, 10, LocalDate.now());
 * }
 * }</pre>
 */
public final class TaskIndex implements Closeable {
  /** Tasks shown per company: the consultant calls a company, not a task. */
  static final int TASKS_PER_COMPANY = 3;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Vocabulary vocabulary;
  private final MatchExplainer explainer;
  /** The directory to delete on close, when the index made it. */
  private Path temporary;

  private TaskIndex(Directory directory, Vocabulary vocabulary) throws IOException {
    this.directory = directory;
    this.vocabulary = vocabulary;
    this.explainer = new MatchExplainer(vocabulary);
    IndexWriterConfig config = new IndexWriterConfig(DanishText.ANALYZER)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(128)
        .setCodec(new TaskCodec());
    this.writer = new IndexWriter(directory, config);
    QueryCachingPolicy caching = new SharedFilterCaching();
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCachingPolicy(caching);
        return searcher;
      }
    });
  }

  /** An index held on the heap; it is rebuilt from the system of record at every start. */
  public static TaskIndex inMemory(Vocabulary vocabulary) {
    return open(new ByteBuffersDirectory(), vocabulary);
  }

  /**
   * An index in a new temporary directory, memory-mapped, deleted again on {@link #close}: what the
   * service uses. Memory-mapped reads are markedly faster than the heap directory's buffers, and
   * the index lives in the page cache instead of the Java heap.
   */
  public static TaskIndex inTemporaryDirectory(Vocabulary vocabulary) {
    try {
      Path path = Files.createTempDirectory("task-index");
      TaskIndex index = open(FSDirectory.open(path), vocabulary);
      index.temporary = path;
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An index in a directory on disk (memory-mapped); any earlier content there is discarded. */
  public static TaskIndex onDisk(Path path, Vocabulary vocabulary) {
    try {
      return open(FSDirectory.open(path), vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TaskIndex open(Directory directory, Vocabulary vocabulary) {
    try {
      return new TaskIndex(directory, vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds or replaces all tasks of a company atomically, then makes them searchable. */
  public void put(CompanyEntry company) {
    try {
      Term companyId = new Term(TaskDocuments.COMPANY_ID, company.companyId());
      List<Document> tasks = TaskDocuments.of(company);
      if (tasks.isEmpty()) {
        // updateDocuments with no documents mis-accounts RAM in Lucene 10.6 (about 32 KB of phantom
        // buffer per call, never released; an assertion at close): a company without tasks is a delete.
        writer.deleteDocuments(companyId);
      } else {
        writer.updateDocuments(companyId, tasks);
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes all tasks of a company, then makes the removal visible. */
  public void remove(String companyId) {
    try {
      writer.deleteDocuments(new Term(TaskDocuments.COMPANY_ID, companyId));
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces the whole index with {@code companies}, refreshing once at the end: the bulk path
   * used at start-up, far cheaper than a refresh per company. Companies are added in geographic
   * order (a Z-order curve over ~5 km cells), so the tasks a commute radius selects sit close
   * together in the index: measured, that roughly halves median match latency. The index is then
   * merged to one segment, since every extra segment costs each query its own pass.
   */
  public void replaceAll(Iterable<CompanyEntry> companies) {
    List<CompanyEntry> ordered = new ArrayList<>();
    companies.forEach(ordered::add);
    ordered.sort(Comparator.comparingLong((CompanyEntry c) -> GeoOrder.zOrder(c.location())).thenComparing(CompanyEntry::companyId));
    try {
      writer.deleteAll();
      for (CompanyEntry company : ordered) {
        if (!company.tasks().isEmpty()) {
          writer.addDocuments(TaskDocuments.of(company));
        }
      }
      writer.forceMerge(1);
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A snapshot of the text statistics the index ranks with, for scoring outside Lucene. */
  public TextStatistics textStatistics() {
    return withSearcher(searcher -> new TextStatistics(searcher.getIndexReader()));
  }

  /** Number of segments searched; one after a bulk build, more as companies change. */
  public int segmentCount() {
    return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
  }

  /** Bytes the index takes in its directory. */
  public long sizeInBytes() {
    try {
      long total = 0;
      for (String file : directory.listAll()) {
        total += directory.fileLength(file);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why the citizen has fewer than {@code enough} acceptable companies in {@code goal}'s occupation
   * (a company with a task in it that passes every hard rule), and what keeps out the companies in
   * reach that have it ({@link GoalGap}); only the count when there are enough.
   */
  public GoalGap goalGap(CitizenProfile citizen, CitizenProfile.JobGoal goal, int enough, LocalDate today) {
    return withSearcher(searcher -> new GoalGapSearch(searcher, vocabulary).find(citizen, goal, enough, today));
  }

  /** Number of searchable partial tasks. */
  public int taskCount() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return f.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** The best {@code limit} companies for the citizen under the default weights. */
  public MatchResult match(CitizenProfile citizen, int limit, LocalDate today) {
    return match(citizen, limit, ScoreWeights.DEFAULTS, today);
  }

  /**
   * The best {@code limit} companies for the citizen, each with up to three fitting tasks, ranked by
   * their best task's score (then nearer first, then a stable company order), with a combination of
   * tasks where no single one holds the citizen's hours, and how many companies availability held back.
   */
  public MatchResult match(CitizenProfile citizen, int limit, ScoreWeights weights, LocalDate today) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        HardRule.Context context = new HardRule.Context(citizen, vocabulary, today);
        Ranking ranking = ranking(searcher, citizen, weights);
        Query base = new PreparedQuery(searcher, MatchQuery.baseFilters(context));
        Query filters = new PreparedQuery(searcher, MatchQuery.filters(base, context));
        TopCompanies top = topCompanies(searcher, ranking, filters, citizen, limit, weights);
        List<TopCompanies.Best> ranked = top.ranked();
        List<CompanyMatch> companies = details(searcher, ranking, filters, citizen, ranked);
        MatchResult.HeldBack heldBack = HeldBackCount.count(searcher, MatchQuery.heldBack(base, context), context);
        return new MatchResult(companies, weights, heldBack, nearMisses(searcher, ranking, context, ranked));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * First pass, exact but cheap where it can be. Most tasks in a commute radius have nothing of the
   * citizen's own (no goal occupation, experience, goal word, skill or development goal), and such
   * a task can score at most the parts that need none. So: score the tasks with a strong signal
   * first; if the weakest company kept beats the most any other task could score, no task left out
   * can enter the list. Otherwise widen to any signal, and only then, rarely, score every task that
   * passes the filters (few signals nearby, or a request that weighs goals down).
   */
  private Ranking ranking(IndexSearcher searcher, CitizenProfile citizen, ScoreWeights weights) throws IOException {
    return new Ranking(searcher, citizen, weights, MatchQuery.preferNeeds(citizen, vocabulary),
        MatchQuery.wishes(citizen, vocabulary));
  }

  /** Near misses shown with a match list: at most this many companies. */
  static final int NEAR_MISSES_SHOWN = 5;

  /**
   * The companies kept out by exactly one relaxable rule ({@link NearMisses}), not on the list, with
   * their best task explained like a row, and what each relaxation would open.
   */
  private MatchResult.NearMisses nearMisses(IndexSearcher searcher, Ranking ranking, HardRule.Context context,
      List<TopCompanies.Best> listed) throws IOException {
    Query candidates = MatchQuery.nearMissCandidates(context);
    if (candidates == null) {
      return MatchResult.NearMisses.NONE;
    }
    Set<Long> listedKeys = new HashSet<>();
    listed.forEach(b -> listedKeys.add(b.key()));
    NearMisses collector = new NearMisses(ranking, context, listedKeys, NEAR_MISSES_SHOWN);
    searcher.search(candidates, collector);
    List<NearMisses.Candidate> best = collector.best();
    List<Integer> docs = best.stream().map(NearMisses.Candidate::doc).toList();
    Map<Integer, StoredTask> stored = StoredTask.read(searcher, docs, context.citizen(), vocabulary);
    Map<Integer, TaskText> texts = TaskText.of(searcher, docs, TaskText.citizenTerms(context.citizen()));
    List<MatchResult.NearMiss> misses = new ArrayList<>();
    MatchExplainer.ForCitizen reasons = explainer.forCitizen(context.citizen());
    for (NearMisses.Candidate c : best) {
      StoredTask task = stored.get(c.doc());
      double km = round(c.facts().distanceKm());
      TaskMatch row = new TaskMatch(task.taskId(), task.title(), task.occupationCode(), task.hoursMin(), task.hoursMax(),
          task.schedule(), c.score(), ScoreBreakdown.of(c.values(), ranking.weights()),
          reasons.explain(task, km, texts.get(c.doc())));
      misses.add(new MatchResult.NearMiss(task.companyId(), task.companyName(), task.municipalityCode(), km, row,
          NearMisses.keptOutBy(c, context)));
    }
    return new MatchResult.NearMisses(List.copyOf(misses), collector.openings());
  }

  private TopCompanies topCompanies(IndexSearcher searcher, Ranking ranking, Query filters,
      CitizenProfile citizen, int limit, ScoreWeights weights) throws IOException {
    Query strong = MatchQuery.strongSignals(citizen);
    Query weak = MatchQuery.weakSignals(citizen);
    // Each wider pass scores a superset of the tasks of the one before, so the weakest company that
    // pass kept is a floor for the final list: tasks below it are pruned from the first document on.
    double floor = Double.NEGATIVE_INFINITY;
    if (strong != null) {
      TopCompanies top = search(searcher, ranking, filters, strong, limit, floor);
      if (top.beats(weak == null ? ranking.maxWithoutTextSignal() : ranking.maxWithoutStrongSignal())) {
        return top;
      }
      floor = top.floor();
    }
    if (weak != null) {
      Query any = strong == null ? weak
          : new BooleanQuery.Builder().add(strong, Occur.SHOULD).add(weak, Occur.SHOULD).build();
      TopCompanies top = search(searcher, ranking, filters, any, limit, floor);
      if (top.beats(ranking.maxWithoutTextSignal())) {
        return top;
      }
      floor = Math.max(floor, top.floor());
    }
    return search(searcher, ranking, filters, null, limit, floor);
  }

  private static TopCompanies search(IndexSearcher searcher, Ranking ranking, Query filters, Query restriction, int limit,
      double floor) throws IOException {
    TopCompanies top = new TopCompanies(ranking, limit, floor);
    Query query = restriction == null ? filters
        : new BooleanQuery.Builder().add(filters, Occur.FILTER).add(restriction, Occur.FILTER).build();
    searcher.search(query, top);
    return top;
  }

  /**
   * Reverse search: how well one partial task fits each of the given citizens, best first, with the
   * same filters (except the company's availability, which is the company's business, not the
   * citizen's) and the same scores as {@link #match}.
   */
  public List<Candidate> candidates(String taskId, Map<String, CitizenProfile> citizens, int limit, ScoreWeights weights)
      throws TaskNotIndexedException {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query task = new TermQuery(new Term(TaskDocuments.TASK_KEY, TaskDocuments.taskKey(taskId)));
        if (searcher.count(task) == 0) {
          throw new TaskNotIndexedException(taskId);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, CitizenProfile> e : citizens.entrySet()) {
          CitizenProfile citizen = e.getValue();
          Ranking ranking = ranking(searcher, citizen, weights);
          Query fits = new BooleanQuery.Builder()
              // The company's availability is the company's business: only the rules about the citizen,
              // which read no date.
              .add(MatchQuery.baseFilters(new HardRule.Context(citizen, vocabulary, null)), Occur.FILTER)
              .add(task, Occur.FILTER)
              .build();
          TaskRows rows = new TaskRows(ranking);
          searcher.search(fits, rows);
          Map<Integer, TaskText> texts = TaskText.of(searcher, rows.rows().stream().map(TaskRows.Row::doc).toList(),
              TaskText.citizenTerms(citizen));
          Map<Integer, StoredTask> tasks = StoredTask.read(searcher, rows.rows().stream().map(TaskRows.Row::doc).toList(),
              citizen, vocabulary);
          MatchExplainer.ForCitizen reasons = explainer.forCitizen(citizen);
          for (TaskRows.Row row : rows.rows()) {
            StoredTask stored = tasks.get(row.doc());
            if (!stored.taskId().equals(taskId)) {
              continue; // another task whose key hashes the same
            }
            candidates.add(new Candidate(e.getKey(), row.score(), ScoreBreakdown.of(row.values(), ranking.weights()),
                reasons.explain(stored, round(row.distanceKm()), texts.get(row.doc()))));
          }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingDouble(c -> c.reasons().distanceKm()).thenComparing(Candidate::citizenId));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : List.copyOf(candidates);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A citizen who fits a partial task, for the reverse search. */
  public record Candidate(String citizenId, double score, ScoreBreakdown breakdown, MatchResult.Reasons reasons) {}

  /** The task asked for in a reverse search is not in the index. */
  public static final class TaskNotIndexedException extends Exception {
    TaskNotIndexedException(String taskId) {
      super("partial task " + taskId + " is not in the index");
    }
  }

  /**
   * Second pass over only the chosen companies: every task of theirs that passes the filters, so
   * the three best per company and any combination are exact, not limited to a first-pass window.
   */
  private List<CompanyMatch> details(IndexSearcher searcher, Ranking ranking, Query filters, CitizenProfile citizen,
      List<TopCompanies.Best> ranked) throws IOException {
    if (ranked.isEmpty()) {
      return List.of();
    }
    CompanyBlocks blocks = CompanyBlocks.of(searcher, ranked.stream().map(TopCompanies.Best::doc).toList());
    Query chosen = new BooleanQuery.Builder()
        .add(filters, Occur.FILTER)
        .add(blocks, Occur.FILTER)
        .build();
    TaskRows rows = new TaskRows(ranking);
    searcher.search(chosen, rows);
    Map<Integer, StoredTask> stored = StoredTask.readWithoutNeeds(searcher,
        rows.rows().stream().map(TaskRows.Row::doc).toList());
    List<List<ScoredTask>> byCompany = new ArrayList<>(ranked.size());
    ranked.forEach(b -> byCompany.add(new ArrayList<>()));
    for (TaskRows.Row row : rows.rows()) {
      byCompany.get(blocks.companyOf(row.doc())).add(new ScoredTask(stored.get(row.doc()), row.doc(), row.score(),
          ScoreBreakdown.of(row.values(), ranking.weights()), round(row.distanceKm())));
    }
    List<Integer> shownDocs = new ArrayList<>();
    for (List<ScoredTask> tasks : byCompany) {
      tasks.sort(ScoredTask.BEST_FIRST);
      tasks.subList(0, Math.min(TASKS_PER_COMPANY, tasks.size())).forEach(t -> shownDocs.add(t.doc()));
    }
    Map<Integer, TaskText> texts = TaskText.of(searcher, shownDocs, TaskText.citizenTerms(citizen));
    Map<Integer, StoredTask> shownWithNeeds = StoredTask.withNeeds(searcher, shownOnly(stored, shownDocs), citizen,
        vocabulary);
    List<CompanyMatch> companies = new ArrayList<>(ranked.size());
    MatchExplainer.ForCitizen reasons = explainer.forCitizen(citizen);
    for (List<ScoredTask> tasks : byCompany) {
      // The best task was collected under the same filters, so every chosen company has at least that one.
      List<TaskMatch> shown = new ArrayList<>(TASKS_PER_COMPANY);
      for (ScoredTask t : tasks.subList(0, Math.min(TASKS_PER_COMPANY, tasks.size()))) {
        shown.add(new TaskMatch(t.task().taskId(), t.task().title(), t.task().occupationCode(), t.task().hoursMin(),
            t.task().hoursMax(), t.task().schedule(), t.score(), t.breakdown(),
            reasons.explain(shownWithNeeds.get(t.doc()), t.distanceKm(), texts.get(t.doc()))));
      }
      ScoredTask best = tasks.getFirst();
      companies.add(new CompanyMatch(best.task().companyId(), best.task().companyName(), best.task().municipalityCode(),
          best.task().openToOrdinaryHours(), best.distanceKm(), best.score(), best.task().paidHoursRecord(),
          List.copyOf(shown), TaskCombinations.best(tasks, citizen.hoursNow())));
    }
    return companies;
  }

  private static Map<Integer, StoredTask> shownOnly(Map<Integer, StoredTask> stored, List<Integer> shownDocs) {
    Map<Integer, StoredTask> shown = HashMap.newHashMap(shownDocs.size());
    shownDocs.forEach(doc -> shown.put(doc, stored.get(doc)));
    return shown;
  }

  /** A task of a chosen company with its score, for grouping and combinations. */
  record ScoredTask(StoredTask task, int doc, double score, ScoreBreakdown breakdown, double distanceKm) {
    static final Comparator<ScoredTask> BEST_FIRST = Comparator.comparingDouble(ScoredTask::score).reversed()
        .thenComparingDouble(ScoredTask::distanceKm).thenComparing(t -> t.task().taskId());
  }

  private static double round(double km) {
    return Math.round(km * 10) / 10.0;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
      if (temporary != null) {
        try (var files = Files.list(temporary)) {
          for (Path file : files.toList()) {
            Files.deleteIfExists(file);
          }
        }
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
