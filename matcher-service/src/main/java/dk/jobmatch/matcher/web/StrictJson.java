package dk.jobmatch.matcher.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dk.jobmatch.matcher.reference.AcceptedDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as the contract writes them, with no guessing: a JSON value of the wrong
 * type is a 400 naming the field, never quietly converted. Jackson's defaults are lenient in ways
 * that store something the caller did not mean: {@code "name": 123} became the text "123",
 * {@code "startDate": 21} became 1970-01-22, {@code "ordinaryHoursRaised": "false"} became false,
 * {@code 10.9} hours became 10, a repeated key silently kept its last value, and a {@code null}
 * inside an array reached the mapping code as a null element (a 500). Every one of these is refused
 * here, in the one mapper the WebFlux codecs use, so every body of every operation gets the same rules.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {
  /**
   * The collection types the generated API models declare ({@code List}, and {@code Set} read as
   * {@code LinkedHashSet} for {@code uniqueItems}). Jackson looks these overrides up by the
   * property's exact declared type, so a new collection type in the models needs adding here;
   * {@code HostileInputIT} puts a null into every array of every request body the contract names
   * and fails when one gets through.
   */
  private static final List<Class<?>> MODEL_COLLECTIONS = List.of(List.class, Set.class, LinkedHashSet.class);

  @Bean
  JsonMapperBuilderCustomizer strictRequestBodies() {
    return builder -> {
      builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
      // A null element is a hole in a list, not a value: refused with the element's index.
      MODEL_COLLECTIONS.forEach(type -> builder.withConfigOverride(type,
          override -> override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL))));
      builder.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.Boolean));
      builder.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
          CoercionInputShape.Float, CoercionInputShape.Boolean));
      // An integer is a fine double (lat 55 is 55.0); text is not.
      builder.withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
          CoercionInputShape.Boolean));
      builder.withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
          CoercionInputShape.Integer, CoercionInputShape.Float));
      builder.withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.EmptyString));
      // UUIDs: "" is no id (Jackson would read it as null, as if the member were left out).
      builder.withCoercionConfig(LogicalType.OtherScalar, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.EmptyString));
      builder.addModule(new SimpleModule("accepted-dates").addDeserializer(LocalDate.class, new AcceptedDateDeserializer())
          .addDeserializer(OffsetDateTime.class, new TextDateTimeDeserializer()));
    };
  }

  private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
    return config -> {
      for (CoercionInputShape shape : shapes) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    };
  }

  /**
   * A date-time is a JSON string, read as Jackson reads one. Jackson's own reader also takes a
   * number as seconds since 1970, so {@code "at": 1774000000} passed as a contact's time; coercion
   * settings do not reach the java.time readers, hence a reader of our own in front of Jackson's.
   */
  private static final class TextDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
    TextDateTimeDeserializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
      }
      return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
    }
  }

  /**
   * A date is a JSON string inside {@link AcceptedDates}; Jackson's own reader also takes epoch
   * days as numbers, {@code [2026,3,1]} arrays, {@code ""} as null and years from -999999999.
   */
  private static final class AcceptedDateDeserializer extends StdScalarDeserializer<LocalDate> {
    AcceptedDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
      }
      String text = parser.getString();
      return AcceptedDates.parse(text).orElseGet(() ->
          (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "must be " + AcceptedDates.EXPECTED));
    }
  }
}
