package dk.jobmatch.matcher.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A decoder that remembers the tokens its delegate has verified, by their exact string, so a
 * consultant's page, which sends the same token with every call, pays for the signature check
 * (RSA) and the claim parsing once per token instead of once per request.
 *
 * <p>A remembered token is given out again only before its {@code exp} and for at most
 * {@link #AT_MOST} after it was verified: a key the issuer withdraws, or a rule of the delegate
 * that changes, takes effect within that time for tokens already seen. A token without an expiry is
 * never remembered. Only verified tokens are remembered, so a caller cannot fill the memory with
 * made-up ones; it holds at most {@code capacity} tokens, and when full it first drops those that
 * can no longer be used, then all of them.
 */
final class RememberedJwts implements ReactiveJwtDecoder {
  static final Duration AT_MOST = Duration.ofMinutes(5);

  private final ReactiveJwtDecoder delegate;
  private final Clock clock;
  private final int capacity;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  private record Verified(Jwt jwt, Instant usableUntil) {}

  RememberedJwts(ReactiveJwtDecoder delegate, Clock clock, int capacity) {
    this.delegate = delegate;
    this.clock = clock;
    this.capacity = capacity;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Verified known = verified.get(token);
    if (known != null) {
      if (clock.instant().isBefore(known.usableUntil())) {
        return Mono.just(known.jwt());
      }
      verified.remove(token, known);
    }
    return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
  }

  private void remember(String token, Jwt jwt) {
    Instant expiresAt = jwt.getExpiresAt();
    if (expiresAt == null || capacity <= 0) {
      return;
    }
    Instant now = clock.instant();
    Instant cap = now.plus(AT_MOST);
    if (verified.size() >= capacity) {
      verified.values().removeIf(v -> !now.isBefore(v.usableUntil()));
      if (verified.size() >= capacity) {
        verified.clear();
      }
    }
    verified.put(token, new Verified(jwt, expiresAt.isBefore(cap) ? expiresAt : cap));
  }
}
