package dk.jobmatch.matcher.placement;

import dk.jobmatch.api.PlacementsApi;
import dk.jobmatch.api.model.FollowUpInput;
import dk.jobmatch.api.model.FollowUpList;
import dk.jobmatch.api.model.FollowUpParticipant;
import dk.jobmatch.api.model.HoursEntryInput;
import dk.jobmatch.api.model.HoursLedger;
import dk.jobmatch.api.model.PlacementAgreement;
import dk.jobmatch.api.model.PlacementEnd;
import dk.jobmatch.api.model.PlacementPage;
import dk.jobmatch.api.model.PlacementProposal;
import dk.jobmatch.api.model.PlacementStart;
import dk.jobmatch.api.model.PlacementStatus;
import dk.jobmatch.api.model.PlacementWithdrawal;
import dk.jobmatch.api.model.WorkAgreement;
import dk.jobmatch.index.HardRule;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.CompanyIndexFeed;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.company.PlacementLoads;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.problem.Problems;
import dk.jobmatch.matcher.security.Caller;
import dk.jobmatch.matcher.web.BodyValidation;
import dk.jobmatch.matcher.web.ETags;
import dk.jobmatch.matcher.web.PageRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Placements of the caller's job centre: propose from a match row, agree, start, end or withdraw,
 * the work agreement, the hours ledger and follow-ups. A change that takes or frees a seat, or
 * changes the company's monthly count or paid-hours record, re-indexes the company before the
 * response, so the next match list shows it.
 */
@RestController
class PlacementController implements PlacementsApi {
  /** Writes of others between reading an ended placement and saving its record: each is one more read. */
  private static final int RECORD_RETRIES = 20;
  private final PlacementRepository placements;
  private final HoursLedgers ledgers;
  private final ReactiveMongoTemplate mongo;
  private final CitizenRepository citizens;
  private final CompanyRepository companies;
  private final PlacementLoads loads;
  private final CompanyIndexFeed feed;
  private final JsonMapper json;
  private final Clock clock;

  PlacementController(PlacementRepository placements, HoursLedgers ledgers, ReactiveMongoTemplate mongo,
      CitizenRepository citizens, CompanyRepository companies, PlacementLoads loads, CompanyIndexFeed feed, JsonMapper json,
      Clock clock) {
    this.placements = placements;
    this.ledgers = ledgers;
    this.mongo = mongo;
    this.citizens = citizens;
    this.companies = companies;
    this.loads = loads;
    this.feed = feed;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Mono<ResponseEntity<PlacementPage>> listPlacements(Integer page, Integer size, PlacementStatus status,
      String consultant, UUID citizenId, UUID companyId, Boolean overdue, ServerWebExchange exchange) {
    PageRequest request = PageRequest.of(page, size);
    LocalDate today = LocalDate.now(clock);
    Predicate<Placement> wanted = p -> (status == null || p.status().name().equals(status.getValue()))
        && (consultant == null || consultant.equals(p.consultant()))
        && (citizenId == null || citizenId.toString().equals(p.citizenId()))
        && (companyId == null || companyId.toString().equals(p.companyId()))
        && (overdue == null || overdue == p.followUpOverdue(today));
    return Caller.current().flatMap(caller -> placements.findByJobCentre(caller.jobCentre())
        .filter(wanted)
        .sort(Comparator.comparing(Placement::createdAt).thenComparing(Placement::id).reversed())
        .collectList()
        .flatMap(all -> {
          List<Placement> onPage = all.stream().skip(request.offset()).limit(request.size()).toList();
          return companyNames(onPage).zipWith(ledgers.of(onPage)).map(t -> ResponseEntity.ok(new PlacementPage()
              .items(onPage.stream().map(p -> PlacementMapping.toApi(p, t.getT2().get(p.id()), t.getT1().get(p.companyId()),
                  today, json)).toList())
              .page(request.info(all.size()))));
        }));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> proposePlacement(Mono<PlacementProposal> body,
      ServerWebExchange exchange) {
    LocalDate today = LocalDate.now(clock);
    return Caller.current()
        .zipWith(BodyValidation.validated(body, PlacementProposal.class, in -> PlacementRules.proposal(in, today)))
        .flatMap(t -> {
          Caller caller = t.getT1();
          PlacementProposal in = t.getT2();
          List<String> taskIds = PlacementMapping.list(in.getTaskIds(), UUID::toString);
          return citizens.findByIdAndJobCentre(in.getCitizenId().toString(), caller.jobCentre())
              .switchIfEmpty(Mono.error(() -> PlacementRules.invalid("citizenId", ProblemCode.PLACEMENT_CITIZEN_UNKNOWN,
                  "is not a citizen of your job centre")))
              .zipWith(company(in.getCompanyId().toString(), "companyId"))
              .flatMap(found -> {
                tasksOf(found.getT2(), taskIds, "taskIds");
                Instant now = clock.instant();
                String consultant = in.getConsultant() != null ? in.getConsultant()
                    : found.getT1().consultant() != null ? found.getT1().consultant() : caller.subject();
                Placement proposed = Placement.proposed(UUID.randomUUID().toString(), caller.jobCentre(),
                    found.getT1().id(), found.getT2().id(), taskIds, consultant, in.getCaseworker(),
                    in.getPlannedStartDate() == null ? today : in.getPlannedStartDate(), in.getNote(),
                    PlacementMapping.list(in.getMatchedTasks(), task -> PlacementMapping.toStored(task, json)),
                    caller.subject(), now);
                Company company = found.getT2();
                return notProposedAlready(proposed)
                    .then(Mono.defer(() -> placements.insert(proposed)))
                    // A proposal is a request against the company's contact limit: the next match must know.
                    .flatMap(saved -> (company.hasContactLimit() ? feed.refresh(company.id()) : Mono.<Void>empty())
                        .thenReturn(saved));
              });
        })
        .flatMap(saved -> view(saved).map(view -> ResponseEntity.created(URI.create("/placements/" + saved.id()))
            .eTag(ETags.of(saved.version())).body(view)));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> getPlacement(UUID placementId, ServerWebExchange exchange) {
    return find(placementId).flatMap(p -> view(p).map(view -> ResponseEntity.ok().eTag(ETags.of(p.version())).body(view)));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> putWorkAgreement(UUID placementId, String ifMatch,
      Mono<WorkAgreement> body, ServerWebExchange exchange) {
    return find(placementId).zipWith(BodyValidation.validated(body, WorkAgreement.class, PlacementRules::none))
        .flatMap(t -> {
          Placement current = t.getT1();
          ETags.check(ifMatch, current.version(), true);
          dk.jobmatch.matcher.placement.WorkAgreement agreement = PlacementMapping.toRecord(t.getT2());
          Placement updated = current.withWorkAgreement(agreement, clock.instant());
          return company(current.companyId(), null).flatMap(company -> {
            tasksOf(company, agreement.taskIds(), "taskIds");
            Mono<Void> seats = current.status().holdsASeat() ? seatsFree(current, agreement.taskIds(), company) : Mono.empty();
            return seats.then(save(updated, current.status().holdsASeat()));
          });
        })
        .onErrorMap(IllegalTransition.class, PlacementController::conflict);
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> agreePlacement(UUID placementId, String ifMatch,
      Mono<PlacementAgreement> body, ServerWebExchange exchange) {
    return transition(placementId, ifMatch, body, PlacementAgreement.class, PlacementRules::none, (current, in, caller) -> {
      LocalDate start = in.map(PlacementAgreement::getStartDate).orElse(null);
      Placement agreed = current.agree(start, LocalDate.now(clock), caller.subject(), clock.instant());
      return company(current.companyId(), null)
          .flatMap(company -> seatsFree(current, current.taskIds(), company))
          .thenReturn(agreed);
    });
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> startPlacement(UUID placementId, String ifMatch,
      Mono<PlacementStart> body, ServerWebExchange exchange) {
    return transition(placementId, ifMatch, body, PlacementStart.class, PlacementRules::none, (current, in, caller) -> {
      LocalDate today = LocalDate.now(clock);
      LocalDate start = in.map(PlacementStart::getStartDate).orElse(today);
      Placement started = current.start(start, UUID.randomUUID().toString(), caller.subject(), clock.instant());
      PlacementRules.notInFuture("startDate", start, today);
      return Mono.just(started);
    });
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> endPlacement(UUID placementId, Mono<PlacementEnd> body,
      String ifMatch, ServerWebExchange exchange) {
    return transition(placementId, ifMatch, body, PlacementEnd.class, PlacementRules::end, (current, in, caller) ->
        ledgers.of(current).map(ledger -> {
          LocalDate today = LocalDate.now(clock);
          PlacementEnd end = in.orElseThrow();
          LocalDate last = end.getEndDate() == null ? today : end.getEndDate();
          Placement ended = current.end(last, PlacementOutcome.valueOf(end.getOutcome().getValue()),
              end.getReason() == null ? null : end.getReason().strip(), ledger, caller.subject(), clock.instant());
          PlacementRules.notInFuture("endDate", last, today);
          if (current.activeFrom() != null && last.isBefore(current.activeFrom())) {
            throw PlacementRules.beforeStart("endDate", current.activeFrom());
          }
          return ended;
        }));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> withdrawPlacement(UUID placementId,
      Mono<PlacementWithdrawal> body, String ifMatch, ServerWebExchange exchange) {
    return transition(placementId, ifMatch, body, PlacementWithdrawal.class, PlacementRules::none, (current, in, caller) ->
        Mono.just(current.withdraw(in.orElseThrow().getReason().strip(), LocalDate.now(clock), caller.subject(),
            clock.instant())));
  }

  @Override
  public Mono<ResponseEntity<HoursLedger>> getHoursLedger(UUID placementId, LocalDate asOf, ServerWebExchange exchange) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    return find(placementId).flatMap(ledgers::of).map(ledger -> ResponseEntity.ok(new HoursLedger()
        .placementId(placementId)
        .asOf(day)
        .current(PlacementMapping.currentHours(ledger, day))
        .entries(ledger.entries().stream().map(e -> PlacementMapping.toApi(e, ledger, Problems.locale(exchange)))
            .toList())));
  }

  /**
   * Appends an entry to the ledger without touching the placement, so concurrent entries are all
   * accepted (no If-Match: an append changes nothing anyone read). An ended placement's paid-hours
   * record is then brought up to date with the ledger as it now is.
   */
  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.HoursEntry>> recordHours(UUID placementId, Mono<HoursEntryInput> body,
      ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> find(placementId)
            .zipWith(BodyValidation.validated(body, HoursEntryInput.class, PlacementRules::none))
            .flatMap(t -> {
              Placement current = t.getT1();
              HoursEntryInput in = t.getT2();
              if (current.activeFrom() == null) {
                // The status decides first: hours on a placement that has not started are a 409, whatever the dates.
                throw new IllegalTransition(ProblemCode.HOURS_BEFORE_ACTIVE,
                    "Cannot record hours on a placement that is " + current.status()
                    + "; hours are recorded once it is ACTIVE");
              }
              // Only a correction is checked against the ledger (the entry it corrects must be in it, not
              // corrected yet); a plain entry is appended without reading the ledger, however long it is.
              Mono<dk.jobmatch.matcher.placement.HoursLedger> against = in.getCorrects() == null
                  ? Mono.just(current.ledger(List.of())) : ledgers.of(current);
              return against.flatMap(ledger -> {
                PlacementRules.hoursEffective(in, current, ledger, LocalDate.now(clock));
                // Sequence 0 until stored: the store numbers it (HoursLedgers.append).
                HoursEntry entry = new HoursEntry(UUID.randomUUID().toString(), 0,
                    in.getEffectiveFrom(), in.getInternshipHours(), in.getOrdinaryHours(),
                    in.getWageSubsidyHours() == null ? 0 : in.getWageSubsidyHours(),
                    in.getCorrects() == null ? null : in.getCorrects().toString(),
                    in.getNote() == null ? null : in.getNote().strip(), null, caller.subject(), clock.instant());
                // The rules against the ledger as read; the store numbers the entry and refuses a second correction.
                dk.jobmatch.matcher.placement.HoursLedger checked = current.recordHours(ledger, entry);
                return ledgers.append(current, entry)
                    .flatMap(stored -> (current.status() == dk.jobmatch.matcher.placement.PlacementStatus.ENDED ? refreshRecord(current.id())
                        : Mono.<Placement>empty()).then(Mono.just(stored)))
                    .map(stored -> ResponseEntity.created(URI.create("/placements/" + current.id() + "/hours"))
                        .body(PlacementMapping.toApi(stored, checked, Problems.locale(exchange))));
              });
            }))
        .onErrorMap(IllegalTransition.class, PlacementController::conflict);
  }

  @Override
  public Mono<ResponseEntity<FollowUpList>> listFollowUps(UUID placementId, ServerWebExchange exchange) {
    LocalDate today = LocalDate.now(clock);
    return find(placementId).map(p -> ResponseEntity.ok(new FollowUpList()
        .placementId(placementId)
        .nextFollowUpDue(p.nextFollowUpDue(today).orElse(null))
        .followUpOverdue(p.followUpOverdue(today))
        .items(p.followUps().stream().sorted(Comparator.comparing(FollowUp::date)).map(PlacementMapping::toApi).toList())));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.FollowUp>> recordFollowUp(UUID placementId, Mono<FollowUpInput> body,
      ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> find(placementId)
            .zipWith(BodyValidation.validated(body, FollowUpInput.class, PlacementRules::none))
            .flatMap(t -> {
              Placement current = t.getT1();
              FollowUpInput in = t.getT2();
              Instant now = clock.instant();
              FollowUp followUp = new FollowUp(UUID.randomUUID().toString(), in.getDate(),
                  PlacementMapping.list(in.getParticipants(), FollowUpParticipant::getValue),
                  in.getNotes() == null ? null : in.getNotes().strip(), in.getOrdinaryHoursRaised(), caller.subject(), now);
              current.withFollowUp(followUp, now); // its rule: not before the placement started
              PlacementRules.followUpDate(in, current, LocalDate.now(clock));
              // Appended in place ($push), not by saving the placement read: like hours, a follow-up changes
              // nothing anyone read, so concurrent ones are all kept. The version moves, as the placement shown changed.
              return mongo.updateFirst(Query.query(Criteria.where("_id").is(current.id())),
                      new Update().push("followUps", followUp).inc("version", 1).set("updatedAt", now), Placement.class)
                  .thenReturn(ResponseEntity.created(URI.create("/placements/" + current.id() + "/follow-ups"))
                      .body(PlacementMapping.toApi(followUp)));
            }))
        .onErrorMap(IllegalTransition.class, PlacementController::conflict);
  }

  // ---- the shape every transition shares -----------------------------------------------------------

  /** A status change: load in the caller's job centre, check If-Match, apply, save, re-index the company. */
  private <T> Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> transition(UUID placementId, String ifMatch, Mono<T> body,
      Class<T> type, Function<T, List<FieldViolation>> rules, Step<T> step) {
    return Caller.current().flatMap(caller -> find(placementId)
            .zipWith(BodyValidation.validated(body, type, rules).map(Optional::of).defaultIfEmpty(Optional.empty()))
            .flatMap(t -> {
              Placement current = t.getT1();
              ETags.check(ifMatch, current.version(), false);
              return step.apply(current, t.getT2(), caller);
            })
            .flatMap(changed -> save(changed, true)))
        .onErrorMap(IllegalTransition.class, PlacementController::conflict);
  }

  @FunctionalInterface
  private interface Step<T> {
    Mono<Placement> apply(Placement current, Optional<T> body, Caller caller);
  }

  private Mono<ResponseEntity<dk.jobmatch.api.model.Placement>> save(Placement changed, boolean reindex) {
    return placements.save(changed)
        // An entry appended between the end's read of the ledger and this save counts too.
        .flatMap(saved -> saved.status() == dk.jobmatch.matcher.placement.PlacementStatus.ENDED ? refreshRecord(saved.id()) : Mono.just(saved))
        .flatMap(saved -> (reindex ? feed.refresh(saved.companyId()) : Mono.<Void>empty()).thenReturn(saved))
        .flatMap(saved -> view(saved).map(view -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(view)));
  }

  /**
   * An ended placement's paid-hours record as its ledger has it now (a back-dated correction can change
   * it), re-indexing the company when it changed. Read, compared and saved by version; when someone
   * else wrote in between, read again, so the last word is always from a ledger read after every
   * entry appended so far.
   */
  private Mono<Placement> refreshRecord(String placementId) {
    return Mono.defer(() -> placements.findById(placementId)
            .flatMap(current -> ledgers.of(current).flatMap(ledger -> {
              Placement updated = current.withRecordFrom(ledger, clock.instant());
              return updated == current ? Mono.just(current)
                  : placements.save(updated).flatMap(saved -> feed.refresh(saved.companyId()).thenReturn(saved));
            })))
        .retryWhen(Retry.max(RECORD_RETRIES).filter(OptimisticLockingFailureException.class::isInstance));
  }

  private Mono<Placement> find(UUID placementId) {
    return Caller.current().flatMap(caller -> placements.findByIdAndJobCentre(placementId.toString(), caller.jobCentre()))
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.PLACEMENT_NOT_FOUND, "Placement " + placementId)));
  }

  private Mono<dk.jobmatch.api.model.Placement> view(Placement placement) {
    return companyNames(List.of(placement)).zipWith(ledgers.of(placement))
        .map(t -> PlacementMapping.toApi(placement, t.getT2(), t.getT1().get(placement.companyId()), LocalDate.now(clock),
            json));
  }

  private Mono<Map<String, String>> companyNames(Collection<Placement> shown) {
    Set<String> ids = new HashSet<>();
    shown.forEach(p -> ids.add(p.companyId()));
    return Flux.fromIterable(ids).flatMap(companies::findById).collectMap(Company::id, Company::name)
        .map(HashMap::new);
  }

  /** The company, or a 400 naming {@code field} when the request named it, or a 409 when it has gone since. */
  private Mono<Company> company(String companyId, String field) {
    return companies.findById(companyId).switchIfEmpty(Mono.error(() -> field == null
        ? new IllegalTransition(ProblemCode.COMPANY_GONE, "The company " + companyId + " no longer exists")
        : PlacementRules.invalid(field, ProblemCode.PLACEMENT_COMPANY_UNKNOWN, "is not a registered company")));
  }

  /**
   * A citizen is proposed for a task once at a time: refused while one of the citizen's placements
   * at the company holding one of the same tasks is open ({@link PlacementStatus#open}), naming it.
   * Read just before the write; two proposals of the same citizen in the same instant can both pass
   * (as with seats).
   */
  private Mono<Void> notProposedAlready(Placement proposed) {
    Set<String> tasks = Set.copyOf(proposed.taskIds());
    return placements.findByJobCentre(proposed.jobCentre())
        .filter(p -> p.citizenId().equals(proposed.citizenId()) && p.companyId().equals(proposed.companyId())
            && p.status().open() && p.taskIds().stream().anyMatch(tasks::contains))
        .next()
        .flatMap(open -> Mono.error(new ApiProblem(ProblemType.CONFLICT, ProblemCode.ALREADY_PROPOSED,
            "The citizen is already in open placement " + open.id() + " (" + open.status() + ") at this company on "
                + "the same task; withdraw or end it first", open.id())
            .with("placementId", open.id())))
        .then();
  }

  /** Every task must be one of the company's partial tasks. */
  private static void tasksOf(Company company, List<String> taskIds, String field) {
    Set<String> known = new HashSet<>();
    company.partialTasks().forEach(task -> known.add(task.taskId()));
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < taskIds.size(); i++) {
      if (!known.contains(taskIds.get(i))) {
        violations.add(new FieldViolation(field + "[" + i + "]", ProblemCode.PLACEMENT_TASK_NOT_OF_COMPANY,
            "is not a partial task of the company"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid(violations);
    }
  }

  /**
   * A free seat on each task for this placement: capacity minus the seats agreed and active
   * placements hold, not counting this placement's own. Read just before the write; two consultants
   * agreeing the last seat in the same instant can both succeed (see the README).
   */
  private Mono<Void> seatsFree(Placement placement, List<String> taskIds, Company company) {
    return loads.of(company.id(), YearMonth.now(clock)).doOnNext(load -> {
      for (String taskId : taskIds) {
        Company.PartialTask task = company.partialTasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst()
            .orElseThrow(() -> new IllegalTransition(ProblemCode.TASK_GONE, "Task " + taskId + " is no longer offered by the company"));
        int held = load.activeByTask().getOrDefault(taskId, 0)
            - (placement.status().holdsASeat() && placement.taskIds().contains(taskId) ? 1 : 0);
        if (!HardRule.hasFreeSeat(task.capacity(), held)) {
          throw new IllegalTransition(ProblemCode.NO_FREE_SEAT, "Task \"" + task.title() + "\" has no free seat: its capacity of "
              + task.capacity() + " is held by agreed or active placements", task.title(), task.capacity());
        }
      }
    }).then();
  }

  private static ApiProblem conflict(IllegalTransition e) {
    return new ApiProblem(ProblemType.ILLEGAL_TRANSITION, e.code(), e.getMessage(), e.arguments().toArray());
  }
}
