package dk.jobmatch.index;

import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.index.vocabulary.WorkingTimes;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Maps a company's partial tasks to Lucene documents, one document per task with the company's
 * fields copied in. Denormalising keeps every hard filter a single-document check (no joins): a
 * query never has to look at a second document to know whether a task passes.
 */
final class TaskDocuments {
  static final String COMPANY_ID = "company_id";
  /** A 64-bit hash of the company id as doc values: where one company's tasks end and the next one's begin. */
  static final String COMPANY_KEY = "company_key";
  /** Doc values: the task's place in its company's block of documents, so the block's start is known from any task of it. */
  static final String BLOCK_OFFSET = "block_offset";
  static final String TASK_ID = "task_id";
  /** An 8-byte hash of the task id as the indexed term: a million 36-character ids cost the terms dictionary four times as much. */
  static final String TASK_KEY = "task_key";
  static final String COMPANY_NAME = "company_name";
  static final String MUNICIPALITY = "municipality";
  static final String LOCATION = "location";
  /**
   * The location again, as points only, and only on the tasks of a company whose availability may
   * hold it back (a date it is paused or not available until, or a full month): counting the
   * companies held back near a citizen then visits those few tasks instead of the whole radius.
   */
  static final String HELD_BACK_LOCATION = "held_back_location";
  static final String TITLE = "title";
  /** Title, description and skills, Danish-analysed: what goal titles, CV skills and development goals are matched against. */
  static final String TEXT = "text";
  /** The same text's compound parts ("lager" of "Lagerarbejde"), {@link DanishCompounds}: a part match counts below a whole word. */
  static final String TEXT_PARTS = "text_parts";
  /** The title's words alone: a goal word in the title says more than the same word in the description. */
  static final String TITLE_WORDS = "title_words";
  /** The title's compound parts. */
  static final String TITLE_PARTS = "title_parts";
  /** The stated team size (points and doc values), when the company has said: wishes for a small team read it. */
  static final String TEAM_SIZE = "team_size";
  /**
   * {@link #TIMES_KNOWN} when the task has agreed time slots, and {@link #TIMES_OUTSIDE_DAYTIME} as
   * well when one of them is outside weekday daytime ({@link Daytime}): what needs that read the
   * schedule filter on.
   */
  static final String WORKING_TIMES = "working_times";
  static final String TIMES_KNOWN = "known";
  static final String TIMES_OUTSIDE_DAYTIME = "outside_daytime";
  /** Exact code as a term (for filters), and as a number in doc values (for scoring in one pass). */
  static final String OCCUPATION = "occupation";
  /** First three digits of the ISCO-08 code: the minor group. */
  static final String MINOR_GROUP = "minor_group";
  /** The field of work of the task's occupation ({@link OccupationCodes#fieldId}). */
  static final String FIELD = "occupation_field";
  static final String DEMAND = "demand";
  /** Accommodations offered by the task or its company: a company-wide offer counts for every task. */
  static final String OFFERED = "offered";
  static final String HOURS_MIN = "hours_min";
  /** Doc values: weekly hours min in the high 16 bits, max in the low 16. */
  static final String HOURS = "hours";
  static final String FREE_CAPACITY = "free_capacity";
  /** Epoch day from which the company takes new placements again; 0 (1970) when always, which also compresses well. */
  static final String AVAILABLE_FROM = "available_from";
  /** yyyymm of the month in which the company has reached its monthly limit of new placements; 0 when not. */
  static final String FULL_MONTH = "full_month";
  /** Epoch day from which a company at its contact limit may be asked again; 0 when it may now. */
  static final String CONTACT_LIMIT_UNTIL = "contact_limit_until";
  /** Doc values: ordinary-hours stance ordinal in bits 0-1, eligible for paid hours in bit 2. */
  static final String FLAGS = "flags";
  /** Doc values: ended placements in the high 32 bits, those with ordinary hours in the low 32. */
  static final String PAID_RECORD = "paid_record";
  static final String SCHEDULE = "schedule";

  /**
   * Analysed text with term frequencies and norms (what BM25 needs) but no positions: no query
   * ever asks for a phrase, and positions would be the largest part of the postings.
   */
  private static final FieldType TEXT_TYPE = textType();
  /** Whether a title holds a word is all a goal asks: no frequencies, no norms. */
  private static final FieldType TITLE_TYPE = titleType();

  private TaskDocuments() {}

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType titleType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  static List<Document> of(CompanyEntry company) {
    List<Document> docs = new ArrayList<>(company.tasks().size());
    for (TaskEntry task : company.tasks()) {
      Document doc = of(company, task);
      doc.add(new NumericDocValuesField(BLOCK_OFFSET, docs.size()));
      docs.add(doc);
    }
    return docs;
  }

  /** 64 bits of two differently seeded murmur3 hashes: collisions among a million companies are not a worry. */
  static long companyKey(String companyId) {
    BytesRef bytes = new BytesRef(companyId);
    int high = StringHelper.murmurhash3_x86_32(bytes, 0x9747b28c);
    int low = StringHelper.murmurhash3_x86_32(bytes, 0x5bd1e995);
    return ((long) high << 32) | (low & 0xffffffffL);
  }

  /** The indexed key of a task id; a hash, so a match on it is checked against the stored id. */
  static BytesRef taskKey(String taskId) {
    long key = companyKey(taskId);
    byte[] bytes = new byte[8];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (key >>> (56 - 8 * i));
    }
    return new BytesRef(bytes);
  }

  static int yearMonth(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  private static Document of(CompanyEntry company, TaskEntry task) {
    Document doc = new Document();
    doc.add(new StringField(COMPANY_ID, company.companyId(), Field.Store.YES));
    doc.add(new NumericDocValuesField(COMPANY_KEY, companyKey(company.companyId())));
    doc.add(new StoredField(TASK_ID, task.taskId()));
    doc.add(new StringField(TASK_KEY, taskKey(task.taskId()), Field.Store.NO));
    doc.add(new StoredField(COMPANY_NAME, company.name()));
    doc.add(new StoredField(MUNICIPALITY, company.municipalityCode()));
    GeoPoint at = company.location();
    doc.add(new LatLonPoint(LOCATION, at.lat(), at.lon()));
    doc.add(new LatLonDocValuesField(LOCATION, at.lat(), at.lon()));
    doc.add(new StoredField(TITLE, task.title()));
    String text = TextStatistics.text(task);
    doc.add(new Field(TEXT, text, TEXT_TYPE));
    doc.add(new Field(TEXT_PARTS, text, TEXT_TYPE));
    doc.add(new Field(TITLE_WORDS, task.title(), TITLE_TYPE));
    doc.add(new Field(TITLE_PARTS, task.title(), TITLE_TYPE));
    if (task.teamSize() != null) {
      doc.add(new IntField(TEAM_SIZE, task.teamSize(), Field.Store.NO));
    }
    doc.add(new StringField(OCCUPATION, task.occupationCode(), Field.Store.NO));
    doc.add(new NumericDocValuesField(OCCUPATION, occupationNumber(task.occupationCode())));
    if (task.occupationCode().length() == 4) {
      doc.add(new StringField(MINOR_GROUP, task.occupationCode().substring(0, 3), Field.Store.NO));
      String field = OccupationCodes.fieldId(task.occupationCode());
      if (field != null) {
        doc.add(new StringField(FIELD, field, Field.Store.NO));
      }
    }
    for (String demand : task.demands()) {
      doc.add(new StringField(DEMAND, demand, Field.Store.NO));
    }
    Set<String> offered = new LinkedHashSet<>(company.accommodationsOffered());
    offered.addAll(task.accommodationsOffered());
    for (String accommodation : offered) {
      doc.add(new StringField(OFFERED, accommodation, Field.Store.NO));
    }
    // Points and doc values in one field: a range filter that is not the query's lead clause is then
    // checked per candidate from doc values instead of materialising every match of the range.
    doc.add(new IntField(HOURS_MIN, task.weeklyHoursMin(), Field.Store.NO));
    doc.add(new NumericDocValuesField(HOURS, ((long) task.weeklyHoursMin() << 16) | task.weeklyHoursMax()));
    doc.add(new IntField(FREE_CAPACITY, task.freeCapacity(), Field.Store.NO));
    CompanyEntry.Availability availability = company.availability();
    LocalDate from = availability.availableFrom();
    long fromDay = from == null ? 0 : from.toEpochDay();
    doc.add(new LongField(AVAILABLE_FROM, fromDay, Field.Store.NO));
    YearMonth full = availability.fullInMonth();
    int fullMonth = full == null ? 0 : yearMonth(full);
    LocalDate asked = availability.contactLimitUntil();
    if (from != null || full != null || asked != null) {
      doc.add(new LatLonPoint(HELD_BACK_LOCATION, at.lat(), at.lon()));
    }
    doc.add(new IntField(FULL_MONTH, fullMonth, Field.Store.NO));
    doc.add(new LongField(CONTACT_LIMIT_UNTIL, asked == null ? 0 : asked.toEpochDay(), Field.Store.NO));
    doc.add(new NumericDocValuesField(FLAGS,
        company.openToOrdinaryHours().ordinal() | (task.eligibleForPaidHours() ? 4 : 0)));
    CompanyEntry.PaidHoursRecord record = company.paidHoursRecord();
    doc.add(new NumericDocValuesField(PAID_RECORD, ((long) record.placementsEnded() << 32) | record.withOrdinaryHours()));
    if (!task.schedule().isEmpty()) {
      doc.add(new StoredField(SCHEDULE, Schedules.format(task.schedule())));
      doc.add(new StringField(WORKING_TIMES, TIMES_KNOWN, Field.Store.NO));
      if (!Daytime.of(task.schedule()).outsideDaytime().isEmpty()) {
        doc.add(new StringField(WORKING_TIMES, TIMES_OUTSIDE_DAYTIME, Field.Store.NO));
      }
    }
    return doc;
  }

  private static long occupationNumber(String code) {
    try {
      return Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * What the rows a match shows need of their tasks. Only ids, names, title and times are stored;
   * the rest is read back from the doc values and postings the filters and scores use, which keeps
   * stored fields, the largest part of the index, small.
   */
  record StoredTask(
      String companyId, String taskId, String companyName, String municipalityCode,
      CompanyEntry.OrdinaryHoursStance openToOrdinaryHours, GeoPoint location, String title, String occupationCode,
      Set<String> demands, Set<String> offered, int hoursMin, int hoursMax, boolean eligibleForPaidHours,
      CompanyEntry.PaidHoursRecord paidHoursRecord, List<TimeSlot> schedule, Integer teamSize) {

    private static final Set<String> STORED = Set.of(COMPANY_ID, TASK_ID, COMPANY_NAME, MUNICIPALITY, TITLE, SCHEDULE);

    /** The tasks with these global doc ids, with the demands and accommodations the citizen's needs are judged on. */
    static Map<Integer, StoredTask> read(IndexSearcher searcher, Collection<Integer> docs, CitizenProfile citizen,
        Vocabulary vocabulary) throws IOException {
      return withNeeds(searcher, readWithoutNeeds(searcher, docs), citizen, vocabulary);
    }

    /**
     * The tasks with these global doc ids, demands and accommodations left empty: enough to group,
     * order and combine them. Only the rows shown need their needs judged ({@link #withNeeds}).
     */
    static Map<Integer, StoredTask> readWithoutNeeds(IndexSearcher searcher, Collection<Integer> docs)
        throws IOException {
      StoredFields stored = searcher.storedFields();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      Map<Integer, StoredTask> tasks = HashMap.newHashMap(docs.size());
      int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
      LeafReaderContext leaf = null;
      NumericDocValues codes = null;
      NumericDocValues hours = null;
      NumericDocValues flags = null;
      NumericDocValues records = null;
      SortedNumericDocValues location = null;
      SortedNumericDocValues teamSizes = null;
      for (int doc : sorted) {
        LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
        if (at != leaf) {
          // Documents in ascending order: one forward-only iterator per field and segment.
          leaf = at;
          codes = DocValues.getNumeric(leaf.reader(), OCCUPATION);
          hours = DocValues.getNumeric(leaf.reader(), HOURS);
          flags = DocValues.getNumeric(leaf.reader(), FLAGS);
          records = DocValues.getNumeric(leaf.reader(), PAID_RECORD);
          location = DocValues.getSortedNumeric(leaf.reader(), LOCATION);
          teamSizes = DocValues.getSortedNumeric(leaf.reader(), TEAM_SIZE);
        }
        int local = doc - leaf.docBase;
        Document d = stored.document(doc, STORED);
        long code = value(codes, local);
        long h = value(hours, local);
        long f = value(flags, local);
        long record = value(records, local);
        location.advanceExact(local);
        long encoded = location.nextValue();
        String schedule = d.get(SCHEDULE);
        Integer teamSize = teamSizes.advanceExact(local) ? (int) teamSizes.nextValue() : null;
        tasks.put(doc, new StoredTask(
            d.get(COMPANY_ID), d.get(TASK_ID), d.get(COMPANY_NAME), d.get(MUNICIPALITY),
            CompanyEntry.OrdinaryHoursStance.values()[(int) (f & 3)],
            new GeoPoint(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL))),
            d.get(TITLE), occupationCode(code),
            Set.of(), Set.of(),
            (int) (h >>> 16), (int) (h & 0xffff), (f & 4) != 0,
            new CompanyEntry.PaidHoursRecord((int) (record >>> 32), (int) (record & 0xffffffffL)),
            schedule == null ? List.of() : Schedules.parse(schedule), teamSize));
      }
      return tasks;
    }

    /**
     * The same tasks with those of their demands and accommodations that {@code citizen}'s needs and
     * wishes are judged on (read from the postings): a verdict looks at nothing else, and asking for only these
     * terms, not the whole vocabulary, is most of the saving.
     */
    static Map<Integer, StoredTask> withNeeds(IndexSearcher searcher, Map<Integer, StoredTask> tasks,
        CitizenProfile citizen, Vocabulary vocabulary) throws IOException {
      Set<String> conflicts = new HashSet<>();
      Set<String> accommodations = new HashSet<>();
      for (CitizenProfile.Need need : citizen.needs()) {
        vocabulary.need(need.code()).ifPresent(rule -> {
          conflicts.addAll(rule.conflicts());
          accommodations.addAll(rule.requires());
          accommodations.addAll(rule.neutralisedBy());
        });
      }
      for (String wish : citizen.wishes()) {
        vocabulary.wish(wish).ifPresent(rule -> {
          conflicts.addAll(rule.demands());
          accommodations.addAll(rule.offered());
        });
      }
      Map<Integer, Set<String>> demands = TermPresence.of(searcher, tasks.keySet(), DEMAND, conflicts);
      Map<Integer, Set<String>> offered = TermPresence.of(searcher, tasks.keySet(), OFFERED, accommodations);
      Map<Integer, StoredTask> complete = HashMap.newHashMap(tasks.size());
      tasks.forEach((doc, task) -> complete.put(doc, task.withNeeds(demands.getOrDefault(doc, Set.of()),
          offered.getOrDefault(doc, Set.of()))));
      return complete;
    }

    private StoredTask withNeeds(Set<String> demands, Set<String> offered) {
      return new StoredTask(companyId, taskId, companyName, municipalityCode, openToOrdinaryHours, location, title,
          occupationCode, demands, offered, hoursMin, hoursMax, eligibleForPaidHours, paidHoursRecord, schedule, teamSize);
    }

    /** What this task's slots say to a need that reads them. */
    WorkingTimes workingTimes() {
      return Daytime.of(schedule);
    }

    /** Four digits with leading zeros, as ISCO-08 codes are written (String.format costs more than the rest of the row). */
    private static String occupationCode(long code) {
      if (code < 0) {
        return String.format("%04d", code);
      }
      String digits = Long.toString(code);
      return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
      return values.advanceExact(doc) ? values.longValue() : 0;
    }
  }
}
