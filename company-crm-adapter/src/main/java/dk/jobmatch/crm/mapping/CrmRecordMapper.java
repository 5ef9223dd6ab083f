package dk.jobmatch.crm.mapping;

import dk.jobmatch.crm.mapping.CrmCompany.Contact;
import dk.jobmatch.crm.mapping.CrmCompany.Opening;
import dk.jobmatch.crm.mapping.MappingOutcome.Mapped;
import dk.jobmatch.crm.mapping.MappingOutcome.Removed;
import dk.jobmatch.crm.mapping.MappingOutcome.Unmappable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps one CRM record to a {@link CrmCompany} under a {@link FieldMapping}, or says why it cannot:
 * a missing id, version or name, a bad CVR number, an unknown municipality, a CRM code missing from
 * its code table, an opening without a valid occupation code or with impossible hours. A record is
 * mapped whole or not at all, so a company is never stored with half its openings.
 *
 * <pre>{@code
 * CrmRecordMapper mapper = new CrmRecordMapper(FieldMapping.feedDefaults(), referenceCodes);
 * switch (mapper.map(record)) {
 *   case Mapped m -> store(m.company());
 *   case Removed r -> deactivate(r.externalId());
 *   case Unmappable u -> quarantine(u.externalId(), u.reason());
 * }
 * }</pre>
 */
public final class CrmRecordMapper {
  private static final Pattern OCCUPATION = Pattern.compile("[0-9]{4}");
  private static final Pattern INDUSTRY = Pattern.compile("[0-9]{6}");
  private static final int MAX_HOURS = 37;

  private final FieldMapping mapping;
  private final ReferenceCodes codes;

  public CrmRecordMapper(FieldMapping mapping, ReferenceCodes codes) {
    this.mapping = mapping;
    this.codes = codes;
  }

  public MappingOutcome map(JsonNode record) {
    if (record == null || !record.isObject()) {
      return new Unmappable(null, "record is not a JSON object");
    }
    String externalId = text(record, CrmField.EXTERNAL_ID);
    if (externalId == null) {
      return new Unmappable(null, "missing external id (" + mapping.name(CrmField.EXTERNAL_ID) + ")");
    }
    if (removed(record)) {
      return new Removed(externalId);
    }
    try {
      return new Mapped(company(record, externalId));
    } catch (NotMappable e) {
      return new Unmappable(externalId, e.getMessage());
    }
  }

  /** The record's modification time as the CRM wrote it, or null. */
  public String changeTime(JsonNode record) {
    return record == null ? null : text(record, CrmField.MODIFIED);
  }

  private CrmCompany company(JsonNode r, String externalId) {
    String version = require(r, CrmField.VERSION, "version");
    String name = require(r, CrmField.NAME, "name");
    String cvr = text(r, CrmField.CVR);
    if (cvr == null) {
      throw new NotMappable("missing CVR number (" + mapping.name(CrmField.CVR) + ")");
    }
    cvr = cvr.replace(" ", "");
    if (!codes.validCvr(cvr)) {
      throw new NotMappable("bad CVR number '" + cvr + "': must be 8 digits with a valid modulus-11 check digit");
    }
    String municipality = coded(r, CrmField.MUNICIPALITY_CODE);
    if (municipality == null || !codes.knownMunicipality(municipality)) {
      throw new NotMappable("unknown municipality code '" + municipality + "' (" + mapping.name(CrmField.MUNICIPALITY_CODE) + ")");
    }
    String industry = coded(r, CrmField.INDUSTRY_CODE);
    if (industry != null && !INDUSTRY.matcher(industry).matches()) {
      throw new NotMappable("unknown industry code '" + industry + "': expected a six-digit DB07 code");
    }
    Double lat = number(r, CrmField.LATITUDE);
    Double lon = number(r, CrmField.LONGITUDE);
    if (lat != null && lon != null && (lat < 54 || lat > 58 || lon < 7 || lon > 16)) {
      throw new NotMappable("location " + lat + "," + lon + " is not in Denmark");
    }
    if (lat == null || lon == null) {
      lat = null;
      lon = null;
    }
    return new CrmCompany(externalId, version, active(r), cvr, name, text(r, CrmField.ADDRESS), municipality,
        lat, lon, industry, contacts(r), openings(r));
  }

  private List<Contact> contacts(JsonNode r) {
    List<Contact> out = new ArrayList<>();
    for (JsonNode c : collection(r, CrmField.CONTACTS)) {
      String name = text(c, CrmField.CONTACT_NAME);
      if (name != null) {
        out.add(new Contact(name, text(c, CrmField.CONTACT_ROLE), text(c, CrmField.CONTACT_EMAIL), text(c, CrmField.CONTACT_PHONE)));
      }
    }
    return out;
  }

  private List<Opening> openings(JsonNode r) {
    List<Opening> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode o : collection(r, CrmField.OPENINGS)) {
      String id = text(o, CrmField.OPENING_ID);
      String at = "opening " + (id == null ? "#" + (out.size() + 1) : id) + ": ";
      if (id == null || !ids.add(id)) {
        throw new NotMappable(at + (id == null ? "missing id" : "appears twice"));
      }
      String title = text(o, CrmField.OPENING_TITLE);
      if (title == null) {
        throw new NotMappable(at + "missing title");
      }
      String occupation = coded(o, CrmField.OPENING_OCCUPATION_CODE);
      if (occupation == null || !OCCUPATION.matcher(occupation).matches()) {
        throw new NotMappable(at + "unknown occupation code '" + occupation + "': expected a four-digit DISCO-08 code");
      }
      Double min = number(o, CrmField.OPENING_HOURS_MIN);
      Double max = number(o, CrmField.OPENING_HOURS_MAX);
      if (min == null || max == null || min < 0 || max < 1 || min > max || max > MAX_HOURS) {
        throw new NotMappable(at + "weekly hours " + min + "-" + max + " are not 0 <= min <= max <= " + MAX_HOURS);
      }
      Double capacity = number(o, CrmField.OPENING_CAPACITY);
      out.add(new Opening(id, title, text(o, CrmField.OPENING_DESCRIPTION), occupation,
          (int) Math.round(min), (int) Math.round(max), capacity == null || capacity < 1 ? 1 : (int) Math.round(capacity),
          "true".equalsIgnoreCase(text(o, CrmField.OPENING_PAID_HOURS))));
    }
    return out;
  }

  private boolean removed(JsonNode r) {
    JsonNode node = node(r, CrmField.REMOVED);
    if (node == null) {
      return false;
    }
    return !(node.isBoolean() && !node.booleanValue());
  }

  private boolean active(JsonNode r) {
    String value = text(r, CrmField.ACTIVE);
    return value == null || value.equalsIgnoreCase(mapping.activeValue());
  }

  /** A value translated through the field's code table when one is configured; unknown codes are refused. */
  private String coded(JsonNode r, CrmField field) {
    String value = text(r, field);
    Map<String, String> table = mapping.codeTables().get(field);
    if (value == null || table == null) {
      return value;
    }
    String ours = table.get(value);
    if (ours == null) {
      throw new NotMappable("unknown code '" + value + "' in " + mapping.name(field) + " (not in the code table for " + field.key() + ")");
    }
    return ours;
  }

  private String require(JsonNode r, CrmField field, String what) {
    String value = text(r, field);
    if (value == null) {
      throw new NotMappable("missing " + what + " (" + mapping.name(field) + ")");
    }
    return value;
  }

  private List<JsonNode> collection(JsonNode r, CrmField field) {
    JsonNode node = node(r, field);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new NotMappable(mapping.name(field) + " is not a list");
    }
    List<JsonNode> out = new ArrayList<>();
    node.values().forEach(out::add);
    return out;
  }

  private String text(JsonNode r, CrmField field) {
    JsonNode node = node(r, field);
    if (node == null || node.isContainer()) {
      return null;
    }
    String value = node.isString() ? node.stringValue() : node.toString();
    value = value == null ? null : value.strip();
    return value == null || value.isEmpty() ? null : value;
  }

  private Double number(JsonNode r, CrmField field) {
    JsonNode node = node(r, field);
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    String text = text(r, field);
    try {
      return text == null ? null : Double.valueOf(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new NotMappable(mapping.name(field) + " '" + text + "' is not a number");
    }
  }

  private JsonNode node(JsonNode r, CrmField field) {
    String name = mapping.name(field);
    if (name == null) {
      return null;
    }
    JsonNode node = name.contains(".") ? r.at("/" + name.replace('.', '/')) : r.get(name);
    return node == null || node.isMissingNode() || node.isNull() ? null : node;
  }

  /** Why a record cannot be mapped; caught in {@link #map}, never leaves this class. */
  private static final class NotMappable extends RuntimeException {
    NotMappable(String reason) {
      super(reason, null, false, false);
    }
  }
}
