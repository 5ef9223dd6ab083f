package dk.jobmatch.matcher.security;

import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.reference.Municipalities;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code POST /dev/token}: a development token for a newcomer's first calls. Answers loopback
 * callers only, and exists only on the embedded default (see {@link DevTokenConfiguration}).
 */
@RestController
@ConditionalOnDevIssuer
class DevTokenController {
  static final String PATH = "/dev/token";

  private final DevTokens tokens;

  DevTokenController(DevTokens tokens) {
    this.tokens = tokens;
  }

  /** The bare token, for shell use: {@code TOKEN=$(curl -s -X POST -H 'Accept: text/plain' localhost:8080/dev/token)}. */
  @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
  String bareToken(
      @RequestParam(name = "jobCentre", defaultValue = "101") String jobCentre,
      @RequestParam(name = "consultant", defaultValue = "dev-consultant") String consultant,
      @RequestParam(name = "scope", required = false) List<String> scopes,
      ServerWebExchange exchange) {
    return (String) token(jobCentre, consultant, scopes, exchange).get("access_token");
  }

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> token(
      @RequestParam(name = "jobCentre", defaultValue = "101") String jobCentre,
      @RequestParam(name = "consultant", defaultValue = "dev-consultant") String consultant,
      @RequestParam(name = "scope", required = false) List<String> scopes,
      ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    if (remote == null || remote.getAddress() == null || !remote.getAddress().isLoopbackAddress()) {
      throw ApiProblem.notFound(ProblemCode.NOT_FOUND, "Resource " + PATH);
    }
    if (!Municipalities.bundled().contains(jobCentre)) {
      throw ApiProblem.invalid(List.of(new FieldViolation("jobCentre", ProblemCode.SIGNIN_JOB_CENTRE_UNKNOWN,
          "must be a municipality code such as 101 (København)")));
    }
    List<String> granted = scopes == null || scopes.isEmpty()
        ? Arrays.stream(Scope.values()).map(Scope::value).toList()
        : scopes.stream().flatMap(s -> Arrays.stream(s.split("[ ,]+"))).filter(s -> !s.isBlank()).toList();
    if (!consultant.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new ApiProblem(ProblemType.VALIDATION, "consultant must be 1-64 letters, digits, '.', '_' or '-'",
          List.of(new FieldViolation("consultant", ProblemCode.SIGNIN_CONSULTANT_INVALID, "must be 1-64 letters, digits, '.', '_' or '-'")));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", tokens.mint(consultant, jobCentre, granted));
    body.put("token_type", "Bearer");
    body.put("expires_in", DevTokens.LIFETIME.toSeconds());
    body.put("scope", String.join(" ", granted));
    body.put("job_centre", jobCentre);
    return body;
  }
}
