/**
 * Every call to a CRM goes through {@link dk.jobmatch.crm.remote.ResilientCalls} (time limit,
 * retry with backoff that honours {@code Retry-After}, circuit breaker, rate limiter, bulkhead),
 * and HTTP answers become {@link dk.jobmatch.crm.remote.CrmUnavailable} (try again later) or
 * {@link dk.jobmatch.crm.remote.CrmRefused} (our request is wrong; retrying will not help).
 */
package dk.jobmatch.crm.remote;
