package dk.jobmatch.matcher.citizen;

import dk.jobmatch.api.CitizensApi;
import dk.jobmatch.api.model.CitizenInput;
import dk.jobmatch.api.model.CitizenPage;
import dk.jobmatch.api.model.CitizenSort;
import dk.jobmatch.index.WishSuggestions;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.security.Caller;
import dk.jobmatch.matcher.web.BodyValidation;
import dk.jobmatch.matcher.web.ETags;
import dk.jobmatch.matcher.web.PageRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Citizens of the caller's job centre; another job centre's citizen is reported as not found. */
@RestController
class CitizenController implements CitizensApi {
  /** Saves of the same citizen racing an assignment; more than this in a row is not a race but a fault. */
  private static final int ASSIGN_RETRIES = 3;

  private final CitizenList list;
  private final CitizenRepository citizens;
  private final List<CitizenErasure> erasures;
  private final Clock clock;
  private final WishSuggestions wishSuggestions;

  CitizenController(CitizenRepository citizens, CitizenList list, List<CitizenErasure> erasures, Clock clock,
      WishSuggestions wishSuggestions) {
    this.list = list;
    this.wishSuggestions = wishSuggestions;
    this.citizens = citizens;
    this.erasures = erasures;
    this.clock = clock;
  }

  @Override
  public Mono<ResponseEntity<CitizenPage>> listCitizens(Integer page, Integer size, Boolean mine, String q, CitizenSort sort,
      ServerWebExchange exchange) {
    if (q != null && q.isBlank()) {
      return Mono.error(ApiProblem.of(ProblemType.BAD_PARAMETER, new FieldViolation("q", ProblemCode.BLANK, "must not be blank")));
    }
    PageRequest request = PageRequest.of(page, size);
    CitizenList.Order order = sort == CitizenSort.LAST_ACTIVITY ? CitizenList.Order.LAST_ACTIVITY : CitizenList.Order.NEWEST;
    return Caller.current().flatMap(caller -> list.page(new CitizenList.Request(caller.jobCentre(),
            Boolean.TRUE.equals(mine) ? caller.subject() : null, q, order, request)))
        .map(found -> ResponseEntity.ok(new CitizenPage()
            .items(found.items().stream().map(listed -> toApi(listed.citizen())
                .lastActivityAt(listed.lastActivity() == null ? null : listed.lastActivity().atOffset(ZoneOffset.UTC))).toList())
            .page(request.info(found.totalItems()))));
  }

  /**
   * Read, changed and saved with the version read; a profile saved in between makes the save fail on
   * the version, and the assignment is made again on what was saved, so neither change is lost.
   */
  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Citizen>> assignCitizenToMe(UUID citizenId, String ifMatch,
      ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> find(citizenId).flatMap(current -> {
          ETags.check(ifMatch, current.version(), false);
          if (caller.subject().equals(current.consultant())) {
            return Mono.just(current);
          }
          return citizens.save(current.assignedTo(caller.subject(), clock.instant()));
        })
        .retryWhen(Retry.max(ASSIGN_RETRIES).filter(OptimisticLockingFailureException.class::isInstance)))
        .map(saved -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(toApi(saved)));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Citizen>> createCitizen(Mono<CitizenInput> body, ServerWebExchange exchange) {
    return Caller.current().zipWith(BodyValidation.validated(body, CitizenInput.class, CitizenRules::check)).flatMap(t -> {
      Instant now = clock.instant();
      Citizen record = CitizenMapping.toRecord(t.getT2(), UUID.randomUUID().toString(), null, t.getT1().jobCentre(), now, now);
      return citizens.insert(record);
    }).map(saved -> ResponseEntity.created(URI.create("/citizens/" + saved.id()))
        .eTag(ETags.of(saved.version())).body(toApi(saved)));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Citizen>> getCitizen(UUID citizenId, ServerWebExchange exchange) {
    return find(citizenId).map(c -> ResponseEntity.ok().eTag(ETags.of(c.version())).body(toApi(c)));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Citizen>> updateCitizen(UUID citizenId, String ifMatch,
      Mono<CitizenInput> body, ServerWebExchange exchange) {
    return find(citizenId).zipWith(BodyValidation.validated(body, CitizenInput.class, CitizenRules::check)).flatMap(t -> {
      Citizen current = t.getT1();
      ETags.check(ifMatch, current.version(), true);
      Citizen updated = CitizenMapping.toRecord(t.getT2(), current.id(), current.version(), current.jobCentre(),
          current.createdAt(), clock.instant());
      return citizens.save(updated);
    }).map(saved -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(toApi(saved)));
  }

  @Override
  public Mono<ResponseEntity<Void>> deleteCitizen(UUID citizenId, ServerWebExchange exchange) {
    return find(citizenId).flatMap(c -> citizens.delete(c)
            .thenMany(Flux.fromIterable(erasures).concatMap(erasure -> erasure.erase(c.id(), c.jobCentre())))
            .then())
        .then(Mono.just(ResponseEntity.status(HttpStatus.NO_CONTENT).<Void>build()));
  }

  private Mono<Citizen> find(UUID citizenId) {
    return Caller.current().flatMap(caller -> citizens.findByIdAndJobCentre(citizenId.toString(), caller.jobCentre()))
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.CITIZEN_NOT_FOUND, "Citizen " + citizenId)));
  }


  private dk.jobmatch.api.model.Citizen toApi(Citizen c) {
    return CitizenMapping.toApi(c, wishSuggestions.suggest(c.developmentGoals() == null ? List.of() : c.developmentGoals()));
  }
}
