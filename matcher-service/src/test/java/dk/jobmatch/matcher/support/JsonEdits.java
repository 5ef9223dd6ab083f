package dk.jobmatch.matcher.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies that differ from a valid one in exactly one place, written from the API models so
 * a test reads as "this citizen, with a null as its second job goal" instead of a pasted JSON blob.
 * Serialises as a lenient client would: unset members left out, nothing checked.
 */
public final class JsonEdits {
  /** Serialises the API models the way a client would, leaving out unset members so raw bodies stay short. */
  public static final JsonMapper JSON = JsonMapper.builder()
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
      .build();
  /** Stands in for a member that JSON trees cannot hold twice; replaced in the text. */
  private static final String REPEATED = "__repeated_member__";

  private JsonEdits() {}

  public static String json(Object model) {
    return JSON.writeValueAsString(model);
  }

  /**
   * The JSON of {@code model} with the member at {@code pointer} (RFC 6901) set to {@code value}: a
   * member of an object (new or replaced), or an element of an array (appended past its end).
   * {@code value} is a {@link JsonNode} or anything Jackson writes, e.g. a number where a date belongs.
   */
  public static String jsonWith(Object model, String pointer, Object value) {
    JsonNode root = JSON.valueToTree(model);
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = root.at(path.head());
    JsonNode replacement = node(value);
    if (parent instanceof ObjectNode object) {
      object.set(path.last().getMatchingProperty(), replacement);
    } else if (parent instanceof ArrayNode array) {
      int index = path.last().getMatchingIndex();
      if (index < array.size()) {
        array.set(index, replacement);
      } else {
        array.add(replacement);
      }
    } else {
      throw new IllegalArgumentException(pointer + " does not lead into " + root);
    }
    return JSON.writeValueAsString(root);
  }

  /** The JSON of {@code model} with a {@code null} inserted into the array at {@code arrayPointer}, before {@code index}. */
  public static String jsonWithNullAt(Object model, String arrayPointer, int index) {
    JsonNode root = JSON.valueToTree(model);
    if (!(root.at(arrayPointer) instanceof ArrayNode array) || index > array.size()) {
      throw new IllegalArgumentException(arrayPointer + " is no array of at least " + index + " elements in " + root);
    }
    array.insertNull(index);
    return JSON.writeValueAsString(root);
  }

  /**
   * The JSON of {@code model} where the object at {@code objectPointer} carries its member
   * {@code name} a second time, with {@code value}: what no JSON tree can hold, only text.
   */
  public static String jsonWithRepeatedMember(Object model, String objectPointer, String name, Object value) {
    JsonNode root = JSON.valueToTree(model);
    if (!(root.at(objectPointer) instanceof ObjectNode object) || !object.has(name)) {
      throw new IllegalArgumentException(objectPointer + " has no member " + name + " in " + root);
    }
    object.set(REPEATED, node(value));
    return JSON.writeValueAsString(root).replace("\"" + REPEATED + "\"", "\"" + name + "\"");
  }

  private static JsonNode node(Object value) {
    return value instanceof JsonNode node ? node : value == null ? NullNode.getInstance() : JSON.valueToTree(value);
  }
}
