package dk.jobmatch.matcher.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.index.ScorePart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The score bar's colours as charts.js declares them: one for every score part, and each segment's
 * label ({@code ink}) readable on its fill at the 4.5:1 WCAG asks of text.
 */
class PartColoursTest {
  private static final Path CHARTS = Path.of("src/main/resources/static/app/charts.js");
  private static final Pattern PART = Pattern.compile("^\\s*(\\w+): \\{ fill: '(#[0-9A-Fa-f]{6})', ink: '(#[0-9A-Fa-f]{6})'",
      Pattern.MULTILINE);

  @Test
  void everyScorePartHasAColourAndItsLabelIsReadableOnIt() throws IOException {
    Map<String, String[]> colours = new LinkedHashMap<>();
    Matcher m = PART.matcher(Files.readString(CHARTS));
    while (m.find()) {
      colours.put(m.group(1), new String[] {m.group(2), m.group(3)});
    }

    assertThat(colours.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(ScorePart.values()).map(ScorePart::apiName).toList());
    colours.forEach((part, pair) -> assertThat(contrast(pair[0], pair[1])).as("%s: %s on %s", part, pair[1], pair[0])
        .isGreaterThanOrEqualTo(4.5));
  }

  @Test
  void computesContrastAsWcagDoes() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(contrast("#0072B2", "#ffffff")).isBetween(5.1, 5.2);
  }

  /** WCAG 2.1's contrast ratio of two sRGB colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return Math.round((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) * 100) / 100.0;
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
