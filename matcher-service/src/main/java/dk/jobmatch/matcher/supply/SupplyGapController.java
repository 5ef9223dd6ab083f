package dk.jobmatch.matcher.supply;

import dk.jobmatch.api.SupplyApi;
import dk.jobmatch.api.model.BlockedCompany;
import dk.jobmatch.api.model.CsvFormat;
import dk.jobmatch.api.model.FiguresLevel;
import dk.jobmatch.api.model.SupplyGapBlocker;
import dk.jobmatch.api.model.SupplyGapCitizen;
import dk.jobmatch.api.model.SupplyGapGroup;
import dk.jobmatch.index.vocabulary.Vocabulary;
import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.figures.Csv;
import dk.jobmatch.matcher.figures.TeamsProperties;
import dk.jobmatch.matcher.match.CitizenProfiles;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.security.Caller;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The supply gap of the caller's job centre, a team or a consultant, as JSON and CSV. */
@RestController
class SupplyGapController implements SupplyApi {
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  private static final List<Csv.Column> COLUMNS = List.of(new Csv.Column("goal", "jobmål"),
      new Csv.Column("occupationCode", "stillingskode"), new Csv.Column("blocker", "blokering"),
      new Csv.Column("citizenId", "borger"), new Csv.Column("label", "mærkat"),
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
      Scope scope = scope(caller, consultant, team);
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
      Scope scope = scope(caller, consultant, team);
      return compute(scope, fewerThan).map(result -> {
        Csv csv = new Csv(format, COLUMNS);
        for (SupplyGap.Group group : result.gap().groups()) {
          for (SupplyGap.GapCitizen c : group.citizens()) {
            csv.row(java.util.Arrays.asList(group.goal(), group.occupationCode(), csv.label(group.blocker(), Blocker::danish),
                c.citizenId(), c.label(), c.acceptableCompanies(), group.companies().size()));
          }
        }
        return ResponseEntity.ok().contentType(CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"supply-gap-" + caller.jobCentre() + ".csv\"")
            .body(csv.toString());
      });
    });
  }

  /** Whose supply gap: the job centre, a team or a consultant; {@code consultants} null for everyone. */
  private record Scope(String jobCentre, FiguresLevel level, String name, List<String> consultants) {
    boolean includes(Citizen citizen) {
      return consultants == null || citizen.consultant() != null && consultants.contains(citizen.consultant());
    }
  }

  /** The gap and how many citizens it was worked out for. */
  private record Result(SupplyGap gap, int citizens, int withoutJobGoal) {}

  private Scope scope(Caller caller, String consultant, String team) {
    if (consultant != null && team != null) {
      throw ApiProblem.invalid(List.of(new FieldViolation("team", ProblemCode.CONSULTANT_AND_TEAM,
          "give either consultant or team, not both")));
    }
    if (team != null) {
      List<String> members = teams.of(caller.jobCentre()).get(team);
      if (members == null) {
        throw ApiProblem.notFound(ProblemCode.TEAM_NOT_FOUND, "Team " + team);
      }
      return new Scope(caller.jobCentre(), FiguresLevel.TEAM, team, members);
    }
    if (consultant != null) {
      return new Scope(caller.jobCentre(), FiguresLevel.CONSULTANT, consultant, List.of(consultant));
    }
    return new Scope(caller.jobCentre(), FiguresLevel.JOB_CENTRE, null, null);
  }

  private Mono<Result> compute(Scope scope, Integer fewerThan) {
    int enough = fewerThan == null ? 1 : fewerThan;
    search.requireReady();
    return citizens.findByJobCentre(scope.jobCentre())
        .filter(scope::includes)
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
