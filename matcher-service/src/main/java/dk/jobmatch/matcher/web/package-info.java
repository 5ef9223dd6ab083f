/**
 * Small HTTP concerns shared by the features' controllers (versions as ETags, paging), and the HTTP
 * edge of every connection: timeouts, and problem+json for requests the HTTP layer refuses.
 */
package dk.jobmatch.matcher.web;
