package dk.jobmatch.matcher.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobmatch.matcher.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class RememberedJwtsTest {
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
  /** The tokens the issuer vouches for, by their string, and how often each was verified. */
  private final Map<String, Jwt> valid = new HashMap<>();
  private final Map<String, Integer> verifications = new HashMap<>();
  private final ReactiveJwtDecoder issuer = token -> {
    verifications.merge(token, 1, Integer::sum);
    Jwt jwt = valid.get(token);
    return jwt == null ? Mono.error(new BadJwtException("not signed by the issuer")) : Mono.just(jwt);
  };

  @Test
  void aVerifiedTokenIsNotVerifiedAgainWhileItIsUsable() {
    valid.put("a", token("a", NOW.plus(Duration.ofHours(1))));
    RememberedJwts decoder = new RememberedJwts(issuer, clock, 10);

    decoder.decode("a").block();
    clock.advance(Duration.ofMinutes(4));
    Jwt again = decoder.decode("a").block();

    assertThat(again.getTokenValue()).isEqualTo("a");
    assertThat(verifications).containsEntry("a", 1);
  }

  @Test
  void aRememberedTokenIsVerifiedAgainAfterAtMostFiveMinutes() {
    valid.put("a", token("a", NOW.plus(Duration.ofHours(1))));
    RememberedJwts decoder = new RememberedJwts(issuer, clock, 10);
    decoder.decode("a").block();

    clock.advance(RememberedJwts.AT_MOST);
    valid.remove("a"); // the issuer withdrew its key
    assertThatThrownBy(() -> decoder.decode("a").block()).isInstanceOf(BadJwtException.class);
    assertThat(verifications).containsEntry("a", 2);
  }

  @Test
  void anExpiredTokenIsNeverGivenOutFromMemory() {
    valid.put("a", token("a", NOW.plus(Duration.ofMinutes(1))));
    RememberedJwts decoder = new RememberedJwts(issuer, clock, 10);
    decoder.decode("a").block();

    clock.advance(Duration.ofMinutes(1));
    valid.remove("a"); // what the real decoder does with an expired token: refuse it
    assertThatThrownBy(() -> decoder.decode("a").block()).isInstanceOf(BadJwtException.class);
  }

  @Test
  void aRefusedTokenIsAskedAboutEveryTime() {
    RememberedJwts decoder = new RememberedJwts(issuer, clock, 10);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
    }
    assertThat(verifications).containsEntry("forged", 3);
  }

  @Test
  void aTokenWithoutExpiryIsNotRemembered() {
    valid.put("a", token("a", null));
    RememberedJwts decoder = new RememberedJwts(issuer, clock, 10);

    decoder.decode("a").block();
    decoder.decode("a").block();

    assertThat(verifications).containsEntry("a", 2);
  }

  @Test
  void aFullMemoryMakesRoomAndStillAnswersCorrectly() {
    RememberedJwts decoder = new RememberedJwts(issuer, clock, 2);
    for (String t : new String[] {"a", "b", "c"}) {
      valid.put(t, token(t, NOW.plus(Duration.ofHours(1))));
      decoder.decode(t).block();
    }

    assertThat(decoder.decode("c").block().getTokenValue()).isEqualTo("c");
    assertThat(decoder.decode("a").block().getTokenValue()).isEqualTo("a");
    assertThat(verifications.values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(5);
  }

  private static Jwt token(String value, Instant expiresAt) {
    Jwt.Builder jwt = Jwt.withTokenValue(value).header("alg", "RS256").subject("consultant").issuedAt(NOW);
    if (expiresAt != null) {
      jwt.expiresAt(expiresAt);
    }
    return jwt.build();
  }
}
