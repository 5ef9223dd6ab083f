package dk.jobmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The stored fields of {@link TaskCodec} read back exactly what was written, whichever order the
 * documents are asked for in: the decompressor keeps the last block, so a read from another block,
 * the same block again, a document larger than a block (stored in slices) and merged segments must
 * all still come back byte for byte.
 */
class TaskCodecTest {
  private static final int DOCUMENTS = 3_000;

  @Test
  void readsBackEveryDocumentInAnyOrderAcrossBlocksSlicesAndMerges() throws IOException {
    List<String> values = values();
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new TaskCodec()))) {
        for (int i = 0; i < values.size(); i++) {
          writer.addDocument(document(values.get(i)));
          if (i % 700 == 699) {
            writer.commit(); // several segments, so the merge below has something to merge
          }
        }
        writer.commit();
        assertEverythingReadsBack(directory, values);
        writer.forceMerge(1);
        writer.commit();
      }
      assertEverythingReadsBack(directory, values);
    }
  }

  private static void assertEverythingReadsBack(Directory directory, List<String> values) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      List<Integer> order = new ArrayList<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        order.add(doc);
      }
      List<Integer> shuffled = new ArrayList<>(order);
      Collections.shuffle(shuffled, new java.util.Random(7));
      for (List<Integer> docs : List.of(order, shuffled, order.reversed())) {
        StoredFields stored = reader.storedFields();
        List<String> read = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int doc : docs) {
          // Twice in a row: the second read is answered from the block kept by the first.
          read.add(stored.document(doc).get("value"));
          read.add(stored.document(doc).get("value"));
          String id = stored.document(doc).get("id");
          expected.add(values.get(Integer.parseInt(id)));
          expected.add(values.get(Integer.parseInt(id)));
        }
        assertThat(read).isEqualTo(expected);
      }
    }
  }

  /** Short rows like a task's, with now and then one far larger than a 16 KB block. */
  private static List<String> values() {
    SplittableRandom random = new SplittableRandom(20261123);
    List<String> values = new ArrayList<>(DOCUMENTS);
    for (int i = 0; i < DOCUMENTS; i++) {
      int length = i % 500 == 250 ? 40_000 + random.nextInt(20_000) : 20 + random.nextInt(200);
      StringBuilder value = new StringBuilder(length);
      for (int c = 0; c < length; c++) {
        // Few letters, so the text compresses, as company names and titles do.
        value.append("abcdeæøå -:;".charAt(random.nextInt(12)));
      }
      values.add(i + ":" + value);
    }
    return values;
  }

  private static Document document(String value) {
    Document doc = new Document();
    doc.add(new StoredField("id", value.substring(0, value.indexOf(':'))));
    doc.add(new StoredField("value", value));
    return doc;
  }
}
