package dk.jobmatch.matcher.embedded;

import com.mongodb.MongoCredential;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The embedded server's one credential, made afresh at every start and never written anywhere: the
 * service's own clients carry it, and {@link AuthenticationGate} lets no connection past without
 * it. Another local process can reach the loopback port but cannot learn the password short of
 * reading this process's memory. SASL PLAIN sends it in clear, which is acceptable on loopback only.
 */
public final class EmbeddedMongoCredential {
  static final String USER = "matcher";
  /** Where MongoDB keeps users of external mechanisms such as PLAIN. */
  static final String SOURCE = "$external";
  static final String MECHANISM = "PLAIN";

  private final char[] password;

  EmbeddedMongoCredential() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
  }

  /** For the driver; its {@code toString()} hides the password, so logging the settings does not leak it. */
  public MongoCredential credential() {
    return MongoCredential.createPlainCredential(USER, SOURCE, password.clone());
  }

  /**
   * Whether a SASL PLAIN message ({@code authzid NUL authcid NUL password}, RFC 4616) names this
   * credential; compared in constant time.
   */
  boolean accepts(byte[] plainMessage) {
    int first = indexOf(plainMessage, 0);
    int second = first < 0 ? -1 : indexOf(plainMessage, first + 1);
    if (second < 0) {
      return false;
    }
    byte[] user = Arrays.copyOfRange(plainMessage, first + 1, second);
    byte[] given = Arrays.copyOfRange(plainMessage, second + 1, plainMessage.length);
    byte[] expected = utf8(password);
    boolean passwordMatches = MessageDigest.isEqual(given, expected);
    boolean userMatches = MessageDigest.isEqual(user, USER.getBytes(StandardCharsets.UTF_8));
    Arrays.fill(expected, (byte) 0);
    return passwordMatches & userMatches;
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] utf8(char[] chars) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }
}
