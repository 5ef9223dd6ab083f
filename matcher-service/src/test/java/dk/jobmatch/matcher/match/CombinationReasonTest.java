package dk.jobmatch.matcher.match;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.MatchResult.Combination;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A combination's reason worded from the engine's facts: Danish unless another language is asked for, then English. */
class CombinationReasonTest {
  private static final Combination THREE_TASKS = new Combination(List.of("a", "b", "c"), 6, 12, 10, 4);

  @Test
  void wordsTheFactsInDanishWhenNoLanguageOrDanishIsAskedFor() {
    String danish = "Ingen enkelt delfunktion når op på borgerens 10 timer om ugen (den største giver 4). "
        + "Disse 3 delfunktioner ligger på tidspunkter, der ikke overlapper, og giver tilsammen 6–12 timer.";

    assertThat(CombinationReason.of(THREE_TASKS, null)).isEqualTo(danish);
    assertThat(CombinationReason.of(THREE_TASKS, Locale.forLanguageTag("da-DK"))).isEqualTo(danish);
  }

  @Test
  void wordsTheFactsInEnglishForAnyOtherLanguage() {
    String english = "No single task reaches the citizen's 10 hours a week (the largest holds 4); "
        + "these 3 tasks on times that do not overlap give 6-12 hours together";

    assertThat(CombinationReason.of(THREE_TASKS, Locale.ENGLISH)).isEqualTo(english);
    assertThat(CombinationReason.of(THREE_TASKS, Locale.GERMAN)).isEqualTo(english);
  }

  @Test
  void theDanishTextSpeaksNoEnglish() {
    assertThat(CombinationReason.of(THREE_TASKS, null))
        .doesNotContainPattern("(?i)\\b(the|task|tasks|hours|citizen|overlap|together|single)\\b");
  }
}
