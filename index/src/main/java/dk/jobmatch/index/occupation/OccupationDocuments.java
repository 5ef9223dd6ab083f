package dk.jobmatch.index.occupation;

import dk.jobmatch.index.occupation.TitleText.Spelling;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * One Lucene document per occupation. Every field holds terms {@link TitleText} made, indexed as
 * they are (no analyzer at index time), so the query side, which uses the same {@code TitleText},
 * cannot drift from the index. Danish titles and synonyms have fields of their own, so a query can
 * weigh a title above a synonym and both above English, and each has them twice: as written and
 * folded ({@code tømrer} as {@code tomrer}), for text typed without æøå.
 *
 * <ul>
 *   <li>{@code *.key}: each whole name as one key, for exact hits;</li>
 *   <li>{@code *.stem}: stems of the names of one word, for the name in any inflection
 *       ({@code butiksassistenter});</li>
 *   <li>{@code *.word}: the names of one word, unstemmed, for prefixes ({@code butiks});</li>
 *   <li>{@code *.part.stem} and {@code *.part.word}: the same for the words of names of several words,
 *       which count less: in {@code pædagogisk assistent} or {@code ufaglært arbejder} the word alone
 *       says little;</li>
 *   <li>{@value #TYPO_WORD}: the folded words of titles and synonyms together, for typos. One field,
 *       because a fuzzy query builds its Levenshtein automata per field and that, not the small index,
 *       is what a suggestion costs.</li>
 * </ul>
 * The DISCO-08 name of the unit group ({@code Frisørarbejde}) is found only whole, as a title: its
 * words ({@code arbejde}, {@code øvrigt}, {@code andre}) would match everything.
 *
 * <p>{@link #ofName} makes a document of one Danish name alone, with the same fields, for telling
 * which of an occupation's names a text matched.
 */
final class OccupationDocuments {
  static final String CODE = "code";
  static final String TYPO_WORD = "danish.word";
  /** Stored on a document of one name: the name, and whether it is a title the occupation is shown by. */
  static final String NAME = "name";
  static final String SHOWN_TITLE = "shown";

  /** The kinds of name an occupation is found by, each with its own fields. */
  enum Names {
    TITLE("title", Spelling.AS_WRITTEN),
    SYNONYM("synonym", Spelling.AS_WRITTEN),
    FOLDED_TITLE("title.folded", Spelling.FOLDED),
    FOLDED_SYNONYM("synonym.folded", Spelling.FOLDED),
    ENGLISH("english", null);

    final String key;
    final String stem;
    final String word;
    final String partStem;
    final String partWord;
    /** How the Danish names of this kind are spelt; {@code null} for English. */
    final Spelling spelling;

    Names(String prefix, Spelling spelling) {
      this.key = prefix + ".key";
      this.stem = prefix + ".stem";
      this.word = prefix + ".word";
      this.partStem = prefix + ".part.stem";
      this.partWord = prefix + ".part.word";
      this.spelling = spelling;
    }

    /** The same kind of name in the other spelling. */
    Names folded() {
      return switch (this) {
        case TITLE -> FOLDED_TITLE;
        case SYNONYM -> FOLDED_SYNONYM;
        default -> throw new IllegalStateException(this + " has no folded spelling");
      };
    }
  }

  private OccupationDocuments() {}

  static Document of(Occupation occupation) {
    Document doc = new Document();
    doc.add(new StringField(CODE, occupation.code(), Store.YES));
    for (Names titles : List.of(Names.TITLE, Names.FOLDED_TITLE)) {
      addDanish(doc, titles, occupation.titles());
      // The whole reference title as well, when it has parts: "pedel, ejendomsservicemedarbejder".
      add(doc, titles.key, titles.spelling.key(occupation.titleDa()));
      add(doc, titles.key, titles.spelling.key(occupation.discoTitle()));
    }
    addDanish(doc, Names.SYNONYM, occupation.synonyms());
    addDanish(doc, Names.FOLDED_SYNONYM, occupation.synonyms());
    for (String name : occupation.englishNames()) {
      add(doc, Names.ENGLISH.key, TitleText.englishKey(name));
      TitleText.englishWords(name).forEach(word -> add(doc, Names.ENGLISH.word, word));
      TitleText.englishStems(name).forEach(stem -> add(doc, Names.ENGLISH.stem, stem));
    }
    add(doc, Names.ENGLISH.key, TitleText.englishKey(occupation.titleEn()));
    return doc;
  }

  /**
   * A document of one Danish title ({@code names} {@link Names#TITLE}) or synonym of an occupation,
   * found exactly as the occupation is by that name; {@code shown} when it is (a part of) the title the
   * occupation is shown with.
   */
  static Document ofName(String code, String name, Names names, boolean shown) {
    Document doc = new Document();
    doc.add(new StringField(CODE, code, Store.YES));
    doc.add(new StoredField(NAME, name));
    doc.add(new StoredField(SHOWN_TITLE, shown && names == Names.TITLE ? 1 : 0));
    addDanish(doc, names, List.of(name));
    addDanish(doc, names.folded(), List.of(name));
    return doc;
  }

  private static void addDanish(Document doc, Names names, List<String> values) {
    Spelling spelling = names.spelling;
    for (String name : values) {
      add(doc, names.key, spelling.key(name));
      List<String> words = spelling.words(name);
      boolean oneWord = words.size() == 1;
      for (String word : words) {
        add(doc, oneWord ? names.word : names.partWord, word);
        if (spelling == Spelling.FOLDED) {
          add(doc, TYPO_WORD, word);
        }
      }
      spelling.stems(name).forEach(stem -> add(doc, oneWord ? names.stem : names.partStem, stem));
    }
  }

  private static void add(Document doc, String field, String term) {
    if (!term.isEmpty()) {
      doc.add(new StringField(field, term, Store.NO));
    }
  }
}
