package dk.jobmatch.matcher.web;

import dk.jobmatch.matcher.reference.AcceptedDates;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Query and path parameters that are dates ({@code ?date=}, {@code ?asOf=}, {@code ?from=}) are read
 * by the same rule as dates in a body: {@link AcceptedDates}. Spring's ISO reader took
 * {@code -999999999-01-01}, and the figures' week arithmetic then overflowed into a 500.
 *
 * <p>Registered after Spring's own {@code @DateTimeFormat} parsers, so it is the one tried first
 * for every {@code String -> LocalDate} conversion of a request; an unreadable value becomes a
 * type mismatch, which the problem handler reports as 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebFluxConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
      @Override
      public LocalDate parse(String text, Locale locale) {
        return AcceptedDates.parse(text).orElseThrow(() -> new IllegalArgumentException("must be " + AcceptedDates.EXPECTED));
      }

      @Override
      public String print(LocalDate day, Locale locale) {
        return day.toString();
      }
    });
  }
}
