package dk.jobmatch.index.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationFieldsTest {
  private final OccupationFields fields = OccupationFields.bundled();

  @Test
  void everyUnitGroupOfTheCatalogueHasAField() {
    List<String> without = OccupationCatalog.bundled().all().stream().map(OccupationSuggestion::code)
        .filter(code -> code.length() == 4 && fields.of(code).isEmpty()).toList();

    assertThat(without).isEmpty();
  }

  @Test
  void theLongestFittingPrefixDecides() {
    // 9334 shelf fillers sit with the shops, though 93 is transport and 933 the warehouse.
    assertThat(fields.of("9334")).map(OccupationFields.Field::id).contains("SALES");
    assertThat(fields.of("9333")).map(OccupationFields.Field::id).contains("WAREHOUSE_AND_TRANSPORT");
    assertThat(fields.of("8344")).map(OccupationFields.Field::id).contains("WAREHOUSE_AND_TRANSPORT");
    assertThat(fields.of("7131")).map(OccupationFields.Field::id).contains("BUILDING");
    assertThat(fields.of("7411")).map(OccupationFields.Field::id).contains("BUILDING");
  }

  @Test
  void aCookAndAKitchenHelperShareAFieldThatACarpenterDoesNot() {
    assertThat(fields.of("5120")).isEqualTo(fields.of("9412"));
    assertThat(fields.of("7115")).isNotEqualTo(fields.of("9412"));
  }

  @Test
  void anythingButAFourDigitCodeHasNoField() {
    assertThat(fields.of(null)).isEmpty();
    assertThat(fields.of("51")).isEmpty();
    assertThat(fields.of("51a0")).isEmpty();
    assertThat(fields.indexOf(-1)).isEqualTo(-1);
    assertThat(fields.indexOf(10_000)).isEqualTo(-1);
  }

  @Test
  void aPrefixListedTwiceIsRefused() {
    assertThatThrownBy(() -> OccupationFields.parse("5\tSERVICE\tService\n5\tSALES\tSalg\n"))
        .hasMessageContaining("listed twice");
  }

  @Test
  void aFieldNamedTwoWaysIsRefused() {
    assertThatThrownBy(() -> OccupationFields.parse("5\tSERVICE\tService\n6\tSERVICE\tServicefag\n"))
        .hasMessageContaining("named two ways");
  }
}
