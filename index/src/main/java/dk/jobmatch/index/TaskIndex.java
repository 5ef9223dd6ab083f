package dk.jobmatch.index;

import dk.jobmatch.index.MatchResult.CompanyMatch;
import dk.jobmatch.index.MatchResult.TaskMatch;
import dk.jobmatch.index.TaskDocuments.StoredTask;
import dk.jobmatch.index.vocabulary.Vocabulary;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
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

  private TaskIndex(Directory directory, Vocabulary vocabulary) throws IOException {
    this.directory = directory;
    this.vocabulary = vocabulary;
    this.explainer = new MatchExplainer(vocabulary);
    IndexWriterConfig config = new IndexWriterConfig(DanishText.ANALYZER)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** An index held on the heap; it is rebuilt from the system of record at every start. */
  public static TaskIndex inMemory(Vocabulary vocabulary) {
    return open(new ByteBuffersDirectory(), vocabulary);
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
   * used at start-up, far cheaper than a refresh per company.
   */
  public void replaceAll(Iterable<CompanyEntry> companies) {
    try {
      writer.deleteAll();
      for (CompanyEntry company : companies) {
        writer.addDocuments(TaskDocuments.of(company));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of searchable partial tasks. */
  public int taskCount() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The best {@code limit} companies for the citizen, each with up to three fitting tasks. Tasks are
   * ranked by score, then by distance; companies take the rank of their best task.
   */
  public MatchResult match(CitizenProfile citizen, int limit, LocalDate today) {
    Query query = MatchQuery.build(citizen, vocabulary, today);
    Sort sort = new Sort(SortField.FIELD_SCORE,
        LatLonDocValuesField.newDistanceSort(TaskDocuments.LOCATION, citizen.home().lat(), citizen.home().lon()));
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return new MatchResult(topCompanies(searcher, query, sort, citizen, limit));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Grouping by company over a growing window of top tasks: one company can own many of the best
   * tasks, so the window widens until it holds {@code limit} companies or every hit. A join or
   * Lucene's two-pass grouping would cost more for the small limits consultants ask for.
   */
  private List<CompanyMatch> topCompanies(IndexSearcher searcher, Query query, Sort sort, CitizenProfile citizen, int limit)
      throws IOException {
    int window = Math.max(50, limit * 10);
    while (true) {
      TopFieldDocs top = searcher.search(query, window, sort, true);
      Map<String, List<TaskMatch>> byCompany = new LinkedHashMap<>();
      Map<String, StoredTask> firstTask = new LinkedHashMap<>();
      Map<String, Double> distance = new LinkedHashMap<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        StoredTask task = StoredTask.from(stored.document(hit.doc));
        List<TaskMatch> tasks = byCompany.get(task.companyId());
        if (tasks == null) {
          if (byCompany.size() == limit) {
            continue;
          }
          tasks = new ArrayList<>();
          byCompany.put(task.companyId(), tasks);
          firstTask.put(task.companyId(), task);
          distance.put(task.companyId(), distanceKm(hit));
        }
        if (tasks.size() < TASKS_PER_COMPANY) {
          double km = distanceKm(hit);
          tasks.add(new TaskMatch(task.taskId(), task.title(), task.occupationCode(), task.hoursMin(), task.hoursMax(),
              hit.score, explainer.explain(citizen, task, km)));
        }
      }
      boolean exhausted = top.scoreDocs.length < window;
      if (byCompany.size() >= limit || exhausted) {
        List<CompanyMatch> companies = new ArrayList<>(byCompany.size());
        for (Map.Entry<String, List<TaskMatch>> e : byCompany.entrySet()) {
          StoredTask t = firstTask.get(e.getKey());
          companies.add(new CompanyMatch(t.companyId(), t.companyName(), t.municipalityCode(), t.openToOrdinaryHours(),
              distance.get(e.getKey()), e.getValue().getFirst().score(), List.copyOf(e.getValue())));
        }
        return companies;
      }
      window *= 4;
    }
  }

  private static double distanceKm(ScoreDoc hit) {
    double meters = (Double) ((FieldDoc) hit).fields[1];
    return Math.round(meters / 100.0) / 10.0;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
