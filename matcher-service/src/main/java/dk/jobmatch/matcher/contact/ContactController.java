package dk.jobmatch.matcher.contact;

import dk.jobmatch.api.ContactsApi;
import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactPage;
import dk.jobmatch.api.model.NextStepPage;
import dk.jobmatch.matcher.citizen.CitizenRepository;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.company.CompanyIndexFeed;
import dk.jobmatch.matcher.company.CompanyRepository;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.security.Caller;
import dk.jobmatch.matcher.web.BodyValidation;
import dk.jobmatch.matcher.web.PageRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The contact log of a company and the open next steps of a consultant or a job centre. Companies
 * are shared by every job centre, and so is their log: any job centre logs contacts with any company,
 * whoever owns it. The citizen a contact was about is the recording job centre's alone.
 */
@RestController
class ContactController implements ContactsApi {
  /** Open next steps are ordered by due date, then by the contact they came from. */
  private static final Comparator<Contact> OLDEST_DUE_FIRST = Comparator
      .comparing((Contact c) -> c.nextStep().dueDate()).thenComparing(Contact::at).thenComparing(Contact::id);

  private final ContactLog log;
  private final CompanyRepository companies;
  private final CitizenRepository citizens;
  private final CompanyIndexFeed feed;
  private final Clock clock;

  ContactController(ContactLog log, CompanyRepository companies, CitizenRepository citizens, CompanyIndexFeed feed,
      Clock clock) {
    this.log = log;
    this.feed = feed;
    this.companies = companies;
    this.citizens = citizens;
    this.clock = clock;
  }

  @Override
  public Mono<ResponseEntity<ContactPage>> listContacts(UUID companyId, Integer page, Integer size,
      ServerWebExchange exchange) {
    PageRequest request = PageRequest.of(page, size);
    return Caller.current().zipWith(company(companyId)).flatMap(t -> {
      String jobCentre = t.getT1().jobCentre();
      String id = t.getT2().id();
      return log.countOf(id).zipWith(log.pageOf(id, request).map(c -> ContactMapping.toApi(c, jobCentre)).collectList())
          .map(found -> ResponseEntity.ok(new ContactPage().items(found.getT2()).page(request.info(found.getT1()))));
    });
  }

  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Contact>> recordContact(UUID companyId, Mono<ContactInput> body,
      ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> company(companyId)
        .zipWith(BodyValidation.validated(body, ContactInput.class, in -> ContactRules.check(in, clock.instant())))
        .flatMap(t -> {
          Company company = t.getT1();
          ContactInput in = t.getT2();
          taskOf(company, in.getTaskId());
          return citizenOf(caller, in.getCitizenId())
              .then(Mono.defer(() -> log.append(ContactMapping.toRecord(in, UUID.randomUUID().toString(), company.id(),
                  caller.jobCentre(), caller.subject(), clock.instant()))))
              // A contact is a request against the company's contact limit: the next match must know.
              .flatMap(saved -> (company.hasContactLimit() ? feed.refresh(company.id()) : Mono.<Void>empty())
                  .thenReturn(saved));
        })
        .map(saved -> ResponseEntity.created(URI.create("/companies/" + companyId + "/contacts"))
            .body(ContactMapping.toApi(saved, caller.jobCentre()))));
  }

  /**
   * The company need not exist any more: a next step left open when its company was deleted would
   * otherwise stay on its consultant's list for good.
   */
  @Override
  public Mono<ResponseEntity<dk.jobmatch.api.model.Contact>> markNextStepDone(UUID companyId, UUID contactId,
      ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> log.find(contactId.toString())
        .filter(contact -> contact.companyId().equals(companyId.toString()))
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.CONTACT_NOT_FOUND,
            "Contact " + contactId + " of company " + companyId)))
        .flatMap(contact -> {
          if (contact.nextStep() == null) {
            throw new ApiProblem(ProblemType.CONFLICT, ProblemCode.CONTACT_NO_NEXT_STEP, "The contact has no next step to mark done");
          }
          if (!contact.jobCentre().equals(caller.jobCentre())) {
            throw new ApiProblem(ProblemType.CONFLICT, ProblemCode.CONTACT_OF_OTHER_JOB_CENTRE,
                "Only the job centre that recorded the contact (" + contact.jobCentre() + ") can mark its next step done");
          }
          return contact.nextStep().done() ? Mono.just(contact)
              : log.markNextStepDone(contact.id(), caller.subject(), clock.instant()).then(log.find(contact.id()));
        })
        .map(contact -> ResponseEntity.ok(ContactMapping.toApi(contact, caller.jobCentre()))));
  }

  @Override
  public Mono<ResponseEntity<NextStepPage>> listNextSteps(Integer page, Integer size, Boolean mine, LocalDate dueBefore,
      ServerWebExchange exchange) {
    PageRequest request = PageRequest.of(page, size);
    return Caller.current().flatMap(caller -> log.openNextSteps(caller.jobCentre(),
            Boolean.TRUE.equals(mine) ? caller.subject() : null)
        .filter(c -> dueBefore == null || c.nextStep().dueDate().isBefore(dueBefore))
        .sort(OLDEST_DUE_FIRST)
        .collectList()
        .flatMap(all -> {
          List<Contact> onPage = all.stream().skip(request.offset()).limit(request.size()).toList();
          return companyNames(onPage).map(names -> ResponseEntity.ok(new NextStepPage()
              .items(onPage.stream().map(c -> ContactMapping.toOpenNextStep(c, names.get(c.companyId()))).toList())
              .page(request.info(all.size()))));
        }));
  }

  private Mono<Company> company(UUID companyId) {
    return companies.findById(companyId.toString())
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(ProblemCode.COMPANY_NOT_FOUND, "Company " + companyId)));
  }

  /** The task named must be one of this company's partial tasks. */
  private static void taskOf(Company company, UUID taskId) {
    if (taskId != null && company.partialTasks().stream().noneMatch(task -> task.taskId().equals(taskId.toString()))) {
      throw ApiProblem.invalid(List.of(new FieldViolation("taskId", ProblemCode.CONTACT_TASK_NOT_OF_COMPANY,
          "is not a partial task of this company")));
    }
  }

  /**
   * The citizen named must be one of the caller's job centre. Any other id is "not found", the same
   * answer for another job centre's citizen as for nobody's, so the refusal tells nothing about them.
   */
  private Mono<Void> citizenOf(Caller caller, UUID citizenId) {
    if (citizenId == null) {
      return Mono.empty();
    }
    return citizens.findByIdAndJobCentre(citizenId.toString(), caller.jobCentre())
        .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.NOT_FOUND,
            "Citizen " + citizenId + " was not found in your job centre",
            List.of(new FieldViolation("citizenId", ProblemCode.CONTACT_CITIZEN_UNKNOWN, "is not a citizen of your job centre")))))
        .then();
  }

  private Mono<Map<String, String>> companyNames(List<Contact> shown) {
    Set<String> ids = new HashSet<>();
    shown.forEach(c -> ids.add(c.companyId()));
    return Flux.fromIterable(ids).flatMap(companies::findById).collectMap(Company::id, Company::name);
  }
}
