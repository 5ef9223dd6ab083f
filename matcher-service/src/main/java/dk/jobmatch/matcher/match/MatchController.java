package dk.jobmatch.matcher.match;

import dk.jobmatch.api.MatchesApi;
import dk.jobmatch.api.model.Candidate;
import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.OpenProposal;
import dk.jobmatch.index.CitizenProfile;
import dk.jobmatch.index.ScoreWeights;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.CompanyAvailability;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.placement.OpenProposals;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.Problems;
import dk.jobmatch.matcher.ranking.RankingWeights;
import dk.jobmatch.matcher.security.Caller;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Ranked companies for one citizen, and ranked citizens for one partial task, within the caller's job
 * centre; each row with the job centre's open proposals of other citizens on its tasks (shared openings).
 */
@RestController
class MatchController implements MatchesApi {
  private final CitizenRepository citizens;
  private final CompanyRepository companies;
  private final CompanyAvailability availability;
  private final TaskSearch search;
  private final RankingWeights weights;
  private final CitizenProfiles profiles;
  private final RememberedCitizens remembered;
  private final OpenProposals openProposals;

  MatchController(CitizenRepository citizens, CompanyRepository companies, CompanyAvailability availability,
      TaskSearch search, RankingWeights weights, CitizenProfiles profiles, RememberedCitizens remembered,
      OpenProposals openProposals) {
    this.citizens = citizens;
    this.openProposals = openProposals;
    this.remembered = remembered;
    this.companies = companies;
    this.availability = availability;
    this.search = search;
    this.weights = weights;
    this.profiles = profiles;
  }

  @Override
  public Mono<ResponseEntity<MatchList>> getMatches(UUID citizenId, Integer limit, String weights,
      ServerWebExchange exchange) {
    int top = limit == null ? 10 : limit;
    return Caller.current()
        .flatMap(caller -> {
          ScoreWeights used = this.weights.forRequest(caller.jobCentre(), weights);
          return remembered.find(citizenId.toString(), caller.jobCentre())
              .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.CITIZEN_NOT_FOUND, "Citizen " + citizenId)))
              .flatMap(found -> {
                search.requireReady();
                Citizen citizen = found.citizen();
                return search.match(found::profile, top, used)
                    .map(result -> MatchListMapping.toApi(citizen.id(), citizen.home().maxCommuteKm(), result,
                        Problems.locale(exchange)))
                    .flatMap(list -> withOpenProposals(list, caller.jobCentre()));
              });
        })
        .map(ResponseEntity::ok);
  }

  @Override
  public Mono<ResponseEntity<CandidateList>> getCandidates(UUID companyId, UUID taskId, Integer limit, String weights,
      ServerWebExchange exchange) {
    int top = limit == null ? 10 : limit;
    return Caller.current()
        .flatMap(caller -> {
          ScoreWeights used = this.weights.forRequest(caller.jobCentre(), weights);
          return companies.findById(companyId.toString())
              .filter(company -> hasTask(company, taskId.toString()))
              .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.TASK_NOT_FOUND,
                  "Partial task " + taskId + " of company " + companyId)))
              .flatMap(company -> {
                search.requireReady();
                return citizens.findByJobCentre(caller.jobCentre())
                    .collectList()
                    .flatMap(all -> search.candidates(taskId.toString(), () -> profilesById(all), top, used))
                    .zipWith(availability.availableNow(company))
                    .map(t -> MatchListMapping.toApi(companyId, taskId, t.getT2(), used, t.getT1()))
                    .flatMap(list -> withOpenProposals(list, caller.jobCentre()));
              });
        })
        .map(ResponseEntity::ok);
  }

  /** Each row with the open proposals of the job centre's other citizens on the row's tasks. */
  private Mono<MatchList> withOpenProposals(MatchList list, String jobCentre) {
    Set<String> companyIds = new HashSet<>();
    list.getMatches().forEach(row -> companyIds.add(row.getCompanyId().toString()));
    String citizenId = list.getCitizenId().toString();
    return openProposals.atCompanies(jobCentre, companyIds).collectMultimap(Placement::companyId).map(byCompany -> {
      for (CompanyMatch row : list.getMatches()) {
        Set<String> rowTasks = new HashSet<>();
        row.getTasks().forEach(task -> rowTasks.add(task.getTaskId().toString()));
        row.openProposals(shown(byCompany.getOrDefault(row.getCompanyId().toString(), List.of()), citizenId, rowTasks));
      }
      return list;
    });
  }

  private Mono<CandidateList> withOpenProposals(CandidateList list, String jobCentre) {
    Set<String> task = Set.of(list.getTaskId().toString());
    return openProposals.onTask(jobCentre, list.getTaskId().toString()).collectList().map(open -> {
      for (Candidate row : list.getCandidates()) {
        row.openProposals(shown(open, row.getCitizenId().toString(), task));
      }
      return list;
    });
  }

  private static List<OpenProposal> shown(Collection<Placement> open, String rowCitizenId, Set<String> rowTasks) {
    return open.stream().map(p -> OpenProposals.shown(p, rowCitizenId, rowTasks)).filter(Objects::nonNull).toList();
  }

  private Map<String, CitizenProfile> profilesById(List<Citizen> all) {
    Map<String, CitizenProfile> byId = new LinkedHashMap<>();
    all.forEach(c -> byId.put(c.id(), profiles.of(c)));
    return byId;
  }

  private static boolean hasTask(Company company, String taskId) {
    return company.partialTasks() != null && company.partialTasks().stream().anyMatch(t -> taskId.equals(t.taskId()));
  }
}
