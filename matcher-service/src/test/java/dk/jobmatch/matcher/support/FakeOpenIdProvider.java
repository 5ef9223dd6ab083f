package dk.jobmatch.matcher.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job centre's OpenID Connect provider in miniature, on a loopback port, for the page's production
 * sign-in: discovery, JWK set, an authorization endpoint that signs in one consultant at once and
 * redirects back with a code, and a token endpoint that insists on the PKCE verifier (S256) before
 * it issues a signed access token with the job centre claim and the API's scopes.
 */
public final class FakeOpenIdProvider implements AutoCloseable {
  public static final String CLIENT_ID = "consultant-page";
  public static final String CONSULTANT = "oidc-konsulent";
  private static final String KEY_ID = "page-test";

  private final HttpServer server;
  private final KeyPair keys;
  private final NimbusJwtEncoder encoder;
  private final Map<String, Authorization> codes = new ConcurrentHashMap<>();
  private final JsonMapper json = JsonMapper.builder().build();
  private volatile int tokensIssued;

  private record Authorization(String challenge, String redirectUri) {}

  public FakeOpenIdProvider() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    RSAKey signingKey = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
        .keyID(KEY_ID).build();
    encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
    server.createContext("/.well-known/openid-configuration", answering(this::discovery));
    server.createContext("/jwks", answering(this::jwks));
    server.createContext("/authorize", answering(this::authorize));
    server.createContext("/token", answering(this::token));
    server.start();
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many access tokens the token endpoint gave out (each needed a matching PKCE verifier). */
  public int tokensIssued() {
    return tokensIssued;
  }

  private void discovery(HttpExchange exchange) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuer", issuer());
    body.put("authorization_endpoint", issuer() + "/authorize");
    body.put("token_endpoint", issuer() + "/token");
    body.put("jwks_uri", issuer() + "/jwks");
    body.put("response_types_supported", new String[] {"code"});
    body.put("subject_types_supported", new String[] {"public"});
    body.put("id_token_signing_alg_values_supported", new String[] {"RS256"});
    body.put("code_challenge_methods_supported", new String[] {"S256"});
    respond(exchange, 200, json.writeValueAsString(body));
  }

  private void jwks(HttpExchange exchange) throws IOException {
    RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID).build();
    respond(exchange, 200, new JWKSet(key).toString());
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
        || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
      respond(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Authorization(query.get("code_challenge"), query.get("redirect_uri")));
    String location = query.get("redirect_uri") + "?code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    if ("OPTIONS".equals(exchange.getRequestMethod())) {
      respond(exchange, 204, null);
      return;
    }
    Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Authorization authorization = codes.remove(String.valueOf(form.get("code")));
    String refused = authorization == null ? "unknown or used code"
        : !"authorization_code".equals(form.get("grant_type")) ? "grant_type must be authorization_code"
        : !CLIENT_ID.equals(form.get("client_id")) ? "unknown client"
        : !authorization.redirectUri().equals(form.get("redirect_uri")) ? "redirect_uri differs from the authorization request"
        : !authorization.challenge().equals(s256(form.get("code_verifier"))) ? "code_verifier does not match the code_challenge"
        : null;
    if (refused != null) {
      respond(exchange, 400, json.writeValueAsString(Map.of("error", "invalid_grant", "error_description", refused)));
      return;
    }
    Instant now = Instant.now();
    JwtClaimsSet claims = JwtClaimsSet.builder()
        .issuer(issuer()).subject(CONSULTANT).issuedAt(now).expiresAt(now.plusSeconds(600))
        .claim("scope", "companies.read citizens.read citizens.write matches.read placements.read placements.write")
        .claim("job_centre", "101")
        .build();
    String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).build(), claims))
        .getTokenValue();
    tokensIssued++;
    respond(exchange, 200, json.writeValueAsString(Map.of("access_token", token, "token_type", "Bearer", "expires_in", 600)));
  }

  /**
   * A handler that answers 500 with the exception's message instead of dropping the connection: a
   * dropped connection makes the browser send the request again, which would hide the first error.
   */
  private static HttpHandler answering(HttpHandler handler) {
    return exchange -> {
      try {
        handler.handle(exchange);
      } catch (RuntimeException | IOException e) {
        respond(exchange, 500, "{\"error\":\"server_error\",\"error_description\":\"" + e.getClass().getSimpleName() + "\"}");
      }
    };
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return "";
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  /** Every answer allows the page's origin: the browser fetches discovery and the token across origins. */
  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Accept");
    exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
