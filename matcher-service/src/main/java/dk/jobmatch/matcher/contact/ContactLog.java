package dk.jobmatch.matcher.contact;

import dk.jobmatch.matcher.web.PageRequest;
import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The contacts collection. Its own collection, not a list inside the company's document: a contact
 * is appended by any job centre at any time, and inside the company it would move the company's
 * version (every consultant holding its ETag would get a 412) and re-index its tasks for nothing.
 *
 * <p>Queries go by {@code companyId} or {@code jobCentre}, which MongoDB answers from their indexes;
 * the embedded server scans the collection for them (it has no secondary indexes), which is fine
 * for the few thousand contacts a job centre records in a year.
 */
@Component
class ContactLog {
  /** Newest first; ties (two contacts in the same second) by when they were recorded, then by id, so pages never overlap. */
  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at", "recordedAt", "_id");

  private final ReactiveMongoTemplate mongo;

  ContactLog(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  Mono<Contact> append(Contact contact) {
    return mongo.insert(contact);
  }

  Mono<Contact> find(String contactId) {
    return mongo.findById(contactId, Contact.class);
  }

  Mono<Long> countOf(String companyId) {
    return mongo.count(ofCompany(companyId), Contact.class);
  }

  Flux<Contact> pageOf(String companyId, PageRequest page) {
    return mongo.find(ofCompany(companyId).with(NEWEST_FIRST).skip(page.offset()).limit(page.size()), Contact.class);
  }

  /** The company's latest contact by when it happened, or empty. */
  Mono<Contact> latestOf(String companyId) {
    return mongo.findOne(ofCompany(companyId).with(NEWEST_FIRST).limit(1), Contact.class);
  }

  /** The contacts of these companies, newest first. */
  Flux<Contact> newestFirstOf(Collection<String> companyIds) {
    return mongo.find(new Query(Criteria.where("companyId").in(companyIds)).with(NEWEST_FIRST), Contact.class);
  }

  /** The company's contacts that happened at or after {@code since}, of every job centre. */
  Flux<Contact> ofCompanySince(String companyId, Instant since) {
    return mongo.find(new Query(Criteria.where("companyId").is(companyId).and("at").gte(since)), Contact.class);
  }

  /** Every contact that happened at or after {@code since}: what a rebuild of the match index counts. */
  Flux<Contact> allSince(Instant since) {
    return mongo.find(new Query(Criteria.where("at").gte(since)), Contact.class);
  }

  /** The job centre's contacts whose next step is not done yet; {@code recordedBy} null for everyone's. */
  Flux<Contact> openNextSteps(String jobCentre, String recordedBy) {
    Criteria criteria = Criteria.where("jobCentre").is(jobCentre).and("nextStep").ne(null).and("nextStep.doneAt").is(null);
    if (recordedBy != null) {
      criteria = criteria.and("recordedBy").is(recordedBy);
    }
    return mongo.find(new Query(criteria), Contact.class);
  }

  /**
   * Marks the next step done unless it is done already, in one update, so two consultants marking
   * it at once do not overwrite each other's name and time: the first one stays.
   */
  Mono<Void> markNextStepDone(String contactId, String by, Instant now) {
    Query open = new Query(Criteria.where("_id").is(contactId).and("nextStep").ne(null).and("nextStep.doneAt").is(null));
    return mongo.updateFirst(open, new Update().set("nextStep.doneAt", now).set("nextStep.doneBy", by), Contact.class).then();
  }

  /** An erased citizen is no longer named by any contact of its job centre; the contacts stay, they are the company's history. */
  Mono<Void> forgetCitizen(String citizenId, String jobCentre) {
    return mongo.updateMulti(new Query(Criteria.where("citizenId").is(citizenId).and("jobCentre").is(jobCentre)),
        new Update().unset("citizenId"), Contact.class).then();
  }


  private static Query ofCompany(String companyId) {
    return new Query(Criteria.where("companyId").is(companyId));
  }
}
