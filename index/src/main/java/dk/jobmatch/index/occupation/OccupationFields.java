package dk.jobmatch.index.occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of work (fagområder) occupations belong to, from {@code occupation-fields.tsv}: code
 * prefixes, the longest fitting prefix deciding. A consultant who hears "maler" also thinks of the
 * electrician's helper on the same building site; the ISCO groups alone put them apart. Looked up by
 * the four-digit code as a number, from a table, because the ranking asks per candidate task.
 */
public final class OccupationFields {
  static final String FILE = "/dk/jobmatch/index/occupation/occupation-fields.tsv";
  private static final OccupationFields BUNDLED = parse(OccupationFiles.resource(FILE));

  /** One field of work: a stable id for code and API, and its Danish name for the reasons. */
  public record Field(String id, String nameDa) {}

  private final List<Field> fields;
  /** Per four-digit code number, the index of its field in {@link #fields}; -1 for none. */
  private final short[] fieldOfCode = new short[10_000];

  private OccupationFields(List<Field> fields, Map<String, Integer> fieldOfPrefix) {
    this.fields = List.copyOf(fields);
    Arrays.fill(fieldOfCode, (short) -1);
    for (int code = 0; code < fieldOfCode.length; code++) {
      String digits = String.format("%04d", code);
      for (int length = 4; length >= 1; length--) {
        Integer field = fieldOfPrefix.get(digits.substring(0, length));
        if (field != null) {
          fieldOfCode[code] = field.shortValue();
          break;
        }
      }
    }
  }

  public static OccupationFields bundled() {
    return BUNDLED;
  }

  /** The field index of a code given as a number (see {@link #field(int)}); -1 when none or not a code. */
  public int indexOf(int code) {
    return code < 0 || code >= fieldOfCode.length ? -1 : fieldOfCode[code];
  }

  /** The field with this index. */
  public Field field(int index) {
    return fields.get(index);
  }

  /** The field of a four-digit ISCO-08 code; empty for anything else. */
  public Optional<Field> of(String code) {
    if (code == null || !code.matches("\\d{4}")) {
      return Optional.empty();
    }
    int index = indexOf(Integer.parseInt(code));
    return index < 0 ? Optional.empty() : Optional.of(fields.get(index));
  }

  static OccupationFields parse(String tsv) {
    List<Field> fields = new ArrayList<>();
    Map<String, Integer> indexOfId = new LinkedHashMap<>();
    Map<String, Integer> fieldOfPrefix = new LinkedHashMap<>();
    int number = 0;
    for (String line : tsv.split("\n")) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.strip().split("\t");
      if (columns.length != 3 || !columns[0].matches("\\d{1,4}")) {
        throw new IllegalStateException(FILE + ":" + number + ": expected a code prefix, a field id and a name");
      }
      Integer index = indexOfId.get(columns[1]);
      if (index == null) {
        index = fields.size();
        indexOfId.put(columns[1], index);
        fields.add(new Field(columns[1], columns[2]));
      } else if (!fields.get(index).nameDa().equals(columns[2])) {
        throw new IllegalStateException(FILE + ":" + number + ": field " + columns[1] + " named two ways");
      }
      if (fieldOfPrefix.put(columns[0], index) != null) {
        throw new IllegalStateException(FILE + ":" + number + ": prefix " + columns[0] + " listed twice");
      }
    }
    return new OccupationFields(fields, fieldOfPrefix);
  }
}
