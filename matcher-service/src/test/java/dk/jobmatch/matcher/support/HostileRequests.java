package dk.jobmatch.matcher.support;

import dk.jobmatch.matcher.support.Contract.Operation;
import dk.jobmatch.matcher.support.Contract.Parameter;
import dk.jobmatch.matcher.support.Contract.Schema;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed and hostile versions of a request the service accepts, derived from the contract. For
 * one operation and its {@link Baseline} (a valid request), each {@link #next()} breaks the
 * contract in one place, so the break is the only reason to refuse it: a parameter of the wrong
 * type, out of range, not matching its pattern or format; a body member of the wrong JSON type,
 * null, missing, too long, out of range, an unknown enum value, a bad date, deeply nested, a null
 * inside an array; a repeated or unknown member; truncated JSON, bytes that are not UTF-8, a body
 * that is not an object; a content type other than JSON. Every choice comes from {@code random},
 * so a seed repeats a run exactly.
 *
 * <p>Only what the contract forbids is generated: a null or a missing member only where the schema
 * requires one (an optional member may be left out), odd text only where a pattern, format or
 * enumeration constrains it (free text may hold anything).
 */
public final class HostileRequests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Text that no pattern, format or enumeration of the contract takes. */
  private static final List<String> JUNK = List.of("ø☃𝄞", "\u202Eevil", "\u0000", "\uFFFF", "' OR 1=1 --",
      "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x}", "%00", " ");
  private static final List<String> BAD_DATES = List.of("0000-01-01", "9999-12-31", "-999999999-01-01", "2026-02-30",
      "1989-12-31", "2101-01-01", "10000-01-01", "yesterday", "2026-3-1", "01-03-2026", "");
  /** Stand-ins for what a JSON tree cannot hold, replaced in the serialised text. */
  private static final String DEEP = "@@deeply-nested@@";
  private static final String NOT_UTF8 = "@@not-utf-8@@";
  private static final String REPEATED = "@@repeated-member@@";

  private final Operation operation;
  private final Baseline baseline;
  private final Random random;

  /** A request the service accepts: path and query parameters, headers, and a body (null for none). */
  public record Baseline(Map<String, String> path, Map<String, String> query, Map<String, String> headers,
      JsonNode body) {}

  /** One request to send; {@code contentType} null sends none. */
  public record Request(String what, HttpMethod method, String pathAndQuery, Map<String, String> headers,
      String contentType, byte[] body) {
    @Override
    public String toString() {
      String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return what + ": " + method + " " + shorten(pathAndQuery) + (body == null ? "" : " " + shorten(shown));
    }
  }

  public HostileRequests(Operation operation, Baseline baseline, Random random) {
    this.operation = operation;
    this.baseline = baseline;
    this.random = random;
  }

  /** The valid request itself, unbroken. */
  public Request baseline() {
    return new Request("the valid request", operation.method(), pathAndQuery(baseline.path(), baseline.query()),
        baseline.headers(), baseline.body() == null ? null : "application/json", baselineBytes());
  }

  public Request next() {
    List<Supplier<Request>> kinds = new ArrayList<>();
    boolean hasParameters = operation.parameters().stream().anyMatch(p -> !badParameterValues(p).isEmpty());
    if (hasParameters) {
      kinds.add(this::badParameter);
    }
    if (operation.body() != null) {
      kinds.addAll(List.of(this::badMember, this::badMember, this::badMember, this::badStructure, this::badStructure,
          this::badContentType));
    }
    if (kinds.isEmpty()) {
      throw new IllegalStateException(operation + " takes nothing that can be broken");
    }
    return pick(kinds).get();
  }

  // ---- parameters ---------------------------------------------------------------------------------

  private Request badParameter() {
    Parameter parameter = pick(operation.parameters().stream().filter(p -> !badParameterValues(p).isEmpty()).toList());
    String value = pick(badParameterValues(parameter));
    Map<String, String> path = new LinkedHashMap<>(baseline.path());
    Map<String, String> query = new LinkedHashMap<>(baseline.query());
    Map<String, String> headers = new LinkedHashMap<>(baseline.headers());
    switch (parameter.in()) {
      case "path" -> path.put(parameter.name(), value);
      case "query" -> query.put(parameter.name(), value);
      default -> headers.put(parameter.name(), value);
    }
    return new Request(parameter.in() + " " + parameter.name() + " = " + shorten(value), operation.method(),
        pathAndQuery(path, query), headers, baseline.body() == null ? null : "application/json", baselineBytes());
  }

  private List<String> badParameterValues(Parameter parameter) {
    Schema schema = parameter.schema();
    List<String> values = new ArrayList<>();
    switch (schema.type()) {
      case "integer" -> {
        values.addAll(List.of("abc", "1.5", "99999999999999999999", "1e3"));
        if (schema.minimum() != null) {
          values.add(String.valueOf(schema.minimum().longValue() - 1));
        }
        if (schema.maximum() != null) {
          values.add(String.valueOf(schema.maximum().longValue() + 1));
        }
      }
      case "number" -> values.addAll(List.of("abc", "NaN-ish"));
      // Spring reads true/false/on/off/yes/no/1/0 as booleans, so only other words are wrong.
      case "boolean" -> values.addAll(List.of("maybe", "2", "truee"));
      case "string" -> values.addAll(badText(schema, parameter.required()));
      default -> { }
    }
    if (parameter.in().equals("header") && values.isEmpty()) {
      // A version the record never had: If-Match is compared, not parsed.
      values.addAll(List.of("\"999999\"", "W/\"-1\"", "garbage"));
    }
    // A URL of many kilobytes is the HTTP server's limit to enforce (the edge's business), not the contract's.
    values.removeIf(value -> value.length() > 2000);
    if (parameter.in().equals("path")) {
      // An empty segment changes the route, not the parameter. Encoded slashes, percent signs,
      // semicolons, backslashes and NULs are refused by the security firewall before any route is
      // chosen (a bare 400: the HTTP edge's business, not the contract's).
      values.removeIf(value -> value.isEmpty() || value.chars().anyMatch(HostileRequests::firewalled));
    } else if (!parameter.required()) {
      // Spring trims a parameter and reads one left blank as left out, which is valid when optional.
      values.removeIf(value -> value.trim().isEmpty());
    }
    return values;
  }

  private static boolean firewalled(int c) {
    return c == '/' || c == '%' || c == ';' || c == '\\' || c == 0;
  }

  /** Text that breaks {@code schema}'s enumeration, format, pattern or length; empty when it takes any text. */
  private static List<String> badText(Schema schema, boolean required) {
    List<String> values = new ArrayList<>();
    if (!schema.enumValues().isEmpty()) {
      values.add("NOT_A_VALUE");
      String lower = schema.enumValues().getFirst().toLowerCase();
      if (!schema.enumValues().contains(lower)) {
        values.add(lower);
      }
      values.addAll(JUNK);
    } else if ("uuid".equals(schema.format())) {
      values.addAll(List.of("not-a-uuid", "12345", "00000000-0000-0000-0000-00000000000g", "x".repeat(1000)));
      values.addAll(JUNK);
    } else if ("date".equals(schema.format())) {
      values.addAll(BAD_DATES);
    } else if ("date-time".equals(schema.format())) {
      values.addAll(List.of("yesterday", "2026-13-01T00:00:00Z"));
    } else if ("email".equals(schema.format())) {
      values.addAll(List.of("not an email", "@@"));
    } else if (schema.pattern() != null) {
      Pattern pattern = Pattern.compile(schema.pattern());
      List.of("x", "0", "!!", "X".repeat(300), "ø☃𝄞", "\u0000", "' OR 1=1 --").stream()
          .filter(text -> !pattern.matcher(text).find()).forEach(values::add);
    }
    if (schema.maxLength() != null) {
      values.add("x".repeat(schema.maxLength() + 1));
    }
    if (schema.minLength() != null && schema.minLength() > 0 && required) {
      values.add("");
    }
    // Optional parameters and members left empty read as left out, which is valid.
    if (!required) {
      values.removeIf(String::isEmpty);
    }
    return values;
  }

  // ---- body members -------------------------------------------------------------------------------

  /** A place in the body a value can go: present or not, required or not, an array element or a member. */
  private record Slot(String pointer, Schema schema, boolean present, boolean required, boolean element) {}

  /** One way to break a slot: a replacement value, or null to leave the member out. */
  private record Bad(String what, JsonNode value) {}

  private Request badMember() {
    List<Slot> slots = new ArrayList<>();
    collect(baseline.body(), operation.body(), "", slots);
    slots.removeIf(slot -> badValues(slot).isEmpty());
    if (slots.isEmpty()) {
      return badStructure();
    }
    Slot slot = pick(slots);
    Bad bad = pick(badValues(slot));
    JsonNode body = baseline.body().deepCopy();
    String parent = slot.pointer().substring(0, slot.pointer().lastIndexOf('/'));
    String last = slot.pointer().substring(slot.pointer().lastIndexOf('/') + 1);
    JsonNode container = parent.isEmpty() ? body : body.at(parent);
    if (container instanceof ObjectNode object) {
      if (bad.value() == null) {
        object.remove(last);
      } else {
        object.set(last, bad.value());
      }
    } else if (container instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), bad.value());
    }
    return bodyRequest(slot.pointer() + " " + bad.what(), text(body));
  }

  private void collect(JsonNode value, Schema schema, String pointer, List<Slot> slots) {
    if (schema == null || value == null) {
      return;
    }
    if (value instanceof ObjectNode object && schema.type().equals("object") && !schema.open()) {
      schema.properties().forEach((name, member) -> {
        if (member.readOnly()) {
          return; // ignored on input: whatever is sent there changes nothing
        }
        String at = pointer + "/" + name;
        boolean present = object.has(name) && !object.get(name).isNull();
        slots.add(new Slot(at, member, present, schema.required().contains(name), false));
        if (present) {
          collect(object.get(name), member, at, slots);
        }
      });
    } else if (value instanceof ArrayNode array && schema.type().equals("array")) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(pointer + "/" + i, schema.items(), true, true, true));
        collect(array.get(i), schema.items(), pointer + "/" + i, slots);
      }
    }
  }

  private List<Bad> badValues(Slot slot) {
    Schema schema = slot.schema();
    List<Bad> bad = new ArrayList<>();
    if (schema == null || schema.type().equals("any")) {
      return bad;
    }
    if (slot.required() && slot.present()) {
      bad.add(new Bad("as null", NODES.nullNode()));
      if (!slot.element()) {
        bad.add(new Bad("left out", null));
      }
    }
    switch (schema.type()) {
      case "string" -> {
        bad.addAll(List.of(new Bad("as a number", NODES.numberNode(123)), new Bad("as true", NODES.booleanNode(true)),
            new Bad("as an object", NODES.objectNode()), new Bad("as an array", NODES.arrayNode())));
        badText(schema, true).forEach(text -> bad.add(new Bad("as \"" + shorten(text) + "\"", NODES.stringNode(text))));
        if ("date".equals(schema.format())) {
          bad.add(new Bad("as the number 21", NODES.numberNode(21)));
          bad.add(new Bad("as [2026,3,1]", NODES.arrayNode().add(2026).add(3).add(1)));
        }
        if (schema.maxLength() != null && schema.maxLength() < 100_000) {
          bad.add(new Bad("as 200,000 characters", NODES.stringNode("x".repeat(200_000))));
        }
      }
      case "integer" -> {
        bad.addAll(List.of(new Bad("as text", NODES.stringNode("12")), new Bad("as 1.5", NODES.numberNode(1.5)),
            new Bad("as 3.0", NODES.numberNode(3.0)), new Bad("as true", NODES.booleanNode(true)),
            new Bad("as an object", NODES.objectNode()),
            new Bad("as 99999999999999999999", NODES.numberNode(new BigInteger("99999999999999999999"))),
            new Bad("as 2147483648", NODES.numberNode(2147483648L))));
        if (schema.minimum() != null) {
          bad.add(new Bad("below its minimum", NODES.numberNode(schema.minimum().longValue() - 1)));
          bad.add(new Bad("as " + Long.MIN_VALUE, NODES.numberNode(Long.MIN_VALUE)));
        }
        if (schema.maximum() != null) {
          bad.add(new Bad("above its maximum", NODES.numberNode(schema.maximum().longValue() + 1)));
        }
      }
      case "number" -> {
        bad.addAll(List.of(new Bad("as text", NODES.stringNode("55.5")), new Bad("as true", NODES.booleanNode(true)),
            new Bad("as an array", NODES.arrayNode())));
        if (schema.minimum() != null) {
          bad.add(new Bad("below its minimum", NODES.numberNode(schema.minimum().doubleValue() - 1)));
          bad.add(new Bad("as -1E+400", NODES.numberNode(new BigDecimal("-1E+400"))));
        }
        if (schema.maximum() != null) {
          bad.add(new Bad("above its maximum", NODES.numberNode(schema.maximum().doubleValue() + 1)));
          bad.add(new Bad("as 1E+400", NODES.numberNode(new BigDecimal("1E+400"))));
        }
      }
      case "boolean" -> bad.addAll(List.of(new Bad("as \"true\"", NODES.stringNode("true")),
          new Bad("as 1", NODES.numberNode(1)), new Bad("as an object", NODES.objectNode())));
      case "array" -> {
        bad.addAll(List.of(new Bad("as an object", NODES.objectNode()), new Bad("as text", NODES.stringNode("x")),
            new Bad("as a number", NODES.numberNode(1))));
        ArrayNode current = baseline.body().at(slot.pointer()) instanceof ArrayNode a ? a : NODES.arrayNode();
        ArrayNode withNull = current.deepCopy();
        withNull.insertNull(random.nextInt(current.size() + 1));
        bad.add(new Bad("with a null element", withNull));
        if (schema.minItems() != null && schema.minItems() > 0) {
          bad.add(new Bad("empty", NODES.arrayNode()));
        }
        if (schema.maxItems() != null && !schema.uniqueItems() && !current.isEmpty()) {
          ArrayNode tooMany = NODES.arrayNode();
          for (int i = 0; i <= schema.maxItems(); i++) {
            tooMany.add(current.get(0).deepCopy());
          }
          bad.add(new Bad("with " + tooMany.size() + " elements", tooMany));
        }
      }
      case "object" -> {
        bad.addAll(List.of(new Bad("as an array", NODES.arrayNode()), new Bad("as text", NODES.stringNode("x")),
            new Bad("as a number", NODES.numberNode(1))));
        if (!schema.open()) {
          bad.add(new Bad("with an unknown member", NODES.objectNode().put("cpr", "0101901234")));
        }
      }
      default -> { }
    }
    bad.add(new Bad("nested 3,000 arrays deep", NODES.stringNode(DEEP)));
    return bad;
  }

  // ---- the body as a whole ------------------------------------------------------------------------

  private Request badStructure() {
    String valid = text(baseline.body());
    List<Supplier<Request>> kinds = new ArrayList<>(List.of(
        () -> {
          int cut = 1 + random.nextInt(valid.length() - 1);
          return bodyRequest("truncated after " + cut + " characters", valid.substring(0, cut));
        },
        () -> {
          List<String> wholes = new ArrayList<>(List.of("[]", "42", "\"text\"", "true", "{", "}", "{}{}",
              valid + valid, "<company/>", "{\"a\":1,}", "{'name':'x'}"));
          if (operation.bodyRequired()) {
            wholes.addAll(List.of("null", ""));
          }
          if (!operation.body().required().isEmpty()) {
            wholes.add("{}");
          }
          String whole = pick(wholes);
          return bodyRequest("the whole body as " + shorten(whole), whole);
        },
        this::repeatedMember,
        this::unknownMember,
        this::notUtf8));
    return pick(kinds).get();
  }

  private Request repeatedMember() {
    List<ObjectNode> objects = new ArrayList<>();
    JsonNode body = baseline.body().deepCopy();
    collectObjects(body, objects);
    objects.removeIf(object -> object.isEmpty());
    if (objects.isEmpty()) {
      return bodyRequest("the whole body as {}{}", "{}{}");
    }
    ObjectNode object = pick(objects);
    List<String> names = new ArrayList<>(object.propertyNames());
    String name = pick(names);
    object.set(REPEATED, object.get(name).deepCopy());
    return bodyRequest("member " + name + " given twice", text(body).replace("\"" + REPEATED + "\"", "\"" + name + "\""));
  }

  private Request unknownMember() {
    List<ObjectNode> objects = new ArrayList<>();
    JsonNode body = baseline.body().deepCopy();
    collectClosedObjects(body, operation.body(), objects);
    if (objects.isEmpty()) {
      return repeatedMember();
    }
    String name = pick(List.of("cpr", "colour", "ø☃𝄞", "__proto__", "$where", ""));
    pick(objects).put(name, "x");
    return bodyRequest("unknown member \"" + name + "\"", text(body));
  }

  private Request notUtf8() {
    JsonNode body = baseline.body().deepCopy();
    List<ObjectNode> withText = new ArrayList<>();
    collectObjects(body, withText);
    withText.removeIf(object -> object.properties().stream().noneMatch(e -> e.getValue().isString()));
    byte[] bytes;
    if (withText.isEmpty()) {
      bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text(body).getBytes(StandardCharsets.UTF_8));
    } else {
      ObjectNode object = pick(withText);
      String name = pick(object.properties().stream().filter(e -> e.getValue().isString()).map(Map.Entry::getKey).toList());
      object.put(name, NOT_UTF8);
      String[] around = text(body).split(Pattern.quote(NOT_UTF8), 2);
      bytes = concat(concat(around[0].getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28}),
          around[1].getBytes(StandardCharsets.UTF_8));
    }
    return new Request("bytes that are not UTF-8", operation.method(), pathAndQuery(baseline.path(), baseline.query()),
        baseline.headers(), "application/json", bytes);
  }

  private Request badContentType() {
    String type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json-patch+json", "none"));
    return new Request("sent as " + type, operation.method(), pathAndQuery(baseline.path(), baseline.query()),
        baseline.headers(), type.equals("none") ? null : type, baselineBytes());
  }

  // ---- helpers --------------------------------------------------------------------------------------

  private Request bodyRequest(String what, String body) {
    return new Request(what, operation.method(), pathAndQuery(baseline.path(), baseline.query()), baseline.headers(),
        "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] baselineBytes() {
    return baseline.body() == null ? null : text(baseline.body()).getBytes(StandardCharsets.UTF_8);
  }

  private String pathAndQuery(Map<String, String> path, Map<String, String> query) {
    String uri = operation.path();
    for (Map.Entry<String, String> p : path.entrySet()) {
      uri = uri.replace("{" + p.getKey() + "}", UriUtils.encode(p.getValue(), StandardCharsets.UTF_8));
    }
    StringBuilder withQuery = new StringBuilder(uri);
    char separator = '?';
    for (Map.Entry<String, String> q : query.entrySet()) {
      withQuery.append(separator).append(UriUtils.encode(q.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(UriUtils.encode(q.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return withQuery.toString();
  }

  /** The body as JSON text, with the deep-nesting stand-in written out (no JSON tree that deep can be written). */
  private static String text(JsonNode body) {
    String text = JsonEdits.JSON.writeValueAsString(body);
    return text.replace("\"" + DEEP + "\"", "[".repeat(3000) + "]".repeat(3000));
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    node.values().forEach(child -> collectObjects(child, objects));
  }

  /** Objects whose schema names every member it takes: an unknown member there breaks the contract. */
  private static void collectClosedObjects(JsonNode node, Schema schema, List<ObjectNode> objects) {
    if (schema == null) {
      return;
    }
    if (node instanceof ObjectNode object && schema.type().equals("object") && !schema.open()) {
      objects.add(object);
      schema.properties().forEach((name, member) -> {
        if (object.has(name)) {
          collectClosedObjects(object.get(name), member, objects);
        }
      });
    } else if (node instanceof ArrayNode array && schema.type().equals("array")) {
      array.forEach(element -> collectClosedObjects(element, schema.items(), objects));
    }
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  private static String shorten(String text) {
    String printable = text.replace("\n", " ");
    return printable.length() <= 160 ? printable : printable.substring(0, 160) + "… (" + printable.length() + " chars)";
  }
}
