package dk.jobmatch.matcher.match;

import dk.jobmatch.api.MatchesApi;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.security.Caller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Ranked companies for one citizen of the caller's job centre. */
@RestController
class MatchController implements MatchesApi {
  private final CitizenRepository citizens;
  private final TaskSearch search;

  MatchController(CitizenRepository citizens, TaskSearch search) {
    this.citizens = citizens;
    this.search = search;
  }

  @Override
  public Mono<ResponseEntity<MatchList>> getMatches(UUID citizenId, Integer limit, ServerWebExchange exchange) {
    int top = limit == null ? 10 : limit;
    return Caller.current()
        .flatMap(caller -> citizens.findByIdAndJobCentre(citizenId.toString(), caller.jobCentre()))
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Citizen " + citizenId)))
        .flatMap(citizen -> {
          search.requireReady();
          return search.match(CitizenProfiles.of(citizen), top)
              .map(result -> MatchListMapping.toApi(citizen.id(), citizen.home().maxCommuteKm(), result));
        })
        .map(ResponseEntity::ok);
  }
}
