/** OAuth2 resource-server security, the job-centre scope of every caller, and the development token issuer. */
package dk.jobmatch.matcher.security;
