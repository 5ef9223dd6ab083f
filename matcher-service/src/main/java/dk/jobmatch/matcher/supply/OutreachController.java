package dk.jobmatch.matcher.supply;

import dk.jobmatch.api.OutreachApi;
import dk.jobmatch.api.model.LastContact;
import dk.jobmatch.api.model.OutreachCompany;
import dk.jobmatch.api.model.OutreachOccupation;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.company.LastContacts;
import dk.jobmatch.matcher.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The outreach list (opsøgning) of the caller's job centre. */
@RestController
class OutreachController implements OutreachApi {
  private final CompanyRepository companies;
  private final CitizenRepository citizens;
  private final LastContacts lastContacts;
  private final Clock clock;

  OutreachController(CompanyRepository companies, CitizenRepository citizens, LastContacts lastContacts, Clock clock) {
    this.companies = companies;
    this.citizens = citizens;
    this.lastContacts = lastContacts;
    this.clock = clock;
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.OutreachList>> getOutreachList(Integer notContactedForMonths,
      Integer limit, ServerWebExchange exchange) {
    int months = notContactedForMonths == null ? 6 : notContactedForMonths;
    int top = limit == null ? 100 : limit;
    LocalDate since = LocalDate.now(clock).minusMonths(months);
    OffsetDateTime from = since.atStartOfDay(clock.getZone()).toOffsetDateTime();
    return Caller.current().flatMap(caller -> companies.findByMunicipalityCode(caller.jobCentre()).collectList()
        .zipWith(citizens.findByJobCentre(caller.jobCentre()).collectList())
        .flatMap(t -> lastContacts.ofCompanies(t.getT1().stream().map(Company::id).toList()).map(latest -> {
          Set<String> recent = new HashSet<>();
          latest.forEach((id, contact) -> {
            if (!contact.getAt().isBefore(from)) {
              recent.add(id);
            }
          });
          OutreachList list = OutreachList.of(t.getT1(), t.getT2(), recent, top);
          return ResponseEntity.ok(new dk.jobmatch.api.model.OutreachList().jobCentre(caller.jobCentre())
              .notContactedForMonths(months).notContactedSince(since).total(list.total())
              .companies(list.companies().stream().map(c -> toApi(c, latest)).toList()));
        })));
  }

  private static OutreachCompany toApi(OutreachList.Candidate candidate, Map<String, LastContact> latest) {
    Company company = candidate.company();
    return new OutreachCompany().companyId(UUID.fromString(company.id())).name(company.name())
        .municipalityCode(company.municipalityCode()).citizens(candidate.citizens())
        .occupations(candidate.occupations().stream()
            .map(d -> new OutreachOccupation().occupationCode(d.occupationCode()).citizens(d.citizens())).toList())
        .lastContact(latest.get(company.id()));
  }

}
