package dk.jobmatch.matcher.occupation;

import dk.jobmatch.index.occupation.OccupationCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The occupation catalog, built once at start: reference data that never changes while the service runs. */
@Configuration(proxyBeanMethods = false)
class OccupationConfiguration {
  private static final Logger log = LoggerFactory.getLogger(OccupationConfiguration.class);

  @Bean
  OccupationCatalog occupationCatalog() {
    long started = System.nanoTime();
    OccupationCatalog catalog = OccupationCatalog.bundled();
    log.info("Occupation catalog built: {} occupations in {} ms", catalog.size(), (System.nanoTime() - started) / 1_000_000);
    return catalog;
  }
}
