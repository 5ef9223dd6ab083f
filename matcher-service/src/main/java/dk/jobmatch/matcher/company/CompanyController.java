package dk.jobmatch.matcher.company;

import dk.jobmatch.api.CompaniesApi;
import dk.jobmatch.api.model.CompanyInput;
import dk.jobmatch.api.model.CompanyPage;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.PartialTaskInput;
import dk.jobmatch.matcher.match.TaskSearch;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Companies and their partial tasks. Every acknowledged write is in MongoDB and in the match index
 * before the response leaves, so the next match sees it. Every job centre reads every company; only
 * its owner ({@link CompanyOwner}) changes or deletes it.
 */
@RestController
class CompanyController implements CompaniesApi {
  private final CompanyRepository companies;
  private final ReactiveMongoTemplate mongo;
  private final TaskSearch search;
  private final CompanyIndexFeed feed;
  private final PlacementLoads loads;
  private final LastContacts lastContacts;
  private final Clock clock;

  CompanyController(CompanyRepository companies, ReactiveMongoTemplate mongo, TaskSearch search, CompanyIndexFeed feed,
      PlacementLoads loads, LastContacts lastContacts, Clock clock) {
    this.feed = feed;
    this.lastContacts = lastContacts;
    this.loads = loads;
    this.companies = companies;
    this.mongo = mongo;
    this.search = search;
    this.clock = clock;
  }

  @Override
  public Mono<ResponseEntity<CompanyPage>> listCompanies(Integer page, Integer size, String name, String cvr,
      String occupationCode, String municipalityCode, String industryCode, OpenToOrdinaryHours openToOrdinaryHours,
      ServerWebExchange exchange) {
    PageRequest request = PageRequest.of(page, size);
    Criteria criteria = new Criteria();
    if (name != null) {
      if (name.isBlank()) {
        throw ApiProblem.invalid(List.of(new FieldViolation("name", ProblemCode.BLANK, "must not be blank")));
      }
      criteria = criteria.and("name").regex(CompanyNameSearch.containing(name.strip()));
    }
    if (cvr != null) {
      criteria = criteria.and("cvr").is(cvr);
    }
    if (occupationCode != null) {
      criteria = criteria.and("partialTasks.occupationCode").is(occupationCode);
    }
    if (municipalityCode != null) {
      criteria = criteria.and("municipalityCode").is(municipalityCode);
    }
    if (industryCode != null) {
      criteria = criteria.and("industryCode").is(industryCode);
    }
    if (openToOrdinaryHours != null) {
      criteria = criteria.and("openToOrdinaryHours").is(openToOrdinaryHours.getValue());
    }
    Query filter = new Query(criteria);
    Query pageQuery = Query.of(filter).with(Sort.by("name", "_id")).skip(request.offset()).limit(request.size());
    return Caller.current().flatMap(caller -> mongo.count(filter, Company.class)
        .zipWith(mongo.find(pageQuery, Company.class).map(c -> CompanyMapping.toApi(c, caller.jobCentre())).collectList())
        .map(t -> ResponseEntity.ok(new CompanyPage().items(t.getT2()).page(request.info(t.getT1())))));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Company>> createCompany(Mono<CompanyInput> body, ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> BodyValidation.validated(body, CompanyInput.class, CompanyRules::check)
        .flatMap(input -> {
          search.requireReady();
          String id = UUID.randomUUID().toString();
          return taskIdsFree(input, id).then(Mono.defer(() -> {
            Instant now = clock.instant();
            return companies.insert(CompanyMapping.toRecord(input, id, null, now, now));
          }));
        })
        .onErrorMap(DuplicateKeyException.class, e -> duplicateCvr())
        .flatMap(saved -> feed.index(saved).thenReturn(saved))
        .map(saved -> ResponseEntity.created(URI.create("/companies/" + saved.id()))
            .eTag(ETags.of(saved.version())).body(CompanyMapping.toApi(saved, caller.jobCentre()))));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Company>> getCompany(UUID companyId, ServerWebExchange exchange) {
    // The latest contact is read here only, not for lists and writes: one more query per company
    // shown, and the contact log is not the company's record (the ETag does not cover it).
    return Caller.current().flatMap(caller -> find(companyId)
        .flatMap(c -> lastContacts.of(c.id()).map(Optional::of).defaultIfEmpty(Optional.empty())
            .map(last -> ResponseEntity.ok().eTag(ETags.of(c.version()))
                .body(CompanyMapping.toApi(c, caller.jobCentre()).lastContact(last.orElse(null))))));
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Company>> updateCompany(UUID companyId, String ifMatch,
      Mono<CompanyInput> body, ServerWebExchange exchange) {
    // Whose the company is decides first: another job centre learns nothing from how its body would fare.
    return Caller.current().flatMap(caller -> find(companyId)
        .doOnNext(current -> CompanyOwner.of(current).requireMayChange(caller.jobCentre()))
        .flatMap(current -> BodyValidation.validated(body, CompanyInput.class, CompanyRules::check)
            .map(input -> reactor.util.function.Tuples.of(current, input)))
        .flatMap(t -> {
          search.requireReady();
          Company current = t.getT1();
          ETags.check(ifMatch, current.version(), true);
          Company changed = CompanyMapping.toRecord(t.getT2(), current.id(), current.version(), current.createdAt(),
              clock.instant(), current.crm());
          CompanyOwner.of(current).requireCrmFieldsKept(current,
              CompanyMapping.toRecord(t.getT2(), current.id(), current.version(), current.createdAt(), clock.instant()));
          return taskIdsFree(t.getT2(), current.id()).then(Mono.defer(() -> companies.save(changed)));
        })
        .onErrorMap(DuplicateKeyException.class, e -> duplicateCvr())
        .flatMap(saved -> feed.index(saved).thenReturn(saved))
        .map(saved -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(CompanyMapping.toApi(saved, caller.jobCentre()))));
  }

  /**
   * Refused with 409 while placements at the company are agreed or active, of any job centre: their
   * citizens are there, their hours are still being recorded, and the company's record would be gone
   * under them. They are ended (or withdrawn) by their own consultants first; the refusal says how
   * many there are, and how many of them are another job centre's, nothing more about those.
   * Proposals and ended placements do not hold the company back: a proposal cannot be agreed once the
   * company is gone, and an ended placement keeps its history.
   */
  @Override
  public Mono<ResponseEntity<Void>> deleteCompany(UUID companyId, String ifMatch, ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> find(companyId)
        .flatMap(current -> {
          CompanyOwner.of(current).requireMayDelete(caller.jobCentre());
          search.requireReady();
          ETags.check(ifMatch, current.version(), false);
          return loads.holdingASeatByJobCentre(current.id())
              .flatMap(placed -> {
                refuseWhilePlaced(placed, caller.jobCentre());
                return companies.delete(current);
              });
        }))
        .then(feed.removed(companyId.toString()))
        .then(Mono.just(ResponseEntity.status(HttpStatus.NO_CONTENT).<Void>build()));
  }

  private Mono<Company> find(UUID companyId) {
    return companies.findById(companyId.toString())
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.COMPANY_NOT_FOUND, "Company " + companyId)));
  }

  /**
   * A task id the client chose must not be one another company's task holds already: the index,
   * placements and seats all know a task by its id alone, so a second owner would take over the
   * first one's task. A conflict like a CVR number registered already, and answered the same way.
   * Read just before the write; two companies created with the same new task id in the same
   * instant can both pass (as with the seats of placements, see the README).
   */
  private Mono<Void> taskIdsFree(CompanyInput input, String companyId) {
    List<PartialTaskInput> tasks = input.getPartialTasks();
    Set<String> wanted = new HashSet<>();
    tasks.forEach(task -> {
      if (task.getTaskId() != null) {
        wanted.add(task.getTaskId().toString());
      }
    });
    if (wanted.isEmpty()) {
      return Mono.empty();
    }
    Query owners = new Query(Criteria.where("partialTasks.taskId").in(wanted).and("_id").ne(companyId));
    return mongo.find(owners, Company.class)
        .flatMapIterable(Company::partialTasks)
        .map(Company.PartialTask::taskId)
        .filter(wanted::contains)
        .collect(Collectors.toSet())
        .flatMap(taken -> {
          List<FieldViolation> violations = new ArrayList<>();
          for (int i = 0; i < tasks.size(); i++) {
            UUID taskId = tasks.get(i).getTaskId();
            if (taskId != null && taken.contains(taskId.toString())) {
              violations.add(new FieldViolation("partialTasks[" + i + "].taskId", ProblemCode.TASK_ID_TAKEN,
                  "is the id of another company's partial task"));
            }
          }
          return violations.isEmpty() ? Mono.<Void>empty() : Mono.error(new ApiProblem(ProblemType.CONFLICT,
              "A partial task id in this company belongs to another company's task; leave taskId out for a new task",
              violations));
        });
  }

  private static void refuseWhilePlaced(Map<String, Integer> placedByJobCentre, String callersJobCentre) {
    int placed = placedByJobCentre.values().stream().mapToInt(Integer::intValue).sum();
    if (placed == 0) {
      return;
    }
    int elsewhere = placed - placedByJobCentre.getOrDefault(callersJobCentre, 0);
    throw new ApiProblem(ProblemType.CONFLICT, ProblemCode.COMPANY_HAS_PLACEMENTS, "The company cannot be deleted while " + placed
        + (placed == 1 ? " placement at it is" : " placements at it are") + " agreed or active"
        + (elsewhere == 0 ? "" : " (" + elsewhere + " of them at another job centre, whose consultants must end "
            + (elsewhere == 1 ? "it" : "them") + ")")
        + "; end them first (POST /placements/{id}/end)", placed, elsewhere);
  }

  private static ApiProblem duplicateCvr() {
    return new ApiProblem(ProblemType.CONFLICT, "A company with this CVR number is registered already",
        List.of(new FieldViolation("cvr", ProblemCode.CVR_TAKEN, "is registered already")));
  }
}
