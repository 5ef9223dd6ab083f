package dk.jobmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;

class CommuteCircleTest {

  @Test
  void decidesEveryTaskAsTheGreatCircleDistanceDoes() {
    SplittableRandom random = new SplittableRandom(20261123);
    int disagreements = 0;
    for (int home = 0; home < 200; home++) {
      double lat = 54.5 + random.nextDouble() * 3.3;
      double lon = 8 + random.nextDouble() * 7;
      double meters = 1_000 + random.nextDouble() * 59_000;
      CommuteCircle circle = new CommuteCircle(lat, lon, meters);
      for (int task = 0; task < 5_000; task++) {
        // Half the tasks near the edge, where the two could disagree.
        double spread = task % 2 == 0 ? 1.0 : 0.02;
        double bearing = random.nextDouble() * 2 * Math.PI;
        double km = meters / 1000 * (task % 2 == 0 ? random.nextDouble() * 2 : 1 - spread + random.nextDouble() * 2 * spread);
        double taskLat = lat + km / 111.2 * Math.cos(bearing);
        double taskLon = lon + km / (111.2 * Math.cos(Math.toRadians(lat))) * Math.sin(bearing);
        boolean exact = SloppyMath.haversinMeters(lat, lon, taskLat, taskLon) <= meters;
        if (circle.within(taskLat, taskLon) != exact) {
          disagreements++;
        }
      }
    }
    assertThat(disagreements).isZero();
  }

  @Test
  void fallsBackToTheGreatCircleNearThePolesAndAcrossTheDateLine() {
    CommuteCircle polar = new CommuteCircle(85, 10, 20_000);
    assertThat(polar.within(85.1, 12)).isEqualTo(SloppyMath.haversinMeters(85, 10, 85.1, 12) <= 20_000);
    CommuteCircle dateLine = new CommuteCircle(0, 179.95, 20_000);
    assertThat(dateLine.within(0, -179.95)).isTrue();
  }
}
