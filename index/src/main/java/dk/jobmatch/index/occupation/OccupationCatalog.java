package dk.jobmatch.index.occupation;

import dk.jobmatch.index.occupation.OccupationDocuments.Names;
import dk.jobmatch.index.occupation.TitleText.Spelling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The occupations (stillingsbetegnelser, DISCO-08, the Danish ISCO-08) a job goal or task can name,
 * searchable by the words consultants type: titles, synonyms, partial words, Danish compounds, text
 * without æøå, typos. All 436 ISCO-08 unit groups with their DISCO-08 titles and the everyday Danish
 * job titles; built once in memory from the bundled files ({@code OccupationFiles}); thread-safe; CPU
 * only (a small heap index, nothing to close).
 *
 * <pre>{@code
 * OccupationCatalog catalog = OccupationCatalog.bundled();
 * catalog.suggest("lager", 5);           // 9333 lagermedarbejder and 4321 lagerekspedient first
 * catalog.resolve("Lagermedarbejder");   // 9333, confidently
 * catalog.resolve("tomrer");             // 7115 tømrer: æøå folded
 * catalog.resolve("lager");              // empty: two occupations fit equally well
 * }</pre>
 *
 * <p>Ranking is described in {@code SuggestQuery}; ties keep the order of the reference file, then of
 * the codes.
 */
public final class OccupationCatalog {
  /** The weakest evidence {@link #resolve} trusts on its own: a typo in one word of a title or synonym. */
  static final double CONFIDENT_SCORE = SuggestQuery.TYPO;
  /** How far the best suggestion must lead the second for {@link #resolve} to pick it without an exact hit. */
  static final double CONFIDENT_LEAD = 1.5;

  private final List<Occupation> occupations;
  private final Map<String, Occupation> byCode = new HashMap<>();
  private final ExactNames exactTitles = new ExactNames(Spelling.AS_WRITTEN);
  private final ExactNames exactSynonyms = new ExactNames(Spelling.AS_WRITTEN);
  private final ExactNames foldedTitles = new ExactNames(Spelling.FOLDED);
  private final ExactNames foldedSynonyms = new ExactNames(Spelling.FOLDED);
  private final Set<String> danishWords;
  private final IndexSearcher searcher;
  /** One document per title, to tell which title a suggestion matched. */
  private final IndexSearcher titles;
  private final Lexicon lexicon;

  private OccupationCatalog(List<Occupation> occupations) {
    this.occupations = List.copyOf(occupations);
    for (Occupation o : occupations) {
      byCode.put(o.code(), o);
      for (ExactNames names : List.of(exactTitles, foldedTitles)) {
        names.remember(o.titleDa(), o.code());
        names.remember(o.discoTitle(), o.code());
        o.titles().forEach(name -> names.remember(name, o.code()));
      }
      for (ExactNames names : List.of(exactSynonyms, foldedSynonyms)) {
        o.synonyms().forEach(name -> names.remember(name, o.code()));
      }
    }
    this.lexicon = Lexicon.of(occupations);
    this.danishWords = danishWords(occupations, lexicon);
    this.searcher = occupationIndex(this.occupations);
    this.titles = titleIndex(this.occupations);
  }

  /**
   * The catalog shipped with this library: the 436 ISCO-08 unit groups ({@code disco08.tsv}), the
   * reference file's occupations with their titles, the everyday titles and the synonyms.
   */
  public static OccupationCatalog bundled() {
    return new OccupationCatalog(OccupationFiles.parse(OccupationFiles.Sources.bundled()));
  }

  /** A catalog of the occupations of a reference file alone, with a synonyms file (for tests). */
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
    return query == null ? List.of() : explained(query, ranked(query, limit));
  }

  private List<OccupationSuggestion> ranked(Query query, int limit) {
    try {
      ScoreDoc[] hits = searcher.search(query, limit).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<OccupationSuggestion> ranked = new ArrayList<>();
      for (ScoreDoc hit : hits) {
        ranked.add(byCode.get(stored.document(hit.doc).get(OccupationDocuments.CODE)).scored(hit.score));
      }
      return ranked;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The suggestions with the title each matched best, where that is not a title it is shown with: the
   * same query over one document per title, limited to the suggested codes. Equal scores keep document
   * order, and the titles shown come first, so they win a tie.
   */
  private List<OccupationSuggestion> explained(Query query, List<OccupationSuggestion> ranked) {
    if (ranked.isEmpty()) {
      return ranked;
    }
    List<BytesRef> codes = ranked.stream().map(s -> new BytesRef(s.code())).toList();
    Query ofSuggested = new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermInSetQuery(OccupationDocuments.CODE, codes), Occur.FILTER)
        .build();
    try {
      int candidates = ranked.stream().mapToInt(s -> byCode.get(s.code()).titles().size()).sum();
      ScoreDoc[] hits = titles.search(ofSuggested, Math.max(1, candidates)).scoreDocs;
      StoredFields stored = titles.storedFields();
      Map<String, String> matched = new HashMap<>();
      Set<String> seen = new HashSet<>();
      for (ScoreDoc hit : hits) {
        Document doc = stored.document(hit.doc);
        String code = doc.get(OccupationDocuments.CODE);
        if (seen.add(code) && doc.getField(OccupationDocuments.SHOWN_TITLE).numericValue().intValue() == 0) {
          matched.put(code, doc.get(OccupationDocuments.NAME));
        }
      }
      return ranked.stream().map(s -> matched.containsKey(s.code()) ? s.matching(matched.get(s.code())) : s).toList();
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
   *   <li>otherwise, the same two with æøå folded away ({@code tomrer});</li>
   *   <li>otherwise, the best suggestion scores at least {@value #CONFIDENT_SCORE} (a typo of one
   *       edit in a title or synonym word) and at least {@value #CONFIDENT_LEAD} times the second best.</li>
   * </ol>
   * So {@code "lagermedarbejder"}, {@code "sosu"} and {@code "lagermedarbjder"} resolve, while
   * {@code "lager"} (stock clerk or freight handler), {@code "x"} and {@code "xqzv"} do not.
   */
  public Optional<OccupationSuggestion> resolve(String title) {
    Query query = SuggestQuery.build(title, lexicon);
    return query == null ? Optional.empty() : confident(title, ranked(query, occupations.size()))
        .map(found -> explained(query, List.of(found)).getFirst());
  }

  /** The most occupations one everyday word may stand for at once; a word naming more says too little. */
  static final int MOST_OCCUPATIONS_OF_ONE_WORD = 3;

  /**
   * The occupations a job goal typed as {@code title} stands for: the one {@link #resolve} finds
   * confidently; otherwise, when the whole title is a Danish title or synonym of two or three
   * occupations alike ({@code "lager"}: 4321 and 9333; {@code "rengøring"}: 9111 and 9112), all of
   * them, since the citizen's word fits each as well; otherwise none (a fuzzy hit never stands for a
   * goal). In catalogue order.
   */
  public List<String> goalOccupations(String title) {
    Optional<OccupationSuggestion> one = resolve(title);
    if (one.isPresent()) {
      return List.of(one.get().code());
    }
    for (ExactNames exact : List.of(exactTitles, exactSynonyms, foldedTitles, foldedSynonyms)) {
      Set<String> codes = exact.codesOf(title);
      if (!codes.isEmpty()) {
        return codes.size() <= MOST_OCCUPATIONS_OF_ONE_WORD ? List.copyOf(codes) : List.of();
      }
    }
    return List.of();
  }

  private Optional<OccupationSuggestion> confident(String title, List<OccupationSuggestion> ranked) {
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    for (ExactNames exact : List.of(exactTitles, exactSynonyms, foldedTitles, foldedSynonyms)) {
      Set<String> codes = exact.codesOf(title);
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

  /**
   * Every Danish word of every title, synonym and DISCO-08 name of the catalog, lower-cased and
   * unstemmed, with æøå as written ({@code paedagog} as {@code pædagog}): a dictionary of Danish
   * occupation words, e.g. for splitting compounds. Sorted; unmodifiable.
   */
  public Set<String> danishWords() {
    return danishWords;
  }

  /**
   * {@link #danishWords()} of the bundled catalog, read from its files without building the search
   * indexes: what the task index's compound splitter starts from.
   */
  public static Set<String> bundledDanishWords() {
    List<Occupation> occupations = OccupationFiles.parse(OccupationFiles.Sources.bundled());
    return danishWords(occupations, Lexicon.of(occupations));
  }

  private static Set<String> danishWords(List<Occupation> occupations, Lexicon lexicon) {
    Set<String> words = new TreeSet<>(lexicon.words());
    occupations.forEach(o -> words.addAll(TitleText.danishWords(o.discoTitle())));
    return Collections.unmodifiableSet(words);
  }

  List<Occupation> occupations() {
    return occupations;
  }

  /**
   * One document per occupation, in catalog order, so equal scores keep that order. Held on the heap
   * and never changed after this, so one searcher serves every thread.
   */
  private static IndexSearcher occupationIndex(List<Occupation> occupations) {
    return searcher(occupations.stream().map(OccupationDocuments::of).toList());
  }

  /** One document per Danish title, the titles an occupation is shown with first. */
  private static IndexSearcher titleIndex(List<Occupation> occupations) {
    List<Document> docs = new ArrayList<>();
    for (Occupation o : occupations) {
      List<String> shown = o.shownTitles();
      o.titles().stream().sorted(Comparator.comparing(t -> !shown.contains(t)))
          .forEach(t -> docs.add(OccupationDocuments.ofName(o.code(), t, Names.TITLE, shown.contains(t))));
    }
    return searcher(docs);
  }

  private static IndexSearcher searcher(List<Document> docs) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.addDocuments(docs);
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

  /** Whole Danish names of one kind in one spelling, as keys ({@code Spelling.key}), to the codes they name. */
  private record ExactNames(Spelling spelling, Map<String, Set<String>> codes) {
    ExactNames(Spelling spelling) {
      this(spelling, new HashMap<>());
    }

    void remember(String name, String code) {
      String key = spelling.key(name);
      if (!key.isEmpty()) {
        codes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
      }
    }

    Set<String> codesOf(String text) {
      return codes.getOrDefault(spelling.key(text), Set.of());
    }
  }
}
