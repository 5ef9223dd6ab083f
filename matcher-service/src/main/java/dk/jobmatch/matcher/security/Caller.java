package dk.jobmatch.matcher.security;

import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.reference.Municipalities;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the token's subject and job centre. Every citizen read and write is scoped to
 * {@link #jobCentre()}, taken from the token's {@code job_centre} claim, never from the request.
 */
public record Caller(String subject, String jobCentre) {
  public static final String JOB_CENTRE_CLAIM = "job_centre";

  /** The current caller; fails with 403 when the token names no valid job centre. */
  public static Mono<Caller> current() {
    return ReactiveSecurityContextHolder.getContext()
        .map(context -> context.getAuthentication())
        .filter(JwtAuthenticationToken.class::isInstance)
        .map(auth -> from(((JwtAuthenticationToken) auth).getToken()))
        .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.UNAUTHENTICATED, ProblemCode.TOKEN_MISSING, "A bearer token is required")));
  }

  static Caller from(Jwt jwt) {
    String jobCentre = jwt.getClaimAsString(JOB_CENTRE_CLAIM);
    if (jobCentre == null || !Municipalities.bundled().contains(jobCentre)) {
      throw new ApiProblem(ProblemType.FORBIDDEN, ProblemCode.JOB_CENTRE_MISSING,
          "The token's job_centre claim must be the municipality code of the caller's job centre");
    }
    return new Caller(jwt.getSubject(), jobCentre);
  }
}
