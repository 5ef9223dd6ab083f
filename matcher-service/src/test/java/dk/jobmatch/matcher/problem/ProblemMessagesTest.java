package dk.jobmatch.matcher.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Danish catalogue ({@code messages_da.properties}) against the codes ({@link ProblemCode}): a
 * text for every code, and every text one a consultant can read: no field path, no HTTP, no English.
 */
class ProblemMessagesTest {
  /** Read as it is on disk, without a fallback to another language's file. */
  private static final ResourceBundle CATALOGUE = ResourceBundle.getBundle("messages", Locale.of("da"),
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private static final Pattern FIELD_PATH = Pattern.compile("[a-z]+\\.[a-z]+|\\[\\d*]|[a-z]+[A-Z][a-zA-Z]*");
  private static final Pattern HTTP = Pattern.compile(
      "\\b(GET|POST|PUT|DELETE|PATCH|HTTP|JSON|If-Match|ETag|Accept|Content-Type|UUID|null)\\b|/[a-z{]|\\b[1-5]\\d\\d\\b");
  private static final Pattern ENGLISH = Pattern.compile("\\b(the|must|should|not|is|are|please|invalid|required)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void everyCodeHasADanishText(ProblemCode code) {
    assertThat(CATALOGUE.containsKey(code.code())).as("messages_da.properties has %s", code.code()).isTrue();
    assertThat(CATALOGUE.getString(code.code())).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void noTextNamesAFieldPathOrAnHttpCallOrSpeaksEnglish(ProblemCode code) {
    String text = CATALOGUE.getString(code.code());

    assertThat(text).as(code.code()).doesNotContainPattern(FIELD_PATH);
    assertThat(text).as(code.code()).doesNotContainPattern(HTTP);
    assertThat(text).as(code.code()).doesNotContainPattern(ENGLISH);
  }

  @ParameterizedTest
  @EnumSource(ProblemCode.class)
  void everyTextFillsInItsArgumentsWithoutLeavingAPlaceholder(ProblemCode code) {
    String text = CATALOGUE.getString(code.code());
    List<Object> arguments = new ArrayList<>();
    Matcher argument = ARGUMENT.matcher(text);
    while (argument.find()) {
      int index = Integer.parseInt(argument.group(1));
      while (arguments.size() <= index) {
        arguments.add(2);
      }
    }

    String filled = ProblemMessages.danish(code, arguments);

    assertThat(filled).as(code.code()).isNotBlank().doesNotContain("{").doesNotContain("}");
  }

  @Test
  void everyTextOfTheCatalogueIsForACodeOrAWordACodeUses() {
    List<String> unknown = CATALOGUE.keySet().stream()
        .filter(key -> ProblemCode.of(key) == null)
        .filter(key -> !key.startsWith("placement.action.") && !key.startsWith("placement.status.")
            && !key.equals(ProblemMessages.SEVERAL_FIELDS))
        // Texts besides problems, each checked by its owner's test (CombinationReasonTest, AutomaticNoteTest).
        .filter(key -> !key.equals("match.combination.reason") && !key.startsWith("placement.note."))
        .toList();

    assertThat(unknown).as("texts in messages_da.properties that no code uses").isEmpty();
  }

  @Test
  void writesTextsForPeopleInDanishUnlessTheRequestPrefersAnotherLanguage() {
    assertThat(ProblemMessages.writesDanish(null)).isTrue();
    assertThat(ProblemMessages.writesDanish(Locale.ROOT)).isTrue();
    assertThat(ProblemMessages.writesDanish(Locale.forLanguageTag("da-DK"))).isTrue();
    assertThat(ProblemMessages.writesDanish(Locale.ENGLISH)).isFalse();
    assertThat(ProblemMessages.writesDanish(Locale.GERMAN)).isFalse();
  }

  @Test
  void theCodesAreDistinctAndWrittenAsFamilyDotSituation() {
    List<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"), "family.situation");
  }

  @Test
  void fillsInNumbersDatesAndPlacementWordsTheDanishWay() {
    assertThat(ProblemMessages.danish(ProblemCode.MIN, List.of(new java.math.BigDecimal("54.5")))).isEqualTo("Skal være mindst 54,5.");
    assertThat(ProblemMessages.danish(ProblemCode.BEFORE_PLACEMENT_START, List.of(LocalDate.of(2026, 3, 1))))
        .isEqualTo("Datoen må ikke ligge før forløbets start den 1. marts 2026.");
    assertThat(ProblemMessages.danish(ProblemCode.ILLEGAL_TRANSITION,
        List.of(ProblemMessages.word("placement.action.withdraw"), ProblemMessages.word("placement.status.ACTIVE"))))
        .isEqualTo("Forløbet kan ikke trækkes tilbage, fordi det er i gang.");
    assertThat(ProblemMessages.danish(ProblemCode.NOT_DATE, List.of(1990, 2100)))
        .isEqualTo("Skal være en dato skrevet ÅÅÅÅ-MM-DD mellem år 1990 og 2100.");
  }

  @Test
  void everyPlacementStatusAndActionHasADanishWord() {
    for (String status : List.of("PROPOSED", "AGREED", "ACTIVE", "ENDED", "WITHDRAWN")) {
      assertThat(CATALOGUE.containsKey("placement.status." + status)).as(status).isTrue();
    }
    for (String action : List.of("agree", "start", "end", "withdraw")) {
      assertThat(CATALOGUE.containsKey("placement.action." + action)).as(action).isTrue();
    }
  }
}
