package dk.jobmatch.index.occupation;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;

/**
 * One Lucene document per occupation. Every field holds terms {@link TitleText} made, indexed as
 * they are (no analyzer at index time), so the query side, which uses the same {@code TitleText},
 * cannot drift from the index. Danish titles and synonyms have fields of their own, so a query can
 * weigh a title above a synonym and both above English.
 *
 * <ul>
 *   <li>{@code *.key}: each whole name as one key, for exact hits;</li>
 *   <li>{@code *.stem}: stems, for a word of the name in any inflection ({@code butiksassistenter});</li>
 *   <li>{@code *.word}: unstemmed words, for prefixes ({@code butiks}) and typos;</li>
 *   <li>{@code *.head}: the same words reversed, so a prefix query finds the end of a compound: Danish
 *       puts the head of a compound last, and {@code assistent} should find {@code rengøringsassistent};</li>
 *   <li>{@value #TYPO_WORD}: the words of titles and synonyms together, for typos. One field, because
 *       a fuzzy query builds its Levenshtein automata per field and that, not the tiny index, is what
 *       a suggestion costs.</li>
 * </ul>
 */
final class OccupationDocuments {
  static final String CODE = "code";
  static final String TYPO_WORD = "danish.word";

  /** The kinds of name an occupation is found by, each with its own fields. */
  enum Names {
    TITLE("title"), SYNONYM("synonym"), ENGLISH("english");

    final String key;
    final String stem;
    final String word;
    final String head;

    Names(String prefix) {
      this.key = prefix + ".key";
      this.stem = prefix + ".stem";
      this.word = prefix + ".word";
      this.head = prefix + ".head";
    }
  }

  private OccupationDocuments() {}

  static Document of(Occupation occupation) {
    Document doc = new Document();
    doc.add(new StringField(CODE, occupation.code(), Store.YES));
    addDanish(doc, Names.TITLE, occupation.titles());
    // The whole reference title as well, when it has parts: "pedel, ejendomsservicemedarbejder".
    add(doc, Names.TITLE.key, TitleText.danishKey(occupation.titleDa()));
    addDanish(doc, Names.SYNONYM, occupation.synonyms());
    for (String name : occupation.englishNames()) {
      add(doc, Names.ENGLISH.key, TitleText.englishKey(name));
      TitleText.englishWords(name).forEach(word -> add(doc, Names.ENGLISH.word, word));
      TitleText.englishStems(name).forEach(stem -> add(doc, Names.ENGLISH.stem, stem));
    }
    add(doc, Names.ENGLISH.key, TitleText.englishKey(occupation.titleEn()));
    return doc;
  }

  private static void addDanish(Document doc, Names names, List<String> values) {
    for (String name : values) {
      add(doc, names.key, TitleText.danishKey(name));
      for (String word : TitleText.danishWords(name)) {
        add(doc, names.word, word);
        add(doc, names.head, TitleText.reversed(word));
        add(doc, TYPO_WORD, word);
      }
      TitleText.danishStems(name).forEach(stem -> add(doc, names.stem, stem));
    }
  }

  private static void add(Document doc, String field, String term) {
    if (!term.isEmpty()) {
      doc.add(new StringField(field, term, Store.NO));
    }
  }
}
