package dk.jobmatch.matcher.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenLabelTest {

  @ParameterizedTest
  @ValueSource(strings = {"010190-1234", "0101901234", "010190 1234", "AB 010190-1234", "x0101901234y", "99999999999"})
  void sixDigitsAnOptionalDashOrSpaceAndFourDigitsAnywhereLookLikeACprNumber(String label) {
    assertThat(CitizenLabel.looksLikeCpr(label)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"AB", "2024-0113", "010190-123", "01019-01234", "010190--1234", "010190/1234", "Sag 123456"})
  void caseNumbersAndInitialsDoNot(String label) {
    assertThat(CitizenLabel.looksLikeCpr(label)).isFalse();
  }
}
