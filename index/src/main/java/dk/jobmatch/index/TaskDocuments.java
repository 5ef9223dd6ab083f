package dk.jobmatch.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/**
 * Maps a company's partial tasks to Lucene documents, one document per task with the company's
 * fields copied in. Denormalising keeps every hard filter a single-document check (no joins): a
 * query never has to look at a second document to know whether a task passes.
 */
final class TaskDocuments {
  static final String COMPANY_ID = "company_id";
  static final String TASK_ID = "task_id";
  static final String COMPANY_NAME = "company_name";
  static final String MUNICIPALITY = "municipality";
  static final String ORDINARY_HOURS = "ordinary_hours";
  static final String LOCATION = "location";
  static final String LAT = "lat";
  static final String LON = "lon";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  /** Title and description, Danish-analysed: what goal titles and CV skills are matched against. */
  static final String TEXT = "text";
  static final String SKILLS = "skills";
  static final String OCCUPATION = "occupation";
  /** First three digits of the ISCO-08 code: the minor group. */
  static final String MINOR_GROUP = "minor_group";
  static final String DEMAND = "demand";
  /** Accommodations offered by the task or its company: a company-wide offer counts for every task. */
  static final String OFFERED = "offered";
  static final String HOURS_MIN = "hours_min";
  static final String HOURS_MAX = "hours_max";
  static final String FREE_CAPACITY = "free_capacity";
  /** Epoch day until which the company takes no new placements; {@link Long#MIN_VALUE} when not paused. */
  static final String PAUSED_UNTIL = "paused_until";
  static final String PAID_ELIGIBLE = "paid_eligible";

  private TaskDocuments() {}

  static List<Document> of(CompanyEntry company) {
    List<Document> docs = new ArrayList<>(company.tasks().size());
    for (TaskEntry task : company.tasks()) {
      docs.add(of(company, task));
    }
    return docs;
  }

  private static Document of(CompanyEntry company, TaskEntry task) {
    Document doc = new Document();
    doc.add(new StringField(COMPANY_ID, company.companyId(), Field.Store.YES));
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
    doc.add(new StoredField(DESCRIPTION, task.description()));
    doc.add(new TextField(TEXT, task.title() + "\n" + task.description(), Field.Store.NO));
    for (String skill : task.skills()) {
      doc.add(new TextField(SKILLS, skill, Field.Store.YES));
    }
    doc.add(new StringField(OCCUPATION, task.occupationCode(), Field.Store.YES));
    doc.add(new StringField(MINOR_GROUP, task.occupationCode().substring(0, 3), Field.Store.NO));
    for (String demand : task.demands()) {
      doc.add(new StringField(DEMAND, demand, Field.Store.YES));
    }
    Set<String> offered = new LinkedHashSet<>(company.accommodationsOffered());
    offered.addAll(task.accommodationsOffered());
    for (String accommodation : offered) {
      doc.add(new StringField(OFFERED, accommodation, Field.Store.YES));
    }
    doc.add(new IntPoint(HOURS_MIN, task.weeklyHoursMin()));
    doc.add(new StoredField(HOURS_MIN, task.weeklyHoursMin()));
    doc.add(new StoredField(HOURS_MAX, task.weeklyHoursMax()));
    doc.add(new IntPoint(FREE_CAPACITY, task.freeCapacity()));
    LocalDate paused = company.pausedUntil();
    doc.add(new LongPoint(PAUSED_UNTIL, paused == null ? Long.MIN_VALUE : paused.toEpochDay()));
    doc.add(new StoredField(PAID_ELIGIBLE, task.eligibleForPaidHours() ? 1 : 0));
    return doc;
  }

  /** The stored part of a task document, read back for the rows that made the list. */
  record StoredTask(
      String companyId, String taskId, String companyName, String municipalityCode,
      CompanyEntry.OrdinaryHoursStance openToOrdinaryHours, GeoPoint location, String title, String description,
      List<String> skills, String occupationCode, Set<String> demands, Set<String> offered,
      int hoursMin, int hoursMax, boolean eligibleForPaidHours) {

    static StoredTask from(Document doc) {
      return new StoredTask(
          doc.get(COMPANY_ID), doc.get(TASK_ID), doc.get(COMPANY_NAME), doc.get(MUNICIPALITY),
          CompanyEntry.OrdinaryHoursStance.valueOf(doc.get(ORDINARY_HOURS)),
          new GeoPoint(doc.getField(LAT).numericValue().doubleValue(), doc.getField(LON).numericValue().doubleValue()),
          doc.get(TITLE), doc.get(DESCRIPTION), List.of(doc.getValues(SKILLS)), doc.get(OCCUPATION),
          values(doc, DEMAND), values(doc, OFFERED),
          doc.getField(HOURS_MIN).numericValue().intValue(), doc.getField(HOURS_MAX).numericValue().intValue(),
          doc.getField(PAID_ELIGIBLE).numericValue().intValue() == 1);
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
