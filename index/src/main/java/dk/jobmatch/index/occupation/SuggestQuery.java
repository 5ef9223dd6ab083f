package dk.jobmatch.index.occupation;

import dk.jobmatch.index.occupation.OccupationDocuments.Names;
import dk.jobmatch.index.occupation.TitleText.Word;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the suggestion query for a text from its analysed words, never by parsing it: whatever a
 * consultant types ({@code lager*~"(AND}) is only ever words to look up.
 *
 * <p>Scores by construction, every clause a constant:
 * <ul>
 *   <li>the whole text is a name (an exact hit): Danish title {@value #EXACT_TITLE}, synonym
 *       {@value #EXACT_SYNONYM}, English title {@value #EXACT_ENGLISH}; only the best counts;</li>
 *   <li>plus, for each word of the text, its best kind of match (a disjunction-max, so one word never
 *       counts twice): the same word in a title {@value #TITLE_WORD} / synonym {@value #SYNONYM_WORD}
 *       (any inflection); the start of a word {@value #TITLE_PREFIX} / {@value #SYNONYM_PREFIX}
 *       ({@code butiks}, {@code lager} in {@code lagermedarbejder}); the end of a compound
 *       {@value #TITLE_HEAD} / {@value #SYNONYM_HEAD} ({@code assistent} in {@code rengøringsassistent});
 *       a typo in a title or synonym word {@value #TYPO} ({@code lagermedarbjder}); an English word
 *       {@value #ENGLISH_WORD}, the start of one {@value #ENGLISH_PREFIX}.</li>
 * </ul>
 * An exact hit therefore always outranks prefix, compound and typo hits, titles outrank synonyms of
 * the same kind, and English counts least.
 *
 * <p>Compounds are found with prefix queries on the words and on the reversed words, rather than
 * with edge n-grams: the catalog has a few hundred words, so enumerating the terms of a prefix costs
 * nothing, the index stays one term per word, and a prefix of any length works without choosing
 * gram sizes. Prefixes need {@value #MIN_PREFIX} letters and compound ends {@value #MIN_HEAD}, so
 * one or two letters do not match half the catalog. Typos follow the length of the word: none below
 * {@value #MIN_ONE_EDIT} letters, one edit from {@value #MIN_ONE_EDIT}, two from {@value #MIN_TWO_EDITS}.
 * Fuzzy queries are the costly clause (each builds Levenshtein automata), so there is one per word,
 * on titles and synonyms together (a typo scores the same in either), and none for a word the catalog
 * knows whole, in another inflection or as the start or end of one of its words ({@link Lexicon#knows}):
 * such a word is no typo, and {@code bager} should not bring {@code lager}. So an exact hit never
 * competes with a typo of the same word.
 */
final class SuggestQuery {
  static final float EXACT_TITLE = 10f;
  static final float EXACT_SYNONYM = 9f;
  static final float EXACT_ENGLISH = 5f;
  static final float TITLE_WORD = 4f;
  static final float SYNONYM_WORD = 3.5f;
  static final float TITLE_PREFIX = 2.5f;
  static final float SYNONYM_PREFIX = 2f;
  static final float TITLE_HEAD = 2f;
  static final float SYNONYM_HEAD = 1.5f;
  static final float TYPO = 1.5f;
  static final float ENGLISH_WORD = 1.5f;
  static final float ENGLISH_PREFIX = 0.75f;

  static final int MIN_PREFIX = 3;
  static final int MIN_HEAD = 4;
  static final int MIN_ONE_EDIT = 4;
  static final int MIN_TWO_EDITS = 8;
  /** Distinct words of a text that count; the rest is ignored (a title has a few words, not a paragraph). */
  static final int MAX_WORDS = 8;

  private SuggestQuery() {}

  /**
   * The query for {@code text}, or {@code null} when the text has no word to look up. Clauses that
   * cannot match are left out: a word longer than any of the catalog's cannot start one, nor be
   * within two edits of one when longer still, and a text longer than any name cannot be one.
   */
  static Query build(String text, Lexicon lexicon) {
    int longestWord = lexicon.longestWord();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    String danishKey = TitleText.danishKey(text);
    String englishKey = TitleText.englishKey(text);
    if (!danishKey.isEmpty() && danishKey.length() <= lexicon.longestKey()) {
      query.add(new DisjunctionMaxQuery(List.of(
          constant(new TermQuery(new Term(Names.TITLE.key, danishKey)), EXACT_TITLE),
          constant(new TermQuery(new Term(Names.SYNONYM.key, danishKey)), EXACT_SYNONYM),
          constant(new TermQuery(new Term(Names.ENGLISH.key, englishKey)), EXACT_ENGLISH)), 0f), Occur.SHOULD);
      any = true;
    }
    for (Word word : TitleText.words(text, MAX_WORDS)) {
      List<Query> kinds = new ArrayList<>();
      if (word.danishStem() != null) {
        addDanish(kinds, Names.TITLE, word, longestWord, TITLE_WORD, TITLE_PREFIX, TITLE_HEAD);
        addDanish(kinds, Names.SYNONYM, word, longestWord, SYNONYM_WORD, SYNONYM_PREFIX, SYNONYM_HEAD);
        Query typo = lexicon.knows(word) ? null : typo(word.danish(), longestWord);
        if (typo != null) {
          kinds.add(constant(typo, TYPO));
        }
      }
      if (word.englishStem() != null) {
        kinds.add(constant(new TermQuery(new Term(Names.ENGLISH.stem, word.englishStem())), ENGLISH_WORD));
        if (word.raw().length() >= MIN_PREFIX && word.raw().length() <= longestWord) {
          kinds.add(constant(new PrefixQuery(new Term(Names.ENGLISH.word, word.raw())), ENGLISH_PREFIX));
        }
      }
      if (!kinds.isEmpty()) {
        query.add(new DisjunctionMaxQuery(kinds, 0f), Occur.SHOULD);
        any = true;
      }
    }
    return any ? query.build() : null;
  }

  private static void addDanish(List<Query> kinds, Names names, Word word, int longestWord,
      float same, float prefix, float head) {
    String w = word.danish();
    int length = length(w);
    kinds.add(constant(new TermQuery(new Term(names.stem, word.danishStem())), same));
    if (length >= MIN_PREFIX && length <= longestWord) {
      kinds.add(constant(new PrefixQuery(new Term(names.word, w)), prefix));
    }
    if (length >= MIN_HEAD && length <= longestWord) {
      kinds.add(constant(new PrefixQuery(new Term(names.head, TitleText.reversed(w))), head));
    }
  }

  /**
   * Words of the catalog within one edit (from {@value #MIN_ONE_EDIT} letters) or two (from
   * {@value #MIN_TWO_EDITS}) of {@code word}; {@code null} when the word is too short for typos, or
   * too long to be that close to any word of the catalog. Constant-score rewrite: a scoring rewrite
   * adds one clause per expanded term and could reach the clause limit.
   */
  private static Query typo(String word, int longestWord) {
    int length = length(word);
    int maxEdits = length >= MIN_TWO_EDITS ? 2 : length >= MIN_ONE_EDIT ? 1 : 0;
    if (maxEdits == 0 || length > longestWord + maxEdits) {
      return null;
    }
    return new FuzzyQuery(new Term(OccupationDocuments.TYPO_WORD, word), maxEdits, 0, FuzzyQuery.defaultMaxExpansions,
        true, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
  }

  private static int length(String word) {
    return word.codePointCount(0, word.length());
  }

  private static Query constant(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }
}
