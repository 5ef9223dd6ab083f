package dk.jobmatch.matcher.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Mints development tokens signed with the process's own key; see {@link DevTokenConfiguration}. */
public final class DevTokens {
  public static final Duration LIFETIME = Duration.ofHours(8);

  private final String issuer;
  private final JwtEncoder encoder;
  private final RSAPublicKey publicKey;

  DevTokens(String issuer, JwtEncoder encoder, RSAPublicKey publicKey) {
    this.issuer = issuer;
    this.encoder = encoder;
    this.publicKey = publicKey;
  }

  /** A signed JWT for {@code subject} at {@code jobCentre} (may be null to test its absence) with these scopes. */
  public String mint(String subject, String jobCentre, Collection<String> scopes) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
        .issuer(issuer)
        .subject(subject)
        .issuedAt(now)
        .expiresAt(now.plus(LIFETIME))
        .claim("scope", scopes.stream().collect(Collectors.joining(" ")));
    if (jobCentre != null) {
      claims.claim(Caller.JOB_CENTRE_CLAIM, jobCentre);
    }
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
  }

  RSAPublicKey publicKey() {
    return publicKey;
  }
}
