package dk.jobmatch.matcher.audit;

import dk.jobmatch.api.AuditApi;
import dk.jobmatch.api.model.AuditEntryPage;
import dk.jobmatch.api.model.CsvFormat;
import dk.jobmatch.matcher.figures.Csv;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.security.Caller;
import dk.jobmatch.matcher.web.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The audit log of the caller's job centre, for its auditors ({@code audit.read}); never another's. */
@RestController
class AuditLogController implements AuditApi {
  /** A period's days are Danish days: an auditor asking for 3 March means 3 March in Denmark. */
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final List<Csv.Column> COLUMNS = List.of(new Csv.Column("at", "tidspunkt"),
      new Csv.Column("jobCentre", "jobcenter"), new Csv.Column("subject", "bruger"),
      new Csv.Column("operation", "handling"), new Csv.Column("resourceId", "ressource"),
      new Csv.Column("citizenId", "borger"), new Csv.Column("status", "status"), new Csv.Column("outcome", "udfald"));

  private final AuditLog auditLog;

  AuditLogController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @Override
  public Mono<ResponseEntity<AuditEntryPage>> listAuditLog(Integer page, Integer size, UUID citizenId, String subject,
      LocalDate from, LocalDate to, ServerWebExchange exchange) {
    PageRequest request = PageRequest.of(page, size);
    return filter(citizenId, subject, from, to)
        .flatMap(filter -> auditLog.page(filter, request))
        .map(found -> ResponseEntity.ok(new AuditEntryPage()
            .items(found.items().stream().map(AuditLogController::toApi).toList())
            .page(request.info(found.totalItems()))));
  }

  @Override
  public Mono<ResponseEntity<String>> exportAuditLog(CsvFormat format, UUID citizenId, String subject, LocalDate from,
      LocalDate to, ServerWebExchange exchange) {
    return filter(citizenId, subject, from, to).flatMap(filter -> {
      Csv csv = new Csv(format, COLUMNS);
      return auditLog.all(filter)
          .doOnNext(e -> csv.row(Arrays.asList(e.at(), e.jobCentre(), e.subject(),
              csv.label(e.operation(), AuditOperation::danish), e.resourceId(), e.citizenId(), e.status(),
              csv.label(e.outcome(), AuditOutcome::danish))))
          .then(Mono.fromSupplier(() -> csv.attachment("audit-log-" + filter.jobCentre() + ".csv")));
    });
  }

  private static Mono<AuditLog.Filter> filter(UUID citizenId, String subject, LocalDate from, LocalDate to) {
    if (subject != null && subject.isBlank()) {
      return Mono.error(ApiProblem.invalid(List.of(new FieldViolation("subject", ProblemCode.BLANK, "must not be blank"))));
    }
    if (from != null && to != null && to.isBefore(from)) {
      return Mono.error(ApiProblem.invalid(List.of(new FieldViolation("to", ProblemCode.TO_BEFORE_FROM, "must not be before from"))));
    }
    Instant start = from == null ? null : from.atStartOfDay(DANISH_TIME).toInstant();
    Instant until = to == null ? null : to.plusDays(1).atStartOfDay(DANISH_TIME).toInstant();
    return Caller.current().map(caller -> new AuditLog.Filter(caller.jobCentre(),
        citizenId == null ? null : citizenId.toString(), subject, start, until));
  }

  private static dk.jobmatch.api.model.AuditEntry toApi(AuditEntry e) {
    return new dk.jobmatch.api.model.AuditEntry()
        .entryId(UUID.fromString(e.id()))
        .at(e.at().atOffset(ZoneOffset.UTC))
        .subject(e.subject())
        .jobCentre(e.jobCentre())
        .operation(dk.jobmatch.api.model.AuditOperation.valueOf(e.operation().name()))
        .resourceId(e.resourceId())
        .citizenId(e.citizenId() == null ? null : UUID.fromString(e.citizenId()))
        .status(e.status())
        .outcome(dk.jobmatch.api.model.AuditOutcome.valueOf(e.outcome().name()));
  }
}
