package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OccupationTradesTest {
  private final OccupationTrades trades = OccupationTrades.bundled();

  @Test
  void aGardenLabourerAndANurseryGardenerAreOneTradeReadBothWays() {
    assertThat(trades.sameTrade(9214, 6113)).isTrue();
    assertThat(trades.sameTrade(6113, 9214)).isTrue();
    assertThat(trades.sameTrade(9412, 5120)).isTrue();
  }

  @Test
  void occupationsThatOnlyShareAFieldAreNotOneTrade() {
    // A cook and a waiter share the field of food, not the trade.
    assertThat(trades.sameTrade(5120, 5131)).isFalse();
    assertThat(trades.sameTrade(9214, 9214)).isFalse();
    assertThat(trades.sameTrade(-1, 9214)).isFalse();
    assertThat(trades.sameTrade(10_000, 9214)).isFalse();
  }

  @Test
  void everyPairIsOfKnownCodesWithinOneFieldOfWork() {
    Set<String> codes = OccupationCatalog.bundled().all().stream().map(OccupationSuggestion::code)
        .collect(Collectors.toSet());
    OccupationFields fields = OccupationFields.bundled();

    assertThat(trades.pairs()).isNotEmpty().allSatisfy(pair -> {
      assertThat(codes).contains(code(pair.helper()), code(pair.skilled()));
      assertThat(fields.indexOf(pair.helper())).isNotNegative().isEqualTo(fields.indexOf(pair.skilled()));
    });
  }

  @Test
  void aRowWithoutSkilledCodesIsRefused() {
    assertThatThrownBy(() -> OccupationTrades.parse("9214\tgartner\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(":1:");
  }

  private static String code(int number) {
    return String.format("%04d", number);
  }
}
