package dk.jobmatch.index.occupation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The occupations (stillingsbetegnelser, DISCO-08, the Danish ISCO-08) a job goal or task can name,
 * searchable by the words consultants type: titles, synonyms, partial words, Danish compounds, typos.
 * Built once in memory from the bundled reference file and synonyms; thread-safe; CPU only (a small
 * heap index, nothing to close).
 *
 * <pre>{@code
 * OccupationCatalog catalog = OccupationCatalog.bundled();
 * catalog.suggest("lager", 5);           // 9333 lagermedarbejder and 4321 lagerekspedient first
 * catalog.resolve("Lagermedarbejder");   // 9333, confidently
 * catalog.resolve("lager");              // empty: two occupations fit equally well
 * }</pre>
 *
 * <p>Ranking is described in {@code SuggestQuery}; ties keep the order of the reference file.
 */
public final class OccupationCatalog {
  /** The weakest evidence {@link #resolve} trusts on its own: a typo in one word of a title or synonym. */
  static final double CONFIDENT_SCORE = SuggestQuery.TYPO;
  /** How far the best suggestion must lead the second for {@link #resolve} to pick it without an exact hit. */
  static final double CONFIDENT_LEAD = 1.5;

  private final List<Occupation> occupations;
  private final Map<String, Occupation> byCode = new HashMap<>();
  /** Whole Danish titles and synonyms as keys (see {@code TitleText.danishKey}), to the codes they name. */
  private final Map<String, Set<String>> titleKeys = new HashMap<>();
  private final Map<String, Set<String>> synonymKeys = new HashMap<>();
  private final IndexSearcher searcher;
  private final Lexicon lexicon;

  private OccupationCatalog(List<Occupation> occupations) {
    this.occupations = List.copyOf(occupations);
    for (Occupation o : occupations) {
      byCode.put(o.code(), o);
      remember(titleKeys, o.titleDa(), o.code());
      o.titles().forEach(name -> remember(titleKeys, name, o.code()));
      o.synonyms().forEach(name -> remember(synonymKeys, name, o.code()));
    }
    this.lexicon = Lexicon.of(occupations);
    this.searcher = index(occupations);
  }

  /** The catalog shipped with this library: the reference file's occupations and the bundled synonyms. */
  public static OccupationCatalog bundled() {
    return of(OccupationFiles.resource(OccupationFiles.OCCUPATIONS), OccupationFiles.resource(OccupationFiles.SYNONYMS));
  }

  /** A catalog from the text of an occupations file and a synonyms file (for tests). */
  static OccupationCatalog of(String occupationsTsv, String synonymsTsv) {
    return new OccupationCatalog(OccupationFiles.parse(occupationsTsv, synonymsTsv));
  }

  /**
   * Up to {@code limit} occupations for {@code text}, best first. Blank text, or text without a word
   * to look up, gives an empty list. The text is only ever read as words, never as query syntax.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1
   */
  public List<OccupationSuggestion> suggest(String text, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Query query = SuggestQuery.build(text, lexicon);
    if (query == null) {
      return List.of();
    }
    try {
      ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
      StoredFields stored = searcher.storedFields();
      return Arrays.stream(hits)
          .map(hit -> occupationOf(stored, hit).scored(hit.score))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The one occupation {@code title} names, when that is clear; for the matching engine, to give a
   * job goal stated only as text an occupation code. Confident, in this order:
   * <ol>
   *   <li>the whole title is a Danish title of exactly one occupation (two with the same title:
   *       not confident);</li>
   *   <li>otherwise, it is a synonym of exactly one occupation (of several: not confident);</li>
   *   <li>otherwise, the best suggestion scores at least {@value #CONFIDENT_SCORE} (a typo in a
   *       title or synonym word) and at least {@value #CONFIDENT_LEAD} times the second best.</li>
   * </ol>
   * So {@code "lagermedarbejder"}, {@code "sosu"} and {@code "lagermedarbjder"} resolve, while
   * {@code "lager"} (stock clerk or freight handler), {@code "x"} and {@code "xqzv"} do not.
   */
  public Optional<OccupationSuggestion> resolve(String title) {
    List<OccupationSuggestion> ranked = suggest(title, occupations.size());
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    String key = TitleText.danishKey(title);
    for (Map<String, Set<String>> exact : List.of(titleKeys, synonymKeys)) {
      Set<String> codes = exact.getOrDefault(key, Set.of());
      if (codes.size() > 1) {
        return Optional.empty();
      }
      if (codes.size() == 1) {
        String code = codes.iterator().next();
        return ranked.stream().filter(s -> s.code().equals(code)).findFirst();
      }
    }
    OccupationSuggestion best = ranked.getFirst();
    boolean clearlyAhead = ranked.size() == 1 || best.score() >= CONFIDENT_LEAD * ranked.get(1).score();
    return best.score() >= CONFIDENT_SCORE && clearlyAhead ? Optional.of(best) : Optional.empty();
  }

  /** The occupation with this four-digit code, with score 0 (nothing was searched). */
  public Optional<OccupationSuggestion> byCode(String code) {
    return Optional.ofNullable(byCode.get(code)).map(o -> o.scored(0));
  }

  /** Every occupation with its Danish title, in the reference file's order, with score 0 (nothing was searched). */
  public List<OccupationSuggestion> all() {
    return occupations.stream().map(o -> o.scored(0)).toList();
  }

  /** Number of occupations in the catalog. */
  public int size() {
    return occupations.size();
  }

  List<Occupation> occupations() {
    return occupations;
  }

  private Occupation occupationOf(StoredFields stored, ScoreDoc hit) {
    try {
      return byCode.get(stored.document(hit.doc).get(OccupationDocuments.CODE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void remember(Map<String, Set<String>> keys, String name, String code) {
    String key = TitleText.danishKey(name);
    if (!key.isEmpty()) {
      keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
    }
  }

  /**
   * One document per occupation, in file order, so equal scores keep that order. Held on the heap
   * and never changed after this, so one searcher serves every thread.
   */
  private static IndexSearcher index(List<Occupation> occupations) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (Occupation occupation : occupations) {
        writer.addDocument(OccupationDocuments.of(occupation));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      // Every text is a new query; caching them would only hold memory.
      searcher.setQueryCache(null);
      return searcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every Danish word of the bundled catalogue's titles and synonyms, lower-cased and unstemmed:
   * the words a compound splitter should know. Read from the files alone, without building the
   * search index.
   */
  public static Set<String> bundledDanishWords() {
    Set<String> words = new java.util.TreeSet<>();
    for (Occupation o : OccupationFiles.parse(OccupationFiles.resource(OccupationFiles.OCCUPATIONS),
        OccupationFiles.resource(OccupationFiles.SYNONYMS))) {
      for (List<String> names : List.of(o.titles(), o.synonyms(), List.of(o.titleDa()))) {
        names.forEach(name -> words.addAll(TitleText.danishWords(name)));
      }
    }
    return words;
  }
}
