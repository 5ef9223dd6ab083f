package dk.jobmatch.matcher.demo;

import dk.jobmatch.matcher.StartupWork;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.CompanyRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads {@link DemoData} on the embedded default when the database holds no company yet, before the
 * match index is built. Never runs against a configured MongoDB. Until it is done the service is not
 * ready ({@link StartupWork}): a consultant who trusts readiness never meets an empty citizen list.
 */
@Component
@Order(10)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty() and ${matcher.demo-data.enabled:true}")
class DemoDataLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final CompanyRepository companies;
  private final CitizenRepository citizens;
  private final Clock clock;
  private final StartupWork.Piece loading;

  DemoDataLoader(CompanyRepository companies, CitizenRepository citizens, Clock clock, StartupWork startup) {
    this.companies = companies;
    this.citizens = citizens;
    this.clock = clock;
    // Registered now, while the context is made, so readiness waits for it before the web server starts.
    this.loading = startup.expect("demo data");
  }

  @Override
  public void run(ApplicationArguments args) {
    Long existing = companies.count().block();
    if (existing != null && existing > 0) {
      loading.done();
      return;
    }
    long started = System.nanoTime();
    var demoCompanies = DemoData.companies(clock.instant(), LocalDate.now(clock));
    var demoCitizens = DemoData.citizens(clock.instant(), LocalDate.now(clock));
    companies.insert(demoCompanies).then().block();
    citizens.insert(demoCitizens).then().block();
    log.info("Loaded DEMO data: {} companies, {} citizens (names start with {}) in {} ms",
        demoCompanies.size(), demoCitizens.size(), DemoData.LABEL.strip(), (System.nanoTime() - started) / 1_000_000);
    loading.done();
  }
}
