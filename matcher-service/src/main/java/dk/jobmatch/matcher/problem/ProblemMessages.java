package dk.jobmatch.matcher.problem;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Danish texts of the problem codes, for the consultant: {@code messages_da.properties} on the
 * class path, one message per {@link ProblemCode} under its code, in words a consultant uses (no
 * field paths, no HTTP). A request that prefers Danish ({@code Accept-Language: da} or
 * {@code da-DK}) gets these as {@code detail} and as each {@code errors[].message}; any other keeps
 * the English texts integrators have always had.
 *
 * <p>Its own message source rather than the application's: the bean-validation messages Spring
 * interpolates through the application's must stay English for integrators.
 */
public final class ProblemMessages {
  private static final Logger log = LoggerFactory.getLogger(ProblemMessages.class);
  public static final Locale DANISH = Locale.of("da");
  /** The detail of a problem with more than one field at fault; {0} is how many. */
  static final String SEVERAL_FIELDS = "problem.several-fields";

  private static final ResourceBundleMessageSource CATALOGUE = catalogue();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

  private ProblemMessages() {}

  private static ResourceBundleMessageSource catalogue() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // Danish or nothing: a missing text must fall back to the English detail, not to another language.
    source.setFallbackToSystemLocale(false);
    // Every text is a MessageFormat pattern, with or without arguments, so quoting is the same in all.
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  /** Whether {@code locale} (the request's, from Accept-Language) asks for the consultant's Danish. */
  public static boolean wantsDanish(Locale locale) {
    return locale != null && DANISH.getLanguage().equals(locale.getLanguage());
  }

  /**
   * Whether a text the service writes for people rather than about an error (a combination's reason,
   * an automatic ledger note) is to be Danish for a request of {@code locale}: unless the request
   * prefers another language. The consultant reads these first; an integrator who asks for English
   * (or any language but Danish) gets English. Problems keep English as their default, as integrators
   * have always had them ({@link #wantsDanish}).
   */
  public static boolean writesDanish(Locale locale) {
    return locale == null || locale.getLanguage().isEmpty() || wantsDanish(locale);
  }

  /**
   * The catalogue's Danish text under {@code key} for a text that is not a problem's (its owner names
   * the key), filled in with {@code arguments}; null when the catalogue has none.
   */
  public static String danishText(String key, Object... arguments) {
    return text(key, Arrays.stream(arguments).map(ProblemMessages::danishArgument).toArray());
  }

  /** The Danish text of {@code code}, filled in with {@code arguments}; null when the catalogue has none. */
  public static String danish(ProblemCode code, List<Object> arguments) {
    return text(code.code(), arguments.stream().map(ProblemMessages::danishArgument).toArray());
  }

  /** MessageFormat knows no java.time: a day is written as a consultant reads it, "1. marts 2026". */
  private static Object danishArgument(Object argument) {
    return argument instanceof LocalDate day ? DAY.format(day) : argument;
  }

  /** The Danish detail of {@code problem}: its code's text, or for several fields at fault, how many. */
  static String danishDetail(ApiProblem problem) {
    List<FieldViolation> violations = problem.violations();
    if (violations.size() > 1 && problem.code() == violations.getFirst().code()) {
      return text(SEVERAL_FIELDS, new Object[] {violations.size()});
    }
    return danish(problem.code(), problem.arguments());
  }

  /** A word of the catalogue to use as an argument, e.g. a placement status: resolved in Danish. */
  public static MessageSourceResolvable word(String key) {
    return new DefaultMessageSourceResolvable(new String[] {key}, key);
  }

  /** A placement status in Danish, as the catalogue words it for messages (e.g. "i gang"). */
  public static String placementStatus(String status) {
    String word = text("placement.status." + status, new Object[0]);
    return word == null ? status : word;
  }

  private static String text(String key, Object[] arguments) {
    try {
      return CATALOGUE.getMessage(key, arguments, DANISH);
    } catch (NoSuchMessageException | IllegalArgumentException e) {
      // Never a 500 for a missing or broken text: the English detail stands; ProblemMessagesTest guards the catalogue.
      log.warn("No Danish text for {}", key);
      return null;
    }
  }
}
