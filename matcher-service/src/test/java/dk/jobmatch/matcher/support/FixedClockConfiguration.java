package dk.jobmatch.matcher.support;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service's clock with one the tests set ({@link MutableClock}); see {@link PlacementApiTestSupport}. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

  @Bean
  @Primary
  MutableClock testClock() {
    MutableClock clock = new MutableClock(Instant.EPOCH, ZoneId.systemDefault());
    clock.setToday(PlacementApiTestSupport.TODAY);
    return clock;
  }
}
