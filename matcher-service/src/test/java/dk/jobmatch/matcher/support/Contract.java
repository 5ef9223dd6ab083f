package dk.jobmatch.matcher.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.yaml.snakeyaml.Yaml;

/**
 * The service's OpenAPI contract ({@code openapi.yaml}, the file the service serves) read as data:
 * its operations with their parameters and request body schemas, {@code $ref}s followed and
 * {@code allOf}s merged. Lets a test cover every operation the contract names, including ones added
 * after the test was written.
 */
public final class Contract {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private final Map<String, Object> root;

  private Contract(Map<String, Object> root) {
    this.root = root;
  }

  public static Contract load() {
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is not on the test class path");
      }
      return new Contract(new Yaml().load(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An operation: {@code bodySchema} is the name of the request body's schema, or null without a body. */
  public record Operation(String id, HttpMethod method, String path, List<Parameter> parameters, Schema body,
      String bodySchema, boolean bodyRequired) {
    public boolean takesInput() {
      return body != null || !parameters.isEmpty();
    }

    @Override
    public String toString() {
      return id + " (" + method + " " + path + ")";
    }
  }

  /** A parameter: {@code in} is path, query or header. */
  public record Parameter(String name, String in, boolean required, Schema schema) {}

  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    map(root.get("paths")).forEach((path, item) -> {
      Map<String, Object> pathItem = map(item);
      List<Object> shared = list(pathItem.get("parameters"));
      pathItem.forEach((method, value) -> {
        if (!METHODS.contains(method)) {
          return;
        }
        Map<String, Object> operation = map(value);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Object p : concat(shared, list(operation.get("parameters")))) {
          Map<String, Object> parameter = resolve(p);
          String name = (String) parameter.get("name");
          String in = (String) parameter.get("in");
          parameters.put(in + ":" + name, new Parameter(name, in, Boolean.TRUE.equals(parameter.get("required")),
              schema(parameter.get("schema"))));
        }
        Schema body = null;
        String bodySchema = null;
        boolean bodyRequired = false;
        if (operation.get("requestBody") instanceof Map<?, ?> requestBody) {
          Object raw = map(map(map(requestBody.get("content")).get("application/json")).get("schema"));
          body = schema(raw);
          bodySchema = refName(raw);
          bodyRequired = Boolean.TRUE.equals(requestBody.get("required"));
        }
        operations.add(new Operation((String) operation.get("operationId"), HttpMethod.valueOf(method.toUpperCase()),
            path, List.copyOf(parameters.values()), body, bodySchema, bodyRequired));
      });
    });
    return operations;
  }

  /** A schema with its {@code $ref} followed and {@code allOf} merged; what a JSON value there must be. */
  public final class Schema {
    private final Map<String, Object> node;

    private Schema(Map<String, Object> node) {
      this.node = node;
    }

    public String type() {
      if (node.get("type") instanceof String type) {
        return type;
      }
      return node.containsKey("properties") ? "object" : node.containsKey("enum") ? "string" : "any";
    }

    public String format() {
      return (String) node.get("format");
    }

    public String pattern() {
      return (String) node.get("pattern");
    }

    public List<String> enumValues() {
      return list(node.get("enum")).stream().map(String::valueOf).toList();
    }

    public Integer minLength() {
      return integer("minLength");
    }

    public Integer maxLength() {
      return integer("maxLength");
    }

    public Integer minItems() {
      return integer("minItems");
    }

    public Integer maxItems() {
      return integer("maxItems");
    }

    public Number minimum() {
      return (Number) node.get("minimum");
    }

    public Number maximum() {
      return (Number) node.get("maximum");
    }

    public boolean uniqueItems() {
      return Boolean.TRUE.equals(node.get("uniqueItems"));
    }

    public boolean readOnly() {
      return Boolean.TRUE.equals(node.get("readOnly"));
    }

    /** An object that takes members the schema does not name ({@code additionalProperties: true}). */
    public boolean open() {
      return Boolean.TRUE.equals(node.get("additionalProperties")) || node.get("additionalProperties") instanceof Map;
    }

    public Schema items() {
      return node.containsKey("items") ? schema(node.get("items")) : null;
    }

    public Map<String, Schema> properties() {
      Map<String, Schema> properties = new LinkedHashMap<>();
      map(node.get("properties")).forEach((name, value) -> properties.put(name, schema(value)));
      return properties;
    }

    public Set<String> required() {
      Set<String> required = new LinkedHashSet<>();
      list(node.get("required")).forEach(name -> required.add((String) name));
      return required;
    }

    public Object example() {
      return node.get("example");
    }

    private Integer integer(String key) {
      return node.get(key) instanceof Number n ? n.intValue() : null;
    }
  }

  private Schema schema(Object raw) {
    return raw == null ? null : new Schema(merged(resolve(raw)));
  }

  /** {@code allOf} as one schema: members and required names of every part together. */
  private Map<String, Object> merged(Map<String, Object> schema) {
    if (!(schema.get("allOf") instanceof List<?> parts)) {
      return schema;
    }
    Map<String, Object> merged = new LinkedHashMap<>(schema);
    merged.remove("allOf");
    Map<String, Object> properties = new LinkedHashMap<>(map(schema.get("properties")));
    Set<Object> required = new LinkedHashSet<>(list(schema.get("required")));
    for (Object part : parts) {
      Map<String, Object> resolved = merged(resolve(part));
      properties.putAll(map(resolved.get("properties")));
      required.addAll(list(resolved.get("required")));
      resolved.forEach(merged::putIfAbsent);
    }
    merged.put("type", "object");
    merged.put("properties", properties);
    merged.put("required", new ArrayList<>(required));
    return merged;
  }

  private Map<String, Object> resolve(Object raw) {
    Map<String, Object> node = map(raw);
    while (node.get("$ref") instanceof String ref) {
      Map<String, Object> target = root;
      for (String part : ref.substring(2).split("/")) {
        target = map(target.get(part));
      }
      node = target;
    }
    return node;
  }

  private static String refName(Object raw) {
    return map(raw).get("$ref") instanceof String ref ? ref.substring(ref.lastIndexOf('/') + 1) : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }

  private static List<Object> concat(List<Object> first, List<Object> second) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
