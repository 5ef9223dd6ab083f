package dk.jobmatch.matcher.occupation;

import dk.jobmatch.api.OccupationsApi;
import dk.jobmatch.api.model.OccupationSuggestion;
import dk.jobmatch.api.model.OccupationSuggestionList;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Occupation suggestions (stillingsbetegnelser) for what a consultant types; reference data for any caller. */
@RestController
class OccupationController implements OccupationsApi {
  private final OccupationSearch search;

  OccupationController(OccupationSearch search) {
    this.search = search;
  }

  @Override
  public Mono<ResponseEntity<OccupationSuggestionList>> suggestOccupations(String q, Integer limit, ServerWebExchange exchange) {
    // The contract bounds the length; only spaces would pass it and find nothing, which is a caller's mistake.
    if (q.isBlank()) {
      return Mono.error(ApiProblem.of(ProblemType.BAD_PARAMETER, new FieldViolation("q", ProblemCode.BLANK, "must not be blank")));
    }
    String text = q.strip();
    return search.suggest(text, limit == null ? 5 : limit)
        .map(found -> ResponseEntity.ok(new OccupationSuggestionList()
            .query(text)
            .suggestions(found.stream().map(OccupationController::toApi).toList())
            .message(found.isEmpty() ? noMatch(text) : null)));
  }

  /** Said to the person typing, as it is: the page shows it under the field. */
  private static String noMatch(String text) {
    return "Ingen stillingsbetegnelse passer til »" + text + "«. Prøv et andet ord, eller skriv titlen som"
        + " fritekst.";
  }

  private static OccupationSuggestion toApi(dk.jobmatch.index.occupation.OccupationSuggestion s) {
    return new OccupationSuggestion()
        .occupationCode(s.code())
        .title(s.titleDa())
        .titleEn(s.titleEn())
        .matchedTitle(s.matchedTitle())
        .score(Math.round(s.score() * 1000) / 1000.0);
  }
}
