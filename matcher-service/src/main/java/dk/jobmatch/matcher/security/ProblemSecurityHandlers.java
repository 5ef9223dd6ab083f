package dk.jobmatch.matcher.security;

import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.problem.Problems;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem+json, like every other error of the API. */
final class ProblemSecurityHandlers {
  private final JsonMapper json;

  ProblemSecurityHandlers(JsonMapper json) {
    this.json = json;
  }

  ServerAuthenticationEntryPoint entryPoint() {
    return (exchange, e) -> {
      exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
      return write(exchange, ProblemType.UNAUTHENTICATED,
          "Send a valid bearer token (Authorization: Bearer ...); it is missing, expired or not signed by a trusted issuer");
    };
  }

  ServerAccessDeniedHandler accessDenied() {
    return (exchange, e) -> write(exchange, ProblemType.FORBIDDEN,
        "The token lacks the scope this call needs (" + requiredScope(exchange) + ")");
  }

  private static String requiredScope(ServerWebExchange exchange) {
    String path = exchange.getRequest().getPath().value();
    boolean read = "GET".equals(exchange.getRequest().getMethod().name());
    if (path.equals("/occupations")) {
      return "any of " + Scope.valuesOfAll();
    }
    if (path.endsWith("/matches")) {
      return Scope.MATCHES_READ.value();
    }
    if (path.startsWith("/citizens")) {
      return read ? Scope.CITIZENS_READ.value() + " or " + Scope.CITIZENS_WRITE.value() : Scope.CITIZENS_WRITE.value();
    }
    if (path.startsWith("/companies")) {
      return read ? Scope.COMPANIES_READ.value() + " or " + Scope.COMPANIES_WRITE.value() : Scope.COMPANIES_WRITE.value();
    }
    return "none grants this";
  }

  private Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
    ProblemDetail problem = Problems.of(type, detail, exchange.getRequest().getPath().value(), List.of());
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(type.status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = json.writeValueAsBytes(problem);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}
