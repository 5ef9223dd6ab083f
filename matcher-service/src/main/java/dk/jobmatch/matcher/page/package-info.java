/**
 * The consultant web page (virksomhedskonsulentens side): static ES modules under
 * {@code classpath:/static}, served at {@code /} by this service, and the small configuration the
 * page reads at start ({@code GET /page/config}): how to sign in, the job centres and the Danish
 * labels of the vocabulary. The page calls the public API like any other client.
 */
package dk.jobmatch.matcher.page;
