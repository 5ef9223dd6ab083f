/**
 * The contact log (kontaktlog) of a company: the calls, visits, e-mails, meetings and proposals the
 * job centres' consultants have had with it, and the next steps (næste skridt) they agreed. Stored in
 * a collection of its own ({@link dk.jobmatch.matcher.contact.ContactLog}), so a contact never
 * changes the company's document or its version (ETag); for a company with a contact limit it
 * re-indexes the company, since a contact is a request against that limit
 * ({@link dk.jobmatch.matcher.company.ContactRequests}, which this feature implements). Append-only, except that
 * a next step can be marked done. The company feature learns a company's latest contact through
 * {@link dk.jobmatch.matcher.company.LastContacts}, which this feature implements.
 */
package dk.jobmatch.matcher.contact;
