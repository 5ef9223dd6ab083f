package dk.jobmatch.index.occupation;

import dk.jobmatch.index.occupation.OccupationDocuments.Names;
import dk.jobmatch.index.occupation.TitleText.Spelling;
import dk.jobmatch.index.occupation.TitleText.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the suggestion query for a text from its analysed words, never by parsing it: whatever a
 * consultant types ({@code lager*~"(AND}) is only ever words to look up.
 *
 * <p>Scores by construction, every clause a constant:
 * <ul>
 *   <li>the whole text is a name (an exact hit): Danish title {@value #EXACT_TITLE}, synonym
 *       {@value #EXACT_SYNONYM}, English title {@value #EXACT_ENGLISH}; only the best counts;</li>
 *   <li>plus, for each word of the text, its best kind of match (a disjunction-max, so one word never
 *       counts twice): a title or synonym of that one word {@value #TITLE_WORD} / {@value #SYNONYM_WORD}
 *       (any inflection); a word of a name of several words, or its start, {@value #TITLE_PART} /
 *       {@value #SYNONYM_PART}, no more than the end of a compound, since such a word is often a
 *       generic one ({@code arbejder} in {@code ufaglært arbejder}); the start of a word
 *       {@value #TITLE_PREFIX} / {@value #SYNONYM_PREFIX} ({@code butiks}, {@code lager} in
 *       {@code lagermedarbejder}); the end of a compound
 *       {@value #TITLE_HEAD} / {@value #SYNONYM_HEAD} ({@code assistent} in {@code rengøringsassistent});
 *       a typo in a title or synonym word, one edit {@value #TYPO}, two {@value #TYPO_TWO_EDITS}
 *       ({@code lagermedarbjder}); an English word {@value #ENGLISH_WORD}, the start of one
 *       {@value #ENGLISH_PREFIX}.</li>
 * </ul>
 * An exact hit therefore always outranks prefix, compound and typo hits, titles outrank synonyms of
 * the same kind, and English counts least.
 *
 * <p>A word the catalog does not know as written ({@link Lexicon#knows}) is looked up with æøå folded
 * away ({@code tomrer} is {@code tømrer}), at the same scores, and so is the whole text when one of its
 * words needed it: a keyboard without æøå is the commonest misspelling and no evidence against a hit.
 * A word the catalog knows is never folded, so {@code maler} stays the painter and does not become the
 * {@code måler} of {@code landmåler}.
 *
 * <p>The start of a word is found with a prefix query, rather than with edge n-grams: the catalog has a
 * few thousand words, so enumerating the terms of a prefix costs little, the index stays one term per
 * word, and a prefix of any length works without choosing gram sizes. The end of a compound is looked
 * up in the {@link Lexicon}, which knows a compound ({@code rengøringsassistent}) from a word that only
 * ends the same way ({@code anklager} is no {@code lager}), and queried as those words. Prefixes need
 * {@value #MIN_PREFIX} letters and compound ends {@value #MIN_HEAD}, so one or two letters do not
 * match half the catalog.
 *
 * <p>Typos are looked for only in a word the catalog knows in neither spelling (so {@code bager} never
 * brings {@code lager}, and an exact hit never competes with a typo of the same word), and only where
 * a Danish reader would see the same word misspelt: none below {@value #MIN_ONE_EDIT} letters (a short
 * word one letter from a title is usually another word), one edit from {@value #MIN_ONE_EDIT}, two
 * from {@value #MIN_TWO_EDITS}, and never in the first letter, which people rarely get wrong. The
 * {@link Lexicon} finds them among the catalog's words (a few thousand; those with the same first
 * letter are quickly compared), cheaper than Levenshtein automata, and they are looked up on one
 * field, titles and synonyms together.
 */
final class SuggestQuery {
  static final float EXACT_TITLE = 10f;
  static final float EXACT_SYNONYM = 9f;
  static final float EXACT_ENGLISH = 5f;
  static final float TITLE_WORD = 4f;
  static final float SYNONYM_WORD = 3.5f;
  static final float TITLE_PART = 2f;
  static final float SYNONYM_PART = 1.5f;
  static final float TITLE_PREFIX = 2.5f;
  static final float SYNONYM_PREFIX = 2f;
  static final float TITLE_HEAD = 2f;
  static final float SYNONYM_HEAD = 1.5f;
  static final float TYPO = 1.5f;
  static final float TYPO_TWO_EDITS = 1f;
  static final float ENGLISH_WORD = 1.5f;
  static final float ENGLISH_PREFIX = 0.75f;

  static final int MIN_PREFIX = 3;
  static final int MIN_HEAD = 4;
  static final int MIN_ONE_EDIT = 5;
  static final int MIN_TWO_EDITS = 9;
  /** Distinct words of a text that count; the rest is ignored (a title has a few words, not a paragraph). */
  static final int MAX_WORDS = 8;

  /** The scores of one kind of Danish name, by how a word of the text matches it. */
  private record Scores(Names names, float word, float part, float prefix, float head) {}

  private static final Scores TITLES = new Scores(Names.TITLE, TITLE_WORD, TITLE_PART, TITLE_PREFIX, TITLE_HEAD);
  private static final Scores SYNONYMS =
      new Scores(Names.SYNONYM, SYNONYM_WORD, SYNONYM_PART, SYNONYM_PREFIX, SYNONYM_HEAD);

  private SuggestQuery() {}

  /**
   * The query for {@code text}, or {@code null} when the text has no word to look up. Clauses that
   * cannot match are left out: a word longer than any of the catalog's cannot start one, nor be
   * within two edits of one when longer still, and a text longer than any name cannot be one.
   */
  static Query build(String text, Lexicon lexicon) {
    int longestWord = lexicon.longestWord();
    List<Query> words = new ArrayList<>();
    boolean folded = false;
    for (Word word : TitleText.words(text, MAX_WORDS)) {
      List<Query> kinds = new ArrayList<>();
      if (word.danishStem() != null) {
        boolean known = lexicon.knows(word, Spelling.AS_WRITTEN);
        Spelling spelling = known ? Spelling.AS_WRITTEN : Spelling.FOLDED;
        folded |= !known;
        String w = word.danish(spelling);
        List<BytesRef> compounds = length(w) >= MIN_HEAD && length(w) <= longestWord
            ? lexicon.compoundsEndingIn(w, spelling).stream().map(BytesRef::new).toList() : List.of();
        addDanish(kinds, TITLES, spelling, word, longestWord, compounds);
        addDanish(kinds, SYNONYMS, spelling, word, longestWord, compounds);
        Query typo = known || lexicon.knows(word, Spelling.FOLDED) ? null : typo(word.folded(), lexicon);
        if (typo != null) {
          kinds.add(typo);
        }
      }
      if (word.englishStem() != null) {
        kinds.add(constant(new TermQuery(new Term(Names.ENGLISH.stem, word.englishStem())), ENGLISH_WORD));
        if (word.raw().length() >= MIN_PREFIX && word.raw().length() <= longestWord) {
          kinds.add(constant(new PrefixQuery(new Term(Names.ENGLISH.word, word.raw())), ENGLISH_PREFIX));
        }
      }
      if (!kinds.isEmpty()) {
        words.add(new DisjunctionMaxQuery(kinds, 0f));
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Spelling spelling = folded ? Spelling.FOLDED : Spelling.AS_WRITTEN;
    String danishKey = spelling.key(text);
    if (!danishKey.isEmpty() && danishKey.length() <= lexicon.longestKey()) {
      Names titles = folded ? Names.TITLE.folded() : Names.TITLE;
      Names synonyms = folded ? Names.SYNONYM.folded() : Names.SYNONYM;
      query.add(new DisjunctionMaxQuery(List.of(
          constant(new TermQuery(new Term(titles.key, danishKey)), EXACT_TITLE),
          constant(new TermQuery(new Term(synonyms.key, danishKey)), EXACT_SYNONYM),
          constant(new TermQuery(new Term(Names.ENGLISH.key, TitleText.englishKey(text))), EXACT_ENGLISH)), 0f),
          Occur.SHOULD);
    } else if (words.isEmpty()) {
      return null;
    }
    words.forEach(word -> query.add(word, Occur.SHOULD));
    return query.build();
  }

  /** The clauses of one kind of name for one word; {@code compounds} are the words it is the end of. */
  private static void addDanish(List<Query> kinds, Scores scores, Spelling spelling, Word word, int longestWord,
      List<BytesRef> compounds) {
    Names names = spelling == Spelling.FOLDED ? scores.names().folded() : scores.names();
    String w = word.danish(spelling);
    String stem = word.stem(spelling);
    int length = length(w);
    kinds.add(constant(new TermQuery(new Term(names.stem, stem)), scores.word()));
    kinds.add(constant(new TermQuery(new Term(names.partStem, stem)), scores.part()));
    if (length >= MIN_PREFIX && length <= longestWord) {
      kinds.add(constant(new PrefixQuery(new Term(names.word, w)), scores.prefix()));
      kinds.add(constant(new PrefixQuery(new Term(names.partWord, w)), scores.part()));
    }
    if (!compounds.isEmpty()) {
      kinds.add(constant(new TermInSetQuery(names.word, compounds), scores.head()));
      kinds.add(constant(new TermInSetQuery(names.partWord, compounds), scores.head()));
    }
  }

  /**
   * Words of the catalog within one edit (from {@value #MIN_ONE_EDIT} letters) or two (from
   * {@value #MIN_TWO_EDITS}) of the folded {@code word}, the nearer scoring more; {@code null} when the
   * word is too short for typos or has none. The words come from the {@link Lexicon}, so the query
   * is plain terms and costs nothing to run on both indexes.
   */
  private static Query typo(String word, Lexicon lexicon) {
    int length = length(word);
    if (length < MIN_ONE_EDIT || length > lexicon.longestWord() + 2) {
      return null;
    }
    Map<Integer, Set<String>> typos = lexicon.typosOf(word, length < MIN_TWO_EDITS ? 1 : 2);
    List<Query> nearest = new ArrayList<>();
    typos.forEach((edits, words) -> nearest.add(constant(
        new TermInSetQuery(OccupationDocuments.TYPO_WORD, words.stream().map(BytesRef::new).toList()),
        edits == 1 ? TYPO : TYPO_TWO_EDITS)));
    return nearest.isEmpty() ? null : new DisjunctionMaxQuery(nearest, 0f);
  }

  private static int length(String word) {
    return word.codePointCount(0, word.length());
  }

  private static Query constant(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }
}
