/**
 * Errors as RFC 9457 problem details: one exception type for features ({@link
 * dk.jobmatch.matcher.problem.ApiProblem}), one handler for the web edge, and one list of codes
 * ({@link dk.jobmatch.matcher.problem.ProblemCode}) whose Danish texts for the consultant are in
 * {@code messages_da.properties} ({@link dk.jobmatch.matcher.problem.ProblemMessages}).
 */
package dk.jobmatch.matcher.problem;
