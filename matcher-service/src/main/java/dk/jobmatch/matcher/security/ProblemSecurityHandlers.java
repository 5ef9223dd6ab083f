package dk.jobmatch.matcher.security;

import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and the firewall's 400 as problem+json, like every other error of the API. */
final class ProblemSecurityHandlers {
  private final JsonMapper json;
  private final AccessRules rules;

  ProblemSecurityHandlers(JsonMapper json, AccessRules rules) {
    this.json = json;
    this.rules = rules;
  }

  ServerAuthenticationEntryPoint entryPoint() {
    return (exchange, e) -> {
      exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
      return write(exchange, new ApiProblem(ProblemType.UNAUTHENTICATED, ProblemCode.TOKEN_MISSING,
          "Send a valid bearer token (Authorization: Bearer ...); it is missing, expired or not signed by a trusted issuer"),
          exchange.getRequest().getPath().value());
    };
  }

  /** Names the scope from the same rule that refused the call (see {@link AccessRules}). */
  ServerAccessDeniedHandler accessDenied() {
    return (exchange, e) -> rules.ruleFor(exchange).flatMap(rule -> write(exchange,
        rule.filter(r -> !r.open())
            .map(r -> new ApiProblem(ProblemType.FORBIDDEN, ProblemCode.SCOPE_MISSING,
                "The token lacks the scope this call needs: " + r.grantedBy()))
            .orElseGet(() -> new ApiProblem(ProblemType.FORBIDDEN, ProblemCode.FORBIDDEN,
                "The token is not allowed to make this call")),
        exchange.getRequest().getPath().value()));
  }

  /**
   * The firewall refuses paths that could mean something else to another component (an encoded
   * {@code ../}, {@code //}, {@code ;}, a control character). The connection stays usable. The path
   * is not echoed: it is whatever an attacker sent.
   */
  ServerExchangeRejectedHandler rejected() {
    return (exchange, e) -> write(exchange, new ApiProblem(ProblemType.REQUEST_REJECTED, ProblemCode.REJECTED,
        "The request path contains a sequence the service refuses, such as an encoded '../', '//', ';' or a control"
            + " character; send the path without it"), null);
  }

  private Mono<Void> write(ServerWebExchange exchange, ApiProblem problem, String instance) {
    ProblemDetail body = Problems.of(problem, instance, Problems.locale(exchange));
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(problem.type().status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] bytes = json.writeValueAsBytes(body);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
  }
}
