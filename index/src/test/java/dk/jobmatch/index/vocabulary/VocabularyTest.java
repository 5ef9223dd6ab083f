package dk.jobmatch.index.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.bundled();

  @Test
  void loadsSixteenDemandsThirteenAccommodationsAndTwentyNeeds() {
    assertThat(vocabulary.demands()).hasSize(16);
    assertThat(vocabulary.accommodations()).hasSize(13);
    assertThat(vocabulary.needs()).hasSize(20);
  }

  @Test
  void refersOnlyToKnownCodesFromEveryNeed() {
    assertThat(vocabulary.needs().values()).allSatisfy(rule -> {
      assertThat(rule.conflicts()).allMatch(vocabulary::isDemand);
      assertThat(rule.neutralisedBy()).allMatch(vocabulary::isAccommodation);
      assertThat(rule.requires()).allMatch(vocabulary::isAccommodation);
    });
  }

  @Test
  void givesEveryNeedSomethingToJudgeBy() {
    assertThat(vocabulary.needs().values())
        .allMatch(rule -> !rule.conflicts().isEmpty() || !rule.requires().isEmpty());
  }

  @Test
  void keysEveryNeedByItsOwnCode() {
    assertThat(vocabulary.needs()).allSatisfy((code, rule) -> assertThat(rule.code()).isEqualTo(code));
  }

  @Test
  void readsAConflictWithItsNeutraliser() {
    NeedRule rule = vocabulary.need("NO_HEAVY_LIFTING").orElseThrow();

    assertThat(rule.conflicts()).containsExactly("HEAVY_LIFTING");
    assertThat(rule.neutralisedBy()).containsExactly("LIFTING_AIDS");
    assertThat(rule.requires()).isEmpty();
  }

  @Test
  void readsARequirement() {
    NeedRule rule = vocabulary.need("FREQUENT_BREAKS").orElseThrow();

    assertThat(rule.requires()).containsExactly("BREAKS_ON_DEMAND");
    assertThat(rule.conflicts()).isEmpty();
  }

  @Test
  void readsDanishLabelsAsUtf8() {
    assertThat(vocabulary.need("NO_HEAVY_LIFTING").orElseThrow().danish()).isEqualTo("ingen tunge løft");
    assertThat(vocabulary.demands().get("HEAVY_LIFTING"))
        .isEqualTo(new Term("HEAVY_LIFTING", "tunge løft", "lifting over ~10 kg"));
  }

  @Test
  void findsNoNeedForAnUnknownCode() {
    assertThat(vocabulary.need("NO_SUCH_NEED")).isEmpty();
  }

  @Test
  void tellsDemandsFromAccommodations() {
    assertThat(vocabulary.isDemand("HEAVY_LIFTING")).isTrue();
    assertThat(vocabulary.isAccommodation("HEAVY_LIFTING")).isFalse();
    assertThat(vocabulary.isAccommodation("LIFTING_AIDS")).isTrue();
    assertThat(vocabulary.isDemand("LIFTING_AIDS")).isFalse();
  }

  @Test
  void rejectsANeedThatRefersToAnUnknownDemand() {
    String json = """
        {"demands": [{"code": "NOISE", "da": "støj", "en": "noise"}],
         "accommodationsOffered": [{"code": "QUIET_WORKSPACE", "da": "roligt", "en": "quiet"}],
         "needs": [{"code": "CALM", "da": "ro", "conflicts": ["SHOUTING"], "neutralisedBy": ["QUIET_WORKSPACE"]}]}
        """;

    assertThatThrownBy(() -> Vocabulary.parse(json))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CALM")
        .hasMessageContaining("SHOUTING");
  }

  @Test
  void rejectsANeedRequiringAnUnknownAccommodation() {
    String json = """
        {"demands": [],
         "accommodationsOffered": [{"code": "QUIET_WORKSPACE", "da": "roligt", "en": "quiet"}],
         "needs": [{"code": "CALM", "da": "ro", "requires": ["EARPLUGS"]}]}
        """;

    assertThatThrownBy(() -> Vocabulary.parse(json))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EARPLUGS");
  }

  @Test
  void treatsMissingListsOfANeedAsEmpty() {
    String json = """
        {"demands": [], "accommodationsOffered": [{"code": "STEP_FREE_ACCESS", "da": "niveaufri", "en": "step-free"}],
         "needs": [{"code": "STEP_FREE", "da": "niveaufri adgang", "requires": ["STEP_FREE_ACCESS"]}]}
        """;

    NeedRule rule = Vocabulary.parse(json).need("STEP_FREE").orElseThrow();

    assertThat(rule.conflicts()).isEmpty();
    assertThat(rule.neutralisedBy()).isEmpty();
    assertThat(rule.requires()).containsExactly("STEP_FREE_ACCESS");
  }
}
