package dk.jobmatch.crm.sync;

import dk.jobmatch.crm.mapping.CrmCompany;
import reactor.core.publisher.Mono;

/**
 * Where synced companies are stored. Idempotent by (source, external id, version): storing the same
 * version again is {@link StoreOutcome#UNCHANGED} and writes nothing. Fails with {@link
 * CompanyRejected} for a company that cannot be stored.
 */
public interface SyncedCompanies {

  Mono<StoreOutcome> upsert(String sourceId, CrmCompany company);

  /** The CRM deleted the company: deactivate it (unknown or inactive already: UNCHANGED). */
  Mono<StoreOutcome> deactivate(String sourceId, String externalId);
}
