package dk.jobmatch.matcher.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.FieldError;

/**
 * One offending field, as a JSON path such as {@code partialTasks[0].occupationCode}, with the code
 * of what is wrong, the English message for integrators and the arguments the Danish text of the
 * code takes (the minimum of {@code validation.min}, see {@link ProblemCode}).
 */
public record FieldViolation(String field, ProblemCode code, String message, List<Object> arguments) {
  /** A pattern of the contract that is a fixed number of digits: {@code ^[0-9]{8}$}. */
  private static final Pattern DIGITS = Pattern.compile("\\^?\\[0-9]\\{(\\d+)}\\$?");
  private static final String TIME_OF_DAY = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
  private static final String ISO_WEEK = "^[0-9]{4}-W[0-9]{2}$";

  public FieldViolation {
    Objects.requireNonNull(code, "every field error has a code");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  public FieldViolation(String field, ProblemCode code, String message, Object... arguments) {
    this(field, code, message, Arrays.asList(arguments));
  }

  /** A schema violation Spring's validator found in a request body, coded by its constraint. */
  public static FieldViolation of(FieldError error) {
    if (error.contains(ConstraintViolation.class)) {
      return of(error.getField(), error.unwrap(ConstraintViolation.class));
    }
    return new FieldViolation(error.getField(), "NotNull".equals(error.getCode()) ? ProblemCode.REQUIRED : ProblemCode.INVALID,
        error.getDefaultMessage());
  }

  /**
   * A bean-validation violation of {@code field}: the generated models carry the contract's
   * constraints as annotations, so the annotation and its attributes say which rule of the schema
   * was broken and with which bound.
   */
  public static FieldViolation of(String field, ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Map<String, Object> attributes = descriptor.getAttributes();
    Object value = violation.getInvalidValue();
    String message = violation.getMessage();
    return switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
      case "NotNull", "NotEmpty" -> new FieldViolation(field, ProblemCode.REQUIRED, message);
      case "NotBlank" -> new FieldViolation(field, ProblemCode.BLANK, message);
      case "Min", "DecimalMin", "Positive", "PositiveOrZero" ->
          new FieldViolation(field, ProblemCode.MIN, message, bound(attributes.get("value"), descriptor));
      case "Max", "DecimalMax", "Negative", "NegativeOrZero" ->
          new FieldViolation(field, ProblemCode.MAX, message, bound(attributes.get("value"), descriptor));
      case "Size" -> size(field, message, value, (Integer) attributes.get("min"), (Integer) attributes.get("max"));
      case "Pattern" -> pattern(field, message, String.valueOf(attributes.get("regexp")));
      case "Email" -> new FieldViolation(field, ProblemCode.EMAIL, message);
      default -> new FieldViolation(field, ProblemCode.INVALID, message);
    };
  }

  private static Object bound(Object value, ConstraintDescriptor<?> descriptor) {
    String name = descriptor.getAnnotation().annotationType().getSimpleName();
    if (name.startsWith("Positive") || name.startsWith("Negative")) {
      return name.endsWith("OrZero") ? 0 : name.startsWith("Positive") ? 1 : -1;
    }
    // DecimalMin keeps its bound as text ("54.5"); as a number the Danish text writes it 54,5.
    return value instanceof String text ? new BigDecimal(text) : value;
  }

  private static FieldViolation size(String field, String message, Object value, Integer min, Integer max) {
    int length = length(value);
    boolean text = value instanceof CharSequence;
    if (min != null && length < min) {
      return new FieldViolation(field, text ? ProblemCode.TOO_SHORT : ProblemCode.TOO_FEW, message, min);
    }
    return new FieldViolation(field, text ? ProblemCode.TOO_LONG : ProblemCode.TOO_MANY, message, max);
  }

  private static int length(Object value) {
    if (value instanceof CharSequence text) {
      return text.length();
    }
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    return value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
  }

  private static FieldViolation pattern(String field, String message, String regexp) {
    Matcher digits = DIGITS.matcher(regexp);
    if (digits.matches()) {
      return new FieldViolation(field, ProblemCode.DIGITS, message, Integer.parseInt(digits.group(1)));
    }
    if (regexp.equals(TIME_OF_DAY)) {
      return new FieldViolation(field, ProblemCode.TIME_OF_DAY, message);
    }
    if (regexp.equals(ISO_WEEK)) {
      return new FieldViolation(field, ProblemCode.ISO_WEEK, message);
    }
    return new FieldViolation(field, ProblemCode.PATTERN, message);
  }
}
