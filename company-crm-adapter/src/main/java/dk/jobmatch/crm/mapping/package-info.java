/**
 * From CRM records to our terms, plain Java: {@link dk.jobmatch.crm.mapping.FieldMapping} says
 * which CRM field holds what (configuration, with defaults for each kind of CRM), {@link
 * dk.jobmatch.crm.mapping.CrmRecordMapper} maps one record to a {@link
 * dk.jobmatch.crm.mapping.CrmCompany} or says why it cannot.
 */
package dk.jobmatch.crm.mapping;
