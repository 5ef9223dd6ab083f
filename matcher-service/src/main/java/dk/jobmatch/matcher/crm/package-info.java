/**
 * CRM sync in the service: sources from configuration ({@link dk.jobmatch.matcher.crm.CrmProperties}),
 * the company-crm-adapter's ports on MongoDB (checkpoints, quarantine, company upserts that feed the
 * match index), one run at a time per source ({@link dk.jobmatch.matcher.crm.CrmSyncRunner}), the
 * schedule, and the {@code /crm-sources} API with its signed webhook.
 */
package dk.jobmatch.matcher.crm;
