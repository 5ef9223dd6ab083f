package dk.jobmatch.index.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.vocabulary.NeedVerdict.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedVerdictTest {
  private static final NeedRule NO_HEAVY_LIFTING =
      new NeedRule("NO_HEAVY_LIFTING", "ingen tunge løft", Set.of("HEAVY_LIFTING"), Set.of("LIFTING_AIDS"), Set.of());
  private static final NeedRule FREQUENT_BREAKS =
      new NeedRule("FREQUENT_BREAKS", "hyppige pauser", Set.of(), Set.of(), Set.of("BREAKS_ON_DEMAND"));
  /** Not in the bundled vocabulary: a need that both requires an accommodation and conflicts with demands. */
  private static final NeedRule CALM_AND_STRUCTURED = new NeedRule("CALM_AND_STRUCTURED", "rolig og struktureret",
      Set.of("NOISE", "TIME_PRESSURE"), Set.of("QUIET_WORKSPACE", "OWN_PACE"), Set.of("STRUCTURED_TASKS", "FIXED_CONTACT_PERSON"));

  @Test
  void findsNoConflictWhenNoConflictingDemandIsPresent() {
    assertThat(NeedVerdict.judge(NO_HEAVY_LIFTING, Set.of("NOISE"), Set.of()))
        .isEqualTo(new NeedVerdict(Kind.NO_CONFLICT, List.of()));
  }

  @Test
  void isViolatedByAConflictingDemandWithoutNeutraliser() {
    NeedVerdict verdict = NeedVerdict.judge(NO_HEAVY_LIFTING, Set.of("HEAVY_LIFTING", "NOISE"), Set.of("QUIET_WORKSPACE"));

    assertThat(verdict).isEqualTo(new NeedVerdict(Kind.VIOLATED, List.of("HEAVY_LIFTING")));
    assertThat(verdict.violated()).isTrue();
  }

  @Test
  void isNeutralisedByAnOfferedNeutraliser() {
    NeedVerdict verdict = NeedVerdict.judge(NO_HEAVY_LIFTING, Set.of("HEAVY_LIFTING"), Set.of("LIFTING_AIDS", "OWN_PACE"));

    assertThat(verdict).isEqualTo(new NeedVerdict(Kind.NEUTRALISED, List.of("LIFTING_AIDS")));
    assertThat(verdict.violated()).isFalse();
  }

  @Test
  void isViolatedWhenTheRequiredAccommodationIsMissing() {
    assertThat(NeedVerdict.judge(FREQUENT_BREAKS, Set.of(), Set.of("FLEXIBLE_SCHEDULE")))
        .isEqualTo(new NeedVerdict(Kind.VIOLATED, List.of()));
  }

  @Test
  void isMetWhenTheRequiredAccommodationIsOffered() {
    assertThat(NeedVerdict.judge(FREQUENT_BREAKS, Set.of("NOISE"), Set.of("BREAKS_ON_DEMAND")))
        .isEqualTo(new NeedVerdict(Kind.REQUIREMENT_MET, List.of("BREAKS_ON_DEMAND")));
  }

  @Test
  void listsConflictingDemandsInCodeOrder() {
    assertThat(NeedVerdict.judge(CALM_AND_STRUCTURED, Set.of("TIME_PRESSURE", "NOISE", "WALKING"), Set.of("STRUCTURED_TASKS")))
        .isEqualTo(new NeedVerdict(Kind.VIOLATED, List.of("NOISE", "TIME_PRESSURE")));
  }

  @Test
  void listsEveryOfferedRequirementInCodeOrder() {
    assertThat(NeedVerdict.judge(CALM_AND_STRUCTURED, Set.of(), Set.of("STRUCTURED_TASKS", "FIXED_CONTACT_PERSON")))
        .isEqualTo(new NeedVerdict(Kind.REQUIREMENT_MET, List.of("FIXED_CONTACT_PERSON", "STRUCTURED_TASKS")));
  }

  @Test
  void stillAppliesTheConflictCheckWhenTheRequirementIsMet() {
    assertThat(NeedVerdict.judge(CALM_AND_STRUCTURED, Set.of("NOISE"), Set.of("STRUCTURED_TASKS")))
        .isEqualTo(new NeedVerdict(Kind.VIOLATED, List.of("NOISE")));
  }

  @Test
  void neutralisesAConflictOfANeedWhoseRequirementIsMet() {
    assertThat(NeedVerdict.judge(CALM_AND_STRUCTURED, Set.of("NOISE"), Set.of("STRUCTURED_TASKS", "QUIET_WORKSPACE")))
        .isEqualTo(new NeedVerdict(Kind.NEUTRALISED, List.of("QUIET_WORKSPACE")));
  }

  @Test
  void isViolatedWhenTheRequirementIsMissingEvenIfNothingConflicts() {
    assertThat(NeedVerdict.judge(CALM_AND_STRUCTURED, Set.of(), Set.of("QUIET_WORKSPACE")).kind())
        .isEqualTo(Kind.VIOLATED);
  }
}
