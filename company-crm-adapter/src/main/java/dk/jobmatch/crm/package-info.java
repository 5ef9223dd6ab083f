/**
 * CRM connectors: where companies, contact persons and openings come from. A {@link
 * dk.jobmatch.crm.CrmConnector} reads one page at a time from a {@link dk.jobmatch.crm.Checkpoint};
 * {@code mapping} turns CRM records into our terms, {@code sync} applies pages through small ports
 * the service implements, {@code remote} puts Resilience4j around every remote call.
 */
package dk.jobmatch.crm;
