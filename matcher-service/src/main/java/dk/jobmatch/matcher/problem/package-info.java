/** Errors as RFC 9457 problem details: one exception type for features, one handler for the web edge. */
package dk.jobmatch.matcher.problem;
