package dk.jobmatch.matcher.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rolling contact limit: which requests count, and the day the company may be asked again. */
class ContactLimitTest {
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  private static final ContactLimit TWICE_A_WEEK = new ContactLimit(2, 7);

  private static CompanyRequest contactOn(LocalDate day) {
    return new CompanyRequest(day.atTime(9, 0).toInstant(ZoneOffset.UTC), null);
  }

  private static CompanyRequest proposalOn(LocalDate day, String citizen) {
    return new CompanyRequest(day.atTime(9, 0).toInstant(ZoneOffset.UTC), citizen);
  }

  @Test
  void underTheLimitTheCompanyMayBeAskedToday() {
    assertThat(TWICE_A_WEEK.reachedUntil(TODAY, ZONE, List.of(contactOn(TODAY)))).isNull();
  }

  @Test
  void atTheLimitItMayBeAskedAgainWhenTheOlderRequestLeavesThePeriod() {
    assertThat(TWICE_A_WEEK.reachedUntil(TODAY, ZONE, List.of(contactOn(TODAY.minusDays(4)), contactOn(TODAY))))
        .isEqualTo(TODAY.plusDays(3));
  }

  @Test
  void beyondTheLimitTheRequestThatReachedItCountsFromTheNewest() {
    List<CompanyRequest> three = List.of(contactOn(TODAY.minusDays(6)), contactOn(TODAY.minusDays(2)), contactOn(TODAY));

    assertThat(TWICE_A_WEEK.reachedUntil(TODAY, ZONE, three)).isEqualTo(TODAY.plusDays(5));
  }

  @Test
  void aRequestFromTheDayBeforeThePeriodNoLongerCounts() {
    assertThat(TWICE_A_WEEK.reachedUntil(TODAY, ZONE, List.of(contactOn(TODAY.minusDays(7)), contactOn(TODAY)))).isNull();
  }

  @Test
  void theSameCitizenProposedTwiceInThePeriodIsOneRequest() {
    List<CompanyRequest> sameCitizen = List.of(proposalOn(TODAY.minusDays(1), "c-1"), proposalOn(TODAY, "c-1"));
    List<CompanyRequest> twoCitizens = List.of(proposalOn(TODAY.minusDays(1), "c-1"), proposalOn(TODAY, "c-2"));

    assertThat(TWICE_A_WEEK.reachedUntil(TODAY, ZONE, sameCitizen)).isNull();
    assertThat(TWICE_A_WEEK.reachedUntil(TODAY, ZONE, twoCitizens)).isEqualTo(TODAY.plusDays(6));
  }

  @Test
  void aContactRecordedJustAheadOfTheClockCountsToday() {
    assertThat(new ContactLimit(1, 1).reachedUntil(TODAY, ZONE, List.of(contactOn(TODAY.plusDays(1)))))
        .isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void aLimitNeedsARequestAndADay() {
    assertThatThrownBy(() -> new ContactLimit(0, 7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContactLimit(2, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
