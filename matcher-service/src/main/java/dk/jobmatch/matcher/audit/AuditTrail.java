package dk.jobmatch.matcher.audit;

import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.problem.Problems;
import dk.jobmatch.matcher.reference.Municipalities;
import dk.jobmatch.matcher.security.Caller;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leaves an audit entry for every call {@link AuditOperation} names, in the call's own reactive
 * chain, before its response is committed: if the entry cannot be stored, the call answers 503
 * ({@code service.audit-unavailable}) and nothing of the data leaves the service.
 *
 * <p>A filter on the routes rather than a call in each controller: one list of what is audited,
 * every way a call can end (404 of another job centre's citizen, 400 of a bad path, 412, 409) is
 * seen by its status, and an endpoint added to the contract is caught by a test against that list.
 * The outcome is the class of the status.
 *
 * <p>"Never lost" without transactions (MongoDB has none across two collections here): a write's
 * entry is stored as {@link AuditOutcome#UNFINISHED} before the write is made and completed with the
 * outcome before the response goes out. If the completion fails, the caller gets 503 and the entry
 * stays UNFINISHED, so a change that happened can never lack an entry, at worst one that says its
 * outcome is unknown. A read's entry is stored once, after the read and before the answer.
 *
 * <p>Calls the token check refuses (401, or 403 for a missing scope) never reach a controller and
 * are not audited here, nor calls with a token that names no valid job centre, which {@link Caller}
 * refuses with 403 before any data is read.
 */
@Component
@Order(AuditTrail.ORDER)
class AuditTrail implements WebFilter {
  /** After Spring Security's filter chain (order -100), whose security context it reads. */
  static final int ORDER = 0;
  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

  private final AuditLog auditLog;
  private final EntryIds ids = new EntryIds();
  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final JsonMapper json;

  AuditTrail(AuditLog auditLog, ReactiveMongoTemplate mongo, Clock clock, JsonMapper json) {
    this.auditLog = auditLog;
    this.mongo = mongo;
    this.clock = clock;
    this.json = json;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    Optional<AuditOperation.Call> call = AuditOperation.of(exchange.getRequest().getMethod(),
        exchange.getRequest().getPath().pathWithinApplication());
    if (call.isEmpty()) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication())
        .filter(JwtAuthenticationToken.class::isInstance)
        .map(auth -> Optional.of(((JwtAuthenticationToken) auth).getToken()))
        .defaultIfEmpty(Optional.empty())
        .flatMap(token -> token.isPresent() && ofAJobCentre(token.get())
            ? audited(exchange, chain, call.get(), token.get())
            : chain.filter(exchange))
        .onErrorResume(AuditUnavailable.class, e -> answerUnavailable(exchange, e));
  }

  /** A token without a valid job centre reaches no data ({@link Caller} refuses it), and no auditor could see its entry. */
  private static boolean ofAJobCentre(Jwt token) {
    String jobCentre = token.getClaimAsString(Caller.JOB_CENTRE_CLAIM);
    return jobCentre != null && Municipalities.bundled().contains(jobCentre);
  }

  private Mono<Void> audited(ServerWebExchange exchange, WebFilterChain chain, AuditOperation.Call call, Jwt token) {
    AuditOperation operation = call.operation();
    String resourceId = call.resourceId();
    AuditEntry begun = new AuditEntry(ids.next(), clock.instant(), token.getSubject(),
        token.getClaimAsString(Caller.JOB_CENTRE_CLAIM), operation, resourceId,
        operation.aboutCitizen() ? resourceId : null, null, AuditOutcome.UNFINISHED);
    AtomicBoolean ended = new AtomicBoolean();
    // Once only: an error answer written after a failed entry must not try to write another.
    exchange.getResponse().beforeCommit(() -> ended.compareAndSet(false, true) ? end(begun, exchange.getResponse()) : Mono.empty());
    Mono<Void> beforeTheWrite = operation.write()
        ? auditLog.append(begun).then().onErrorMap(e -> unavailable(operation, e))
        : Mono.empty();
    return beforeTheWrite.then(Mono.defer(() -> chain.filter(exchange)));
  }

  private Mono<Void> end(AuditEntry begun, ServerHttpResponse response) {
    AuditOperation operation = begun.operation();
    HttpStatusCode answered = response.getStatusCode();
    int status = answered == null ? 200 : answered.value();
    String resourceId = begun.resourceId() != null ? begun.resourceId()
        : operation.creates() && status < 300 ? created(response.getHeaders()) : null;
    Mono<Optional<String>> citizen = operation == AuditOperation.CITIZEN_CREATE || operation.aboutCitizen()
        ? Mono.just(Optional.ofNullable(resourceId))
        : operation.aboutPlacement() && resourceId != null
            ? citizenOfPlacement(resourceId, begun.jobCentre())
            : Mono.just(Optional.empty());
    return citizen
        .flatMap(id -> {
          AuditEntry finished = begun.endedWith(status, resourceId, id.orElse(null));
          return operation.write() ? auditLog.finish(finished) : auditLog.append(finished).then();
        })
        .onErrorMap(e -> !(e instanceof AuditUnavailable), e -> unavailable(operation, e));
  }

  /** The last segment of the created record's {@code Location}: its id. */
  private static String created(HttpHeaders headers) {
    URI location = headers.getLocation();
    if (location == null || location.getPath() == null) {
      return null;
    }
    String path = location.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private Mono<Optional<String>> citizenOfPlacement(String placementId, String jobCentre) {
    Query query = new Query(Criteria.where("_id").is(placementId).and("jobCentre").is(jobCentre));
    query.fields().include("citizenId");
    return mongo.findOne(query, Document.class, mongo.getCollectionName(Placement.class))
        .map(placement -> Optional.ofNullable(placement.getString("citizenId")))
        .defaultIfEmpty(Optional.empty());
  }

  private static AuditUnavailable unavailable(AuditOperation operation, Throwable cause) {
    log.warn("Audit entry for {} could not be stored; the call is answered 503: {}", operation, cause.toString());
    return new AuditUnavailable();
  }

  /** The 503, when the error reached this filter without an answer written for it. */
  private Mono<Void> answerUnavailable(ServerWebExchange exchange, AuditUnavailable problem) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.error(problem);
    }
    ProblemDetail body = Problems.of(problem, exchange.getRequest().getPath().value(), Problems.locale(exchange));
    response.setStatusCode(problem.type().status());
    response.getHeaders().remove(HttpHeaders.ETAG);
    response.getHeaders().remove(HttpHeaders.LOCATION);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(body))));
  }

  /** The audit entry of a call could not be stored. */
  static final class AuditUnavailable extends ApiProblem {
    AuditUnavailable() {
      super(ProblemType.UNAVAILABLE, ProblemCode.AUDIT_UNAVAILABLE,
          "The audit log could not be written, so the answer was held back; a change may have been saved:"
              + " read it again before you retry");
    }
  }
}
