/** The embedded default: an in-process MongoDB-wire server so the service runs with nothing installed. */
package dk.jobmatch.matcher.embedded;
