package dk.jobmatch.matcher.placement;

import static dk.jobmatch.matcher.placement.PlacementRecords.active;
import static dk.jobmatch.matcher.placement.PlacementRecords.agreed;
import static dk.jobmatch.matcher.placement.PlacementRecords.agreement;
import static dk.jobmatch.matcher.placement.PlacementRecords.followedUp;
import static dk.jobmatch.matcher.placement.PlacementRecords.proposed;
import static dk.jobmatch.matcher.placement.PlacementRecords.startLedger;
import static dk.jobmatch.matcher.placement.PlacementRecords.withHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlacementLifecycleTest {
  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void goesFromProposedThroughAgreedAndActiveToEnded() {
    Placement placement = proposed("c1", START);
    assertThat(placement.status()).isEqualTo(PlacementStatus.PROPOSED);

    placement = placement.withWorkAgreement(agreement(15, 2, 30), AT).agree(null, START, "anna", AT);
    assertThat(placement.status()).isEqualTo(PlacementStatus.AGREED);
    assertThat(placement.startDate()).isEqualTo(START);

    placement = placement.start(START.plusDays(1), "e1", "anna", AT);
    assertThat(placement.status()).isEqualTo(PlacementStatus.ACTIVE);
    assertThat(placement.activeFrom()).isEqualTo(START.plusDays(1));

    placement = placement.end(START.plusWeeks(14), PlacementOutcome.FLEX_JOB, null, startLedger(placement), "anna", AT);
    assertThat(placement.status()).isEqualTo(PlacementStatus.ENDED);
    assertThat(placement.outcome()).isEqualTo(PlacementOutcome.FLEX_JOB);
    assertThat(placement.history()).extracting(StatusChange::status).containsExactly(
        PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE, PlacementStatus.ENDED);
  }

  @Test
  void anAgreedPlacementThatNeverStartedCanEnd() {
    Placement agreed = agreed("c1", START, 10, 0);
    Placement ended = agreed.end(START, PlacementOutcome.ENDED_WITHOUT_JOB, "Sygdom", startLedger(agreed), "anna", AT);

    assertThat(ended.status()).isEqualTo(PlacementStatus.ENDED);
    assertThat(ended.endedWithOrdinaryHours()).isFalse();
    assertThat(ended.activeOn(START)).isFalse();
  }

  @Test
  void aProposalCanBeWithdrawnWithItsReason() {
    Placement withdrawn = proposed("c1", START).withdraw("Virksomheden sagde nej", START, "anna", AT);

    assertThat(withdrawn.status()).isEqualTo(PlacementStatus.WITHDRAWN);
    assertThat(withdrawn.withdrawalReason()).isEqualTo("Virksomheden sagde nej");
    assertThat(withdrawn.status().next()).isEmpty();
  }

  static Stream<Arguments> illegalTransitions() {
    UnaryOperator<Placement> agree = p -> p.agree(null, START, "anna", AT);
    UnaryOperator<Placement> start = p -> p.start(START, "e", "anna", AT);
    UnaryOperator<Placement> end = p -> p.end(START, PlacementOutcome.EDUCATION, null, startLedger(p), "anna", AT);
    UnaryOperator<Placement> withdraw = p -> p.withdraw("nej", START, "anna", AT);
    Placement proposed = proposed("c1", START).withWorkAgreement(agreement(10, 0, 30), AT);
    Placement agreed = agreed("c1", START, 10, 0);
    Placement active = active("c1", START, 10, 0);
    Placement ended = active.end(START, PlacementOutcome.EDUCATION, null, startLedger(active), "anna", AT);
    Placement withdrawn = proposed.withdraw("nej", START, "anna", AT);
    return Stream.of(
        Arguments.of("start a proposed", proposed, start),
        Arguments.of("end a proposed", proposed, end),
        Arguments.of("agree an agreed", agreed, agree),
        Arguments.of("withdraw an agreed", agreed, withdraw),
        Arguments.of("agree an active", active, agree),
        Arguments.of("start an active", active, start),
        Arguments.of("withdraw an active", active, withdraw),
        Arguments.of("agree an ended", ended, agree),
        Arguments.of("start an ended", ended, start),
        Arguments.of("end an ended", ended, end),
        Arguments.of("withdraw an ended", ended, withdraw),
        Arguments.of("agree a withdrawn", withdrawn, agree),
        Arguments.of("start a withdrawn", withdrawn, start),
        Arguments.of("end a withdrawn", withdrawn, end),
        Arguments.of("withdraw a withdrawn", withdrawn, withdraw));
  }

  @ParameterizedTest(name = "refuses to {0} placement")
  @MethodSource("illegalTransitions")
  void refusesIllegalTransitions(String name, Placement placement, UnaryOperator<Placement> transition) {
    assertThatThrownBy(() -> transition.apply(placement))
        .isInstanceOf(IllegalTransition.class)
        .hasMessageContaining("a placement that is " + placement.status());
  }

  @Test
  void refusesToAgreeWithoutAWorkAgreement() {
    assertThatThrownBy(() -> proposed("c1", START).agree(null, START, "anna", AT))
        .isInstanceOf(IllegalTransition.class).hasMessageContaining("without a work agreement");
  }

  @Test
  void refusesANewWorkAgreementOnceEnded() {
    Placement ended = ended(active("c1", START, 10, 0), START, PlacementOutcome.EDUCATION);

    assertThatThrownBy(() -> ended.withWorkAgreement(agreement(10, 2, 30), AT)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void refusesHoursAndFollowUpsBeforeThePlacementStarted() {
    Placement agreed = agreed("c1", START, 10, 0);

    assertThatThrownBy(() -> withHours(agreed, START, 10, 2)).isInstanceOf(IllegalTransition.class);
    assertThatThrownBy(() -> followedUp(agreed, START)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void startingWritesTheFirstLedgerEntryFromTheWorkAgreement() {
    Placement active = active("c1", START, 15, 2);

    assertThat(startLedger(active).entries()).singleElement().satisfies(entry -> {
      assertThat(entry.sequence()).isEqualTo(1);
      assertThat(entry.effectiveFrom()).isEqualTo(START);
      assertThat(entry.internshipHours()).isEqualTo(15);
      assertThat(entry.ordinaryHours()).isEqualTo(2);
    });
  }

  @Test
  void endsWithOrdinaryHoursWhenTheyAreInForceOnTheLastDayOrTheOutcomeIsAnOrdinaryJob() {
    PlacementRecords.Placed raised = withHours(active("c1", START, 15, 0), START.plusWeeks(4), 14, 5);

    assertThat(raised.end(START.plusWeeks(8), PlacementOutcome.ENDED_WITHOUT_JOB, "flyttet").placement()
        .endedWithOrdinaryHours()).isTrue();
    assertThat(raised.end(START.plusWeeks(2), PlacementOutcome.ENDED_WITHOUT_JOB, "flyttet").placement()
        .endedWithOrdinaryHours()).isFalse();
    assertThat(ended(active("c2", START, 15, 0), START, PlacementOutcome.ORDINARY_JOB).endedWithOrdinaryHours()).isTrue();
  }

  @Test
  void aCorrectionAfterTheEndRecomputesWhetherItEndedWithOrdinaryHours() {
    PlacementRecords.Placed ended = PlacementRecords.placed(active("c1", START, 15, 2))
        .end(START.plusWeeks(6), PlacementOutcome.WAGE_SUBSIDY, null);
    assertThat(ended.placement().endedWithOrdinaryHours()).isTrue();

    String first = ended.ledger().entries().getFirst().id();
    PlacementRecords.Placed corrected = ended.with(PlacementRecords.entry(ended.ledger(), START, 15, 0, first));

    assertThat(corrected.placement().endedWithOrdinaryHours()).isFalse();
    assertThat(corrected.ledger().entries()).extracting(HoursEntry::sequence).containsExactly(1, 2);
  }

  @Test
  void theNextFollowUpIsDueACadenceAfterTheStartThenAfterTheLatestFollowUp() {
    Placement active = active("c1", START, 10, 0);

    assertThat(active.nextFollowUpDue(START)).contains(START.plusDays(30));
    assertThat(followedUp(active, START.plusDays(20)).nextFollowUpDue(START.plusDays(25))).contains(START.plusDays(50));
  }

  @Test
  void isOverdueOnlyAfterTheDueDay() {
    Placement active = active("c1", START, 10, 0);
    LocalDate due = START.plusDays(30);

    assertThat(active.followUpOverdue(due)).isFalse();
    assertThat(active.followUpOverdue(due.plusDays(1))).isTrue();
    assertThat(followedUp(active, due.plusDays(1)).followUpOverdue(due.plusDays(1))).isFalse();
  }

  @Test
  void aFollowUpRecordedForALaterDayDoesNotCountBeforeIt() {
    Placement followed = followedUp(active("c1", START, 10, 0), START.plusDays(40));

    assertThat(followed.followUpOverdue(START.plusDays(35))).isTrue();
  }

  @Test
  void anEndedOrNotYetStartedPlacementHasNoFollowUpDue() {
    Placement ended = ended(active("c1", START, 10, 0), START.plusDays(10), PlacementOutcome.EDUCATION);

    assertThat(ended.nextFollowUpDue(START.plusDays(60))).isEmpty();
    assertThat(ended.followUpOverdue(START.plusDays(60))).isFalse();
    assertThat(agreed("c1", START, 10, 0).nextFollowUpDue(START.plusDays(60))).isEmpty();
  }

  @Test
  void countsThirteenContinuousWeeksFromTheActualStart() {
    Placement active = active("c1", START, 10, 0);

    assertThat(active.pastTargetWeeks(START.plusWeeks(13).minusDays(1))).isFalse();
    assertThat(active.pastTargetWeeks(START.plusWeeks(13))).isTrue();
    assertThat(active.weeksAtCompany(START.plusWeeks(13).minusDays(1))).isEqualTo(12);
  }

  private static Placement ended(Placement placement, LocalDate on, PlacementOutcome outcome) {
    return placement.end(on, outcome, null, startLedger(placement), "anna", AT);
  }
}
