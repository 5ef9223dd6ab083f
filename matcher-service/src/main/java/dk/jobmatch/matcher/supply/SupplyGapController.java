package dk.jobmatch.matcher.supply;

import dk.jobmatch.api.SupplyApi;
import dk.jobmatch.api.model.BlockedCompany;
import dk.jobmatch.api.model.CsvFormat;
import dk.jobmatch.api.model.SupplyGapBlocker;
import dk.jobmatch.api.model.SupplyGapCitizen;
import dk.jobmatch.api.model.SupplyGapGroup;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.figures.CaseloadScope;
import dk.jobmatch.matcher.figures.Csv;
import dk.jobmatch.matcher.figures.TeamsProperties;
import dk.jobmatch.matcher.match.CitizenProfiles;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.security.Caller;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The supply gap of the caller's job centre, a team or a consultant, as JSON and CSV. */
@RestController
class SupplyGapController implements SupplyApi {
  private static final List<Csv.Column> COLUMNS = List.of(new Csv.Column("goal", "jobmål"),
      new Csv.Column("occupationCode", "stillingskode"), new Csv.Column("blocker", "årsag"),
      new Csv.Column("citizenId", "borger"), new Csv.Column("label", "mærke"),
      new Csv.Column("acceptableCompanies", "acceptable virksomheder"),
      new Csv.Column("blockedCompanies", "blokerede virksomheder"));

  private final CitizenRepository citizens;
  private final CitizenProfiles profiles;
  private final TaskSearch search;
  private final TeamsProperties teams;
  private final Vocabulary vocabulary;

  SupplyGapController(CitizenRepository citizens, CitizenProfiles profiles, TaskSearch search, TeamsProperties teams,
      Vocabulary vocabulary) {
    this.citizens = citizens;
    this.profiles = profiles;
    this.search = search;
    this.teams = teams;
    this.vocabulary = vocabulary;
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.SupplyGap>> getSupplyGap(String consultant, String team,
      Integer fewerThan, ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> {
      CaseloadScope scope = scope(caller, consultant, team);
      return compute(scope, fewerThan).map(result -> ResponseEntity.ok(new dk.jobmatch.api.model.SupplyGap()
          .jobCentre(scope.jobCentre()).level(scope.level()).name(scope.name()).fewerThan(result.gap().fewerThan())
          .citizens(result.citizens()).withoutJobGoal(result.withoutJobGoal()).inGap(result.gap().inGap())
          .groups(result.gap().groups().stream().map(SupplyGapController::toApi).toList())));
    });
  }

  @Override
  public Mono<ResponseEntity<String>> exportSupplyGap(CsvFormat format, String consultant, String team, Integer fewerThan,
      ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> {
      CaseloadScope scope = scope(caller, consultant, team);
      return compute(scope, fewerThan).map(result -> {
        Csv csv = new Csv(format, COLUMNS);
        for (SupplyGap.Group group : result.gap().groups()) {
          for (SupplyGap.GapCitizen c : group.citizens()) {
            csv.row(java.util.Arrays.asList(group.goal(), group.occupationCode(), csv.label(group.blocker(), Blocker::danish),
                c.citizenId(), c.label(), c.acceptableCompanies(), group.companies().size()));
          }
        }
        return csv.attachment("supply-gap-" + caller.jobCentre() + ".csv");
      });
    });
  }

  /** The gap and how many citizens it was worked out for. */
  private record Result(SupplyGap gap, int citizens, int withoutJobGoal) {}

  /** Whose supply gap: the job centre, a team or a consultant, read as the team figures read them. */
  private CaseloadScope scope(Caller caller, String consultant, String team) {
    CaseloadScope.bothGiven(consultant, team).ifPresent(violation -> {
      throw ApiProblem.invalid(List.of(violation));
    });
    return CaseloadScope.of(teams, caller.jobCentre(), consultant, team);
  }

  private Mono<Result> compute(CaseloadScope scope, Integer fewerThan) {
    int enough = fewerThan == null ? 1 : fewerThan;
    search.requireReady();
    return citizens.findByJobCentre(scope.jobCentre())
        .filter(citizen -> scope.includes(citizen.consultant()))
        .sort(Comparator.comparing(Citizen::id))
        .collectList()
        .flatMap(all -> search.goalGaps(all, profiles::of, enough).map(gaps -> new Result(
            SupplyGap.of(gaps, enough, vocabulary), all.size(), all.size() - gaps.size())));
  }

  private static SupplyGapGroup toApi(SupplyGap.Group group) {
    return new SupplyGapGroup().occupationCode(group.occupationCode()).goal(group.goal() == null ? "" : group.goal())
        .blocker(SupplyGapBlocker.valueOf(group.blocker().name())).citizenCount(group.citizens().size())
        .citizens(group.citizens().stream().map(c -> new SupplyGapCitizen().citizenId(UUID.fromString(c.citizenId()))
            .label(c.label()).acceptableCompanies(c.acceptableCompanies())).toList())
        .companies(group.companies().stream().map(c -> new BlockedCompany().companyId(UUID.fromString(c.companyId()))
            .name(c.name()).municipalityCode(c.municipalityCode()).distanceKm(c.distanceKm())
            .taskId(c.taskId() == null ? null : UUID.fromString(c.taskId()))
            .rule(dk.jobmatch.api.model.HardRule.valueOf(c.rule().name())).citizens(c.citizens()).opensWith(c.opensWith())
            .accommodations(c.accommodations()).hours(c.hours()).radiusKm(c.radiusKm()).availableFrom(c.availableFrom()))
            .toList());
  }
}
