package dk.jobmatch.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
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
  static final String TASK_ID = "task_id";
  static final String COMPANY_NAME = "company_name";
  static final String MUNICIPALITY = "municipality";
  /** Stored: YES/NO/UNKNOWN. Doc values ({@link #FLAGS}) carry the same for scoring. */
  static final String ORDINARY_HOURS = "ordinary_hours";
  static final String LOCATION = "location";
  static final String LAT = "lat";
  static final String LON = "lon";
  static final String TITLE = "title";
  /** Title, description and skills, Danish-analysed: what goal titles, CV skills and development goals are matched against. */
  static final String TEXT = "text";
  /** Exact code as a term (for filters), and as a number in doc values (for scoring in one pass). */
  static final String OCCUPATION = "occupation";
  /** First three digits of the ISCO-08 code: the minor group. */
  static final String MINOR_GROUP = "minor_group";
  static final String DEMAND = "demand";
  /** Accommodations offered by the task or its company: a company-wide offer counts for every task. */
  static final String OFFERED = "offered";
  static final String HOURS_MIN = "hours_min";
  static final String HOURS_MAX = "hours_max";
  /** Doc values: weekly hours min in the high 16 bits, max in the low 16. */
  static final String HOURS = "hours";
  static final String FREE_CAPACITY = "free_capacity";
  /** Epoch day from which the company takes new placements again; 0 (1970) when always, which also compresses well. */
  static final String AVAILABLE_FROM = "available_from";
  /** yyyymm of the month in which the company has reached its monthly limit of new placements; 0 when not. */
  static final String FULL_MONTH = "full_month";
  static final String PAID_ELIGIBLE = "paid_eligible";
  /** Doc values: ordinary-hours stance ordinal in bits 0-1, eligible for paid hours in bit 2. */
  static final String FLAGS = "flags";
  /** Doc values: ended placements in the high 32 bits, those with ordinary hours in the low 32. */
  static final String PAID_RECORD = "paid_record";
  static final String SCHEDULE = "schedule";

  private TaskDocuments() {}

  static List<Document> of(CompanyEntry company) {
    List<Document> docs = new ArrayList<>(company.tasks().size());
    for (TaskEntry task : company.tasks()) {
      docs.add(of(company, task));
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

  static int yearMonth(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }

  private static Document of(CompanyEntry company, TaskEntry task) {
    Document doc = new Document();
    doc.add(new StringField(COMPANY_ID, company.companyId(), Field.Store.YES));
    doc.add(new NumericDocValuesField(COMPANY_KEY, companyKey(company.companyId())));
    doc.add(new StringField(TASK_ID, task.taskId(), Field.Store.YES));
    doc.add(new StoredField(COMPANY_NAME, company.name()));
    doc.add(new StoredField(MUNICIPALITY, company.municipalityCode()));
    doc.add(new StoredField(ORDINARY_HOURS, company.openToOrdinaryHours().name()));
    GeoPoint at = company.location();
    doc.add(new LatLonPoint(LOCATION, at.lat(), at.lon()));
    doc.add(new LatLonDocValuesField(LOCATION, at.lat(), at.lon()));
    doc.add(new StoredField(LAT, at.lat()));
    doc.add(new StoredField(LON, at.lon()));
    doc.add(new StoredField(TITLE, task.title()));
    doc.add(new TextField(TEXT, String.join("\n", task.title(), task.description(), String.join("\n", task.skills())),
        Field.Store.NO));
    doc.add(new StringField(OCCUPATION, task.occupationCode(), Field.Store.YES));
    doc.add(new NumericDocValuesField(OCCUPATION, occupationNumber(task.occupationCode())));
    if (task.occupationCode().length() == 4) {
      doc.add(new StringField(MINOR_GROUP, task.occupationCode().substring(0, 3), Field.Store.NO));
    }
    for (String demand : task.demands()) {
      doc.add(new StringField(DEMAND, demand, Field.Store.YES));
    }
    Set<String> offered = new LinkedHashSet<>(company.accommodationsOffered());
    offered.addAll(task.accommodationsOffered());
    for (String accommodation : offered) {
      doc.add(new StringField(OFFERED, accommodation, Field.Store.YES));
    }
    // Points and doc values in one field: a range filter that is not the query's lead clause is then
    // checked per candidate from doc values instead of materialising every match of the range.
    doc.add(new IntField(HOURS_MIN, task.weeklyHoursMin(), Field.Store.YES));
    doc.add(new StoredField(HOURS_MAX, task.weeklyHoursMax()));
    doc.add(new NumericDocValuesField(HOURS, ((long) task.weeklyHoursMin() << 16) | task.weeklyHoursMax()));
    doc.add(new IntField(FREE_CAPACITY, task.freeCapacity(), Field.Store.NO));
    CompanyEntry.Availability availability = company.availability();
    LocalDate from = availability.availableFrom();
    long fromDay = from == null ? 0 : from.toEpochDay();
    doc.add(new LongField(AVAILABLE_FROM, fromDay, Field.Store.NO));
    YearMonth full = availability.fullInMonth();
    int fullMonth = full == null ? 0 : yearMonth(full);
    doc.add(new IntField(FULL_MONTH, fullMonth, Field.Store.NO));
    doc.add(new StoredField(PAID_ELIGIBLE, task.eligibleForPaidHours() ? 1 : 0));
    doc.add(new NumericDocValuesField(FLAGS,
        company.openToOrdinaryHours().ordinal() | (task.eligibleForPaidHours() ? 4 : 0)));
    CompanyEntry.PaidHoursRecord record = company.paidHoursRecord();
    doc.add(new NumericDocValuesField(PAID_RECORD, ((long) record.placementsEnded() << 32) | record.withOrdinaryHours()));
    doc.add(new StoredField(PAID_RECORD, record.placementsEnded() + "/" + record.withOrdinaryHours()));
    if (!task.schedule().isEmpty()) {
      doc.add(new StoredField(SCHEDULE, Schedules.format(task.schedule())));
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

  /** The stored part of a task document, read back for the rows that made the list. */
  record StoredTask(
      String companyId, String taskId, String companyName, String municipalityCode,
      CompanyEntry.OrdinaryHoursStance openToOrdinaryHours, GeoPoint location, String title, String occupationCode, Set<String> demands, Set<String> offered,
      int hoursMin, int hoursMax, boolean eligibleForPaidHours, CompanyEntry.PaidHoursRecord paidHoursRecord,
      List<TimeSlot> schedule) {

    static StoredTask from(Document doc) {
      String[] record = doc.get(PAID_RECORD).split("/");
      String schedule = doc.get(SCHEDULE);
      return new StoredTask(
          doc.get(COMPANY_ID), doc.get(TASK_ID), doc.get(COMPANY_NAME), doc.get(MUNICIPALITY),
          CompanyEntry.OrdinaryHoursStance.valueOf(doc.get(ORDINARY_HOURS)),
          new GeoPoint(doc.getField(LAT).numericValue().doubleValue(), doc.getField(LON).numericValue().doubleValue()),
          doc.get(TITLE), doc.get(OCCUPATION),
          values(doc, DEMAND), values(doc, OFFERED),
          doc.getField(HOURS_MIN).numericValue().intValue(), doc.getField(HOURS_MAX).numericValue().intValue(),
          doc.getField(PAID_ELIGIBLE).numericValue().intValue() == 1,
          new CompanyEntry.PaidHoursRecord(Integer.parseInt(record[0]), Integer.parseInt(record[1])),
          schedule == null ? List.of() : Schedules.parse(schedule));
    }

    private static Set<String> values(Document doc, String field) {
      Set<String> values = new LinkedHashSet<>();
      for (IndexableField f : doc.getFields(field)) {
        values.add(f.stringValue());
      }
      return values;
    }
  }
}
