package dk.jobmatch.matcher.crm;

import dk.jobmatch.api.CrmSourcesApi;
import dk.jobmatch.api.model.CrmCheckpoint;
import dk.jobmatch.api.model.CrmPush;
import dk.jobmatch.api.model.CrmPushResult;
import dk.jobmatch.api.model.CrmQuarantinePage;
import dk.jobmatch.api.model.CrmQuarantinedRecord;
import dk.jobmatch.api.model.CrmSourceKind;
import dk.jobmatch.api.model.CrmSourceList;
import dk.jobmatch.api.model.CrmSyncRunList;
import dk.jobmatch.api.model.CrmSyncStatus;
import dk.jobmatch.api.model.CrmSyncTrigger;
import dk.jobmatch.crm.sync.SyncProgress;
import dk.jobmatch.crm.sync.WebhookSignature;
import dk.jobmatch.matcher.match.TaskSearch;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.web.BodyValidation;
import dk.jobmatch.matcher.web.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code /crm-sources} API: state, on-demand sync, run history, quarantine, and the signed webhook. */
@RestController
class CrmSourceController implements CrmSourcesApi {
  private final CrmSources sources;
  private final CrmSyncRunner runner;
  private final MongoCheckpoints checkpoints;
  private final MongoQuarantine quarantine;
  private final TaskSearch search;
  private final JsonMapper json;

  CrmSourceController(CrmSources sources, CrmSyncRunner runner, MongoCheckpoints checkpoints, MongoQuarantine quarantine,
      TaskSearch search, JsonMapper json) {
    this.sources = sources;
    this.runner = runner;
    this.checkpoints = checkpoints;
    this.quarantine = quarantine;
    this.search = search;
    this.json = json;
  }

  @Override
  public Mono<ResponseEntity<CrmSourceList>> listCrmSources(ServerWebExchange exchange) {
    return Flux.fromIterable(sources.all()).concatMap(this::describe).collectList()
        .map(items -> ResponseEntity.ok(new CrmSourceList().items(items)));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.CrmSource>> getCrmSource(String sourceId, ServerWebExchange exchange) {
    return describe(source(sourceId)).map(ResponseEntity::ok);
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.CrmSyncRun>> startCrmSync(String sourceId, ServerWebExchange exchange) {
    CrmSource source = source(sourceId);
    search.requireReady();
    return runner.start(source, "API")
        .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT, ProblemCode.CRM_SYNC_RUNNING,
            "A sync of " + sourceId + " is running already"
            + runner.current(sourceId).map(r -> " (run " + r.runId() + ")").orElse(" (on another replica)")
            + "; follow it under /crm-sources/" + sourceId + "/runs")))
        .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED)
            .location(URI.create("/crm-sources/" + sourceId + "/runs/" + run.runId()))
            .body(toApi(run)));
  }

  @Override
  public Mono<ResponseEntity<CrmSyncRunList>> listCrmSyncRuns(String sourceId, Integer limit, ServerWebExchange exchange) {
    source(sourceId);
    return runner.history(sourceId, limit == null ? 20 : limit)
        .map(runs -> ResponseEntity.ok(new CrmSyncRunList().items(runs.stream().map(CrmSourceController::toApi).toList())));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.CrmSyncRun>> getCrmSyncRun(String sourceId, UUID runId, ServerWebExchange exchange) {
    source(sourceId);
    return runner.find(sourceId, runId.toString())
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.CRM_RUN_NOT_FOUND, "Sync run " + runId + " of " + sourceId)))
        .map(run -> ResponseEntity.ok(toApi(run)));
  }

  @Override
  public Mono<ResponseEntity<CrmQuarantinePage>> listCrmQuarantine(String sourceId, Integer page, Integer size,
      ServerWebExchange exchange) {
    source(sourceId);
    PageRequest request = PageRequest.of(page, size);
    return quarantine.count(sourceId).zipWith(quarantine.page(sourceId, request.offset(), request.size()))
        .map(t -> ResponseEntity.ok(new CrmQuarantinePage()
            .items(t.getT2().stream().map(e -> new CrmQuarantinedRecord().sourceId(e.sourceId()).externalId(e.externalId())
                .where(e.where()).reason(e.reason()).excerpt(e.excerpt()).quarantinedAt(time(e.at()))).toList())
            .page(request.info(t.getT1()))));
  }

  @Override
  public Mono<ResponseEntity<CrmPushResult>> pushCrmChanges(String sourceId, Mono<CrmPush> body, String signature,
      ServerWebExchange exchange) {
    CrmSource source = source(sourceId);
    byte[] raw = exchange.getAttribute(RawWebhookBody.ATTRIBUTE);
    if (raw == null) {
      throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, ProblemCode.CRM_PUSH_TOO_LARGE,
          "The webhook body is larger than " + RawWebhookBody.MAX_BYTES + " bytes");
    }
    String secret = source.settings().webhookSecret();
    if (secret == null || secret.isBlank()) {
      throw new ApiProblem(ProblemType.UNAUTHENTICATED, ProblemCode.CRM_PUSH_DISABLED,
          "Source " + sourceId + " takes no pushed changes (no webhook secret configured)");
    }
    if (!WebhookSignature.matches(secret, raw, signature)) {
      throw new ApiProblem(ProblemType.UNAUTHENTICATED,
          "X-Crm-Signature must be sha256=<hex HMAC-SHA256 of the raw body with the source's webhook secret>; "
              + (signature == null ? "it is missing" : "it does not match this body"),
          List.of(new FieldViolation(WebhookSignature.HEADER, ProblemCode.CRM_SIGNATURE_INVALID,
              signature == null ? "is missing" : "does not match the body")));
    }
    search.requireReady();
    return BodyValidation.validated(body, CrmPush.class, CrmSourceController::recordsPresent)
        .flatMap(push -> {
          List<JsonNode> records = push.getRecords().stream().map(r -> (JsonNode) json.valueToTree(r)).toList();
          SyncProgress progress = new SyncProgress();
          return source.sync().push(records, progress).then(Mono.fromSupplier(() -> {
            SyncProgress.Counts c = progress.counts();
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CrmPushResult().received(records.size())
                .created(c.created()).updated(c.updated()).unchanged(c.unchanged()).deactivated(c.deactivated())
                .quarantined(c.quarantined()));
          }));
        });
  }

  /** Nulls inside a record are the CRM's own business (see {@link CrmPushNulls}); a null record is not a record. */
  private static List<FieldViolation> recordsPresent(CrmPush push) {
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < push.getRecords().size(); i++) {
      if (push.getRecords().get(i) == null) {
        violations.add(new FieldViolation("records[" + i + "]", ProblemCode.CRM_RECORD_NOT_OBJECT, "must be an object"));
      }
    }
    return violations;
  }

  private CrmSource source(String sourceId) {
    return sources.find(sourceId).orElseThrow(() -> ApiProblem.notFound(ProblemCode.CRM_SOURCE_NOT_FOUND, "CRM source " + sourceId));
  }

  private Mono<dk.jobmatch.api.model.CrmSource> describe(CrmSource source) {
    return Mono.zip(checkpoints.load(source.id()), runner.history(source.id(), 1), quarantine.count(source.id()))
        .map(t -> new dk.jobmatch.api.model.CrmSource()
            .sourceId(source.id())
            .kind(CrmSourceKind.fromValue(source.settings().kind().name()))
            .schedule(source.settings().schedule().toString())
            .running(runner.isRunning(source.id()))
            .circuitBreaker(source.calls().circuitState().name())
            .webhook(source.settings().webhookSecret() != null && !source.settings().webhookSecret().isBlank())
            .checkpoint(new CrmCheckpoint().since(t.getT1().since()).interrupted(t.getT1().interrupted()))
            .lastRun(t.getT2().isEmpty() ? null : toApi(t.getT2().getFirst()))
            .quarantined(t.getT3()));
  }

  static dk.jobmatch.api.model.CrmSyncRun toApi(SyncRun r) {
    return new dk.jobmatch.api.model.CrmSyncRun()
        .runId(UUID.fromString(r.runId()))
        .sourceId(r.sourceId())
        .trigger(CrmSyncTrigger.fromValue(r.trigger()))
        .status(CrmSyncStatus.fromValue(r.status()))
        .startedAt(time(r.startedAt()))
        .finishedAt(time(r.finishedAt()))
        .pages(r.pages()).created(r.created()).updated(r.updated()).unchanged(r.unchanged())
        .deactivated(r.deactivated()).quarantined(r.quarantined())
        .problem(r.problem());
  }

  private static OffsetDateTime time(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
