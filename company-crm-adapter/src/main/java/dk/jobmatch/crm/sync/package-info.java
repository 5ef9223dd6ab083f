/**
 * Incremental, idempotent sync of one CRM source ({@link dk.jobmatch.crm.sync.CompanySync}) against
 * small ports the service implements: checkpoints ({@link dk.jobmatch.crm.sync.SyncCheckpoints}),
 * company storage ({@link dk.jobmatch.crm.sync.SyncedCompanies}) and quarantine ({@link
 * dk.jobmatch.crm.sync.Quarantine}); plus the HMAC check of pushed changes ({@link
 * dk.jobmatch.crm.sync.WebhookSignature}).
 */
package dk.jobmatch.crm.sync;
