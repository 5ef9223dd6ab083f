package dk.jobmatch.matcher;

import static dk.jobmatch.matcher.support.TestCitizens.aCitizen;
import static dk.jobmatch.matcher.support.TestCompanies.aCompany;
import static dk.jobmatch.matcher.support.TestCompanies.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobmatch.matcher.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what: a valid bearer token signed by the trusted issuer (401 otherwise), the scope
 * for the call (403 otherwise), and for citizens the caller's job centre, beyond which a citizen
 * does not exist (404).
 */
class AccessControlIT extends ApiTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One call of the API; {id} stands for a record id, a random one unless a test stores a record. */
  record Call(String name, HttpMethod method, String uri, Kind body) {
    @Override
    public String toString() {
      return name;
    }
  }

  enum Kind { NONE, COMPANY, CITIZEN, CONTACT }

  static Stream<Call> everyApiCall() {
    return Stream.of(
        new Call("GET /companies", HttpMethod.GET, "/companies", Kind.NONE),
        new Call("POST /companies", HttpMethod.POST, "/companies", Kind.COMPANY),
        new Call("GET /companies/{id}", HttpMethod.GET, "/companies/{id}", Kind.NONE),
        new Call("PUT /companies/{id}", HttpMethod.PUT, "/companies/{id}", Kind.COMPANY),
        new Call("DELETE /companies/{id}", HttpMethod.DELETE, "/companies/{id}", Kind.NONE),
        new Call("GET /citizens", HttpMethod.GET, "/citizens", Kind.NONE),
        new Call("POST /citizens", HttpMethod.POST, "/citizens", Kind.CITIZEN),
        new Call("GET /citizens/{id}", HttpMethod.GET, "/citizens/{id}", Kind.NONE),
        new Call("PUT /citizens/{id}", HttpMethod.PUT, "/citizens/{id}", Kind.CITIZEN),
        new Call("DELETE /citizens/{id}", HttpMethod.DELETE, "/citizens/{id}", Kind.NONE),
        new Call("GET /citizens/{id}/matches", HttpMethod.GET, "/citizens/{id}/matches", Kind.NONE),
        new Call("GET /companies/{id}/contacts", HttpMethod.GET, "/companies/{id}/contacts", Kind.NONE),
        new Call("POST /companies/{id}/contacts", HttpMethod.POST, "/companies/{id}/contacts", Kind.CONTACT),
        new Call("GET /contacts/next-steps", HttpMethod.GET, "/contacts/next-steps", Kind.NONE));
  }

  /** An Authorization header the service must not trust, made from the test's own token minter. */
  record BadCredential(String name, Function<AccessControlIT, String> authorization) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadCredential> untrustedCredentials() {
    return Stream.of(
        new BadCredential("garbage bearer token", t -> "Bearer garbage"),
        new BadCredential("three garbage segments", t -> "Bearer abc.def.ghi"),
        new BadCredential("empty bearer token", t -> "Bearer "),
        new BadCredential("token signed by another key", t -> "Bearer " + t.signedByAnotherKey(KOBENHAVN)),
        new BadCredential("unsigned token (alg none)", t -> "Bearer " + t.unsigned(t.consultantOf(KOBENHAVN))),
        new BadCredential("genuine token with its job_centre changed", t -> "Bearer " + t.withJobCentre(t.consultantOf(KOBENHAVN), AARHUS)),
        new BadCredential("basic credentials", t -> "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))));
  }

  /** A call made with a token that lacks the scope it needs. */
  record MissingScope(String name, List<String> scopes, Call call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<MissingScope> missingScopes() {
    return Stream.of(
        new MissingScope("company create with only companies.read", List.of("companies.read"),
            new Call("POST /companies", HttpMethod.POST, "/companies", Kind.COMPANY)),
        new MissingScope("company update with only companies.read", List.of("companies.read"),
            new Call("PUT /companies/{id}", HttpMethod.PUT, "/companies/{id}", Kind.COMPANY)),
        new MissingScope("company delete with only companies.read", List.of("companies.read"),
            new Call("DELETE /companies/{id}", HttpMethod.DELETE, "/companies/{id}", Kind.NONE)),
        new MissingScope("company create with every citizen scope", List.of("citizens.read", "citizens.write", "matches.read"),
            new Call("POST /companies", HttpMethod.POST, "/companies", Kind.COMPANY)),
        new MissingScope("company list with only citizens.write", List.of("citizens.write"),
            new Call("GET /companies", HttpMethod.GET, "/companies", Kind.NONE)),
        new MissingScope("company read with only citizens.write", List.of("citizens.write"),
            new Call("GET /companies/{id}", HttpMethod.GET, "/companies/{id}", Kind.NONE)),
        new MissingScope("citizen create with only citizens.read", List.of("citizens.read"),
            new Call("POST /citizens", HttpMethod.POST, "/citizens", Kind.CITIZEN)),
        new MissingScope("citizen update with only citizens.read", List.of("citizens.read"),
            new Call("PUT /citizens/{id}", HttpMethod.PUT, "/citizens/{id}", Kind.CITIZEN)),
        new MissingScope("citizen delete with only citizens.read", List.of("citizens.read"),
            new Call("DELETE /citizens/{id}", HttpMethod.DELETE, "/citizens/{id}", Kind.NONE)),
        new MissingScope("citizen list with only company scopes and matches.read",
            List.of("companies.read", "companies.write", "matches.read"),
            new Call("GET /citizens", HttpMethod.GET, "/citizens", Kind.NONE)),
        new MissingScope("matches without matches.read", List.of("companies.read", "companies.write", "citizens.read", "citizens.write"),
            new Call("GET /citizens/{id}/matches", HttpMethod.GET, "/citizens/{id}/matches", Kind.NONE)),
        new MissingScope("contact record with only companies.read", List.of("companies.read"),
            new Call("POST /companies/{id}/contacts", HttpMethod.POST, "/companies/{id}/contacts", Kind.CONTACT)),
        new MissingScope("contact log with only citizen scopes", List.of("citizens.read", "citizens.write"),
            new Call("GET /companies/{id}/contacts", HttpMethod.GET, "/companies/{id}/contacts", Kind.NONE)),
        new MissingScope("next steps with only placement scopes", List.of("placements.read", "placements.write"),
            new Call("GET /contacts/next-steps", HttpMethod.GET, "/contacts/next-steps", Kind.NONE)),
        new MissingScope("company list with no scope at all", List.of(),
            new Call("GET /companies", HttpMethod.GET, "/companies", Kind.NONE)));
  }

  /** Citizen calls that need the caller's job centre. */
  static Stream<Call> citizenCalls() {
    return everyApiCall().filter(call -> call.uri().startsWith("/citizens"));
  }

  // ---------------------------------------------------------------------------------------------
  // 401: no trusted token
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} without a token is 401")
  @MethodSource("everyApiCall")
  void callWithoutTokenIsUnauthorized(Call call) {
    var response = request(http, call, UUID.randomUUID().toString());

    assertUnauthorized(response);
    assertNothingStored();
  }

  @ParameterizedTest(name = "{0} is 401")
  @MethodSource("untrustedCredentials")
  void untrustedCredentialIsUnauthorized(BadCredential credential) {
    WebTestClient client = http.mutate().defaultHeader("Authorization", credential.authorization().apply(this)).build();

    assertUnauthorized(request(client, new Call("GET /citizens", HttpMethod.GET, "/citizens", Kind.NONE), null));
    assertUnauthorized(request(client, new Call("POST /citizens", HttpMethod.POST, "/citizens", Kind.CITIZEN), null));
    assertNothingStored();
  }

  @Test
  void tokenSignedByAnotherKeyIsRefusedEvenWithEveryScope() {
    String foreign = signedByAnotherKey(KOBENHAVN);
    String citizenId = createCitizen(consultantOf(KOBENHAVN));

    assertUnauthorized(as(foreign).get().uri("/citizens/{id}", citizenId).exchange());
    assertUnauthorized(as(foreign).delete().uri("/citizens/{id}", citizenId).exchange());
    as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}", citizenId).exchange().expectStatus().isOk();
  }

  // ---------------------------------------------------------------------------------------------
  // 403: missing scope or job centre
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} is 403")
  @MethodSource("missingScopes")
  void callWithoutItsScopeIsForbidden(MissingScope c) {
    String companyId = createCompany(consultantOf(KOBENHAVN));
    String citizenId = createCitizen(consultantOf(KOBENHAVN));
    String id = c.call().uri().startsWith("/companies") ? companyId : citizenId;

    var response = request(as(tokenWith(KOBENHAVN, c.scopes().toArray(String[]::new))), c.call(), id);

    JsonNode problem = assertProblem(response, 403);
    assertThat(problem.path("detail").asString("")).contains("scope");
    // Nothing was written: the one company and the one citizen are as they were.
    WebTestClient consultant = as(consultantOf(KOBENHAVN));
    consultant.get().uri("/companies/{id}", companyId).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"0\"");
    consultant.get().uri("/citizens/{id}", citizenId).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"0\"");
    assertThat(companyRepository.count().block()).isEqualTo(1);
    assertThat(citizenRepository.count().block()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} with a token without job_centre is 403")
  @MethodSource("citizenCalls")
  void citizenCallWithoutJobCentreIsForbidden(Call call) {
    String citizenId = createCitizen(consultantOf(KOBENHAVN));
    String token = tokens.mint("consultant-nowhere", null, ALL_SCOPES);

    var response = request(as(token), call, citizenId);

    JsonNode problem = assertProblem(response, 403);
    assertThat(problem.path("detail").asString("")).contains("job_centre");
    assertThat(citizenRepository.count().block()).isEqualTo(1);
    as(consultantOf(KOBENHAVN)).get().uri("/citizens/{id}", citizenId).exchange()
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"0\"");
  }

  @ParameterizedTest(name = "{0} with job_centre 999 is 403")
  @MethodSource("citizenCalls")
  void citizenCallWithUnknownJobCentreIsForbidden(Call call) {
    String citizenId = createCitizen(consultantOf(KOBENHAVN));

    var response = request(as(consultantOf("999")), call, citizenId);

    JsonNode problem = assertProblem(response, 403);
    assertThat(problem.path("detail").asString("")).contains("job_centre");
    assertThat(citizenRepository.count().block()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------------------
  // 404: another job centre's citizen
  // ---------------------------------------------------------------------------------------------

  @Test
  void anotherJobCentresCitizenIsNotFoundAndUntouched() {
    String kobenhavn = consultantOf(KOBENHAVN);
    String aarhus = consultantOf(AARHUS);
    String citizenId = createCitizen(kobenhavn);
    String before = as(kobenhavn).get().uri("/citizens/{id}", citizenId).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

    assertProblem(as(aarhus).get().uri("/citizens/{id}", citizenId).exchange(), 404);
    assertProblem(as(aarhus).get().uri("/citizens/{id}/matches", citizenId).exchange(), 404);
    assertProblem(as(aarhus).put().uri("/citizens/{id}", citizenId).header("If-Match", "\"0\"")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(30, 37).commuteKm(50).build()).exchange(), 404);
    assertProblem(as(aarhus).put().uri("/citizens/{id}", citizenId).header("If-Match", "*")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(30, 37).build()).exchange(), 404);
    assertProblem(as(aarhus).delete().uri("/citizens/{id}", citizenId).exchange(), 404);

    String after = as(kobenhavn).get().uri("/citizens/{id}", citizenId).exchange()
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"0\"")
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(JSON.readTree(after)).as("København's citizen after Aarhus' attempts").isEqualTo(JSON.readTree(before));
  }

  @Test
  void notFoundForAnotherJobCentreLooksLikeNotFoundForNobody() {
    String citizenId = createCitizen(consultantOf(KOBENHAVN));

    JsonNode foreign = assertProblem(as(consultantOf(AARHUS)).get().uri("/citizens/{id}", citizenId).exchange(), 404);
    UUID unknown = UUID.randomUUID();
    JsonNode missing = assertProblem(as(consultantOf(AARHUS)).get().uri("/citizens/{id}", unknown).exchange(), 404);

    // Same type and title, and the detail differs only by the id asked for: nothing tells that the citizen exists elsewhere.
    assertThat(foreign.path("type")).isEqualTo(missing.path("type"));
    assertThat(foreign.path("title")).isEqualTo(missing.path("title"));
    assertThat(foreign.path("code").asString()).isEqualTo("citizen.not-found").isEqualTo(missing.path("code").asString());
    assertThat(foreign.path("detail").asString("").replace(citizenId, "ID"))
        .isEqualTo(missing.path("detail").asString("").replace(unknown.toString(), "ID"));
  }

  @Test
  void citizenListShowsOnlyTheCallersJobCentre() {
    String kobenhavn = consultantOf(KOBENHAVN);
    String aarhus = consultantOf(AARHUS);
    List<String> ofKobenhavn = List.of(createCitizen(kobenhavn), createCitizen(kobenhavn));
    String ofAarhus = createCitizen(aarhus);

    JsonNode aarhusPage = list(aarhus, "/citizens?size=200");
    assertThat(aarhusPage.path("page").path("totalItems").asLong()).isEqualTo(1);
    assertThat(idsOf(aarhusPage)).containsExactly(ofAarhus).doesNotContainAnyElementsOf(ofKobenhavn);
    aarhusPage.path("items").forEach(item -> assertThat(item.path("jobCentre").asString()).isEqualTo(AARHUS));

    JsonNode kobenhavnPage = list(kobenhavn, "/citizens?size=200");
    assertThat(kobenhavnPage.path("page").path("totalItems").asLong()).isEqualTo(2);
    assertThat(idsOf(kobenhavnPage)).containsExactlyInAnyOrderElementsOf(ofKobenhavn);
  }

  @Test
  void citizenBodyCannotChooseItsJobCentre() {
    String body = JSON.writeValueAsString(JSON.<tools.jackson.databind.node.ObjectNode>valueToTree(aCitizen().build())
        .put("jobCentre", AARHUS));

    var response = as(consultantOf(KOBENHAVN)).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange();

    assertThat(assertProblem(response, 400).path("field").asString("")).isEqualTo("jobCentre");
    assertThat(list(consultantOf(AARHUS), "/citizens").path("page").path("totalItems").asLong()).isZero();
  }

  @Test
  void createdCitizenBelongsToTheTokensJobCentre() {
    String citizenId = createCitizen(consultantOf(AARHUS));

    as(consultantOf(AARHUS)).get().uri("/citizens/{id}", citizenId).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.jobCentre").isEqualTo(AARHUS);
  }

  // ---------------------------------------------------------------------------------------------
  // Open doors: the development token issuer and health
  // ---------------------------------------------------------------------------------------------

  @Test
  void devTokenFromLoopbackCallsTheApi() {
    JsonNode issued = JSON.readTree(http.post().uri("/dev/token?jobCentre={jc}&consultant=newcomer", AARHUS)
        .accept(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody(String.class).returnResult().getResponseBody());
    assertThat(issued.path("token_type").asString()).isEqualTo("Bearer");
    assertThat(issued.path("job_centre").asString()).isEqualTo(AARHUS);
    String token = issued.path("access_token").asString();

    String citizenId = createCitizen(token);
    as(token).get().uri("/citizens/{id}", citizenId).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.jobCentre").isEqualTo(AARHUS);
    as(token).get().uri("/companies").exchange().expectStatus().isOk();
    as(token).get().uri("/citizens/{id}/matches", citizenId).exchange().expectStatus().isOk();
  }

  @Test
  void devTokenWithCurlsDefaultAcceptAnswers() {
    // curl sends Accept: */* unless told otherwise.
    var result = http.post().uri("/dev/token").accept(MediaType.ALL).exchange()
        .expectBody(String.class).returnResult();

    assertThat(result.getStatus().value()).as("POST /dev/token with Accept */*: " + result.getResponseBody()).isEqualTo(200);
  }

  @Test
  void bareDevTokenForShellUseCallsTheApi() {
    String token = http.post().uri("/dev/token?jobCentre={jc}", KOBENHAVN).accept(MediaType.TEXT_PLAIN).exchange()
        .expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();

    assertThat(token).doesNotContain("{").contains(".");
    as(token.strip()).get().uri("/citizens").exchange().expectStatus().isOk();
  }

  @Test
  void devTokenCarriesOnlyTheScopesAskedFor() {
    String token = JSON.readTree(http.post().uri("/dev/token?scope=companies.read").accept(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).path("access_token").asString();

    as(token).get().uri("/companies").exchange().expectStatus().isOk();
    assertProblem(as(token).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().with(aTask()).build()).exchange(), 403);
    assertProblem(as(token).get().uri("/citizens").exchange(), 403);
  }

  @Test
  void devTokenForUnknownJobCentreIsRefused() {
    var response = http.post().uri("/dev/token?jobCentre=999").accept(MediaType.APPLICATION_JSON).exchange();

    assertThat(assertProblem(response, 400).path("field").asString("")).isEqualTo("jobCentre");
  }

  @Test
  void healthProbesAreOpenWithoutToken() {
    http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
  }

  @Test
  void healthIsOpenWithoutTokenAndUp() {
    var result = http.get().uri("/actuator/health").exchange().expectBody(String.class).returnResult();

    assertThat(result.getStatus().value()).as("GET /actuator/health without a token: " + result.getResponseBody()).isEqualTo(200);
    assertThat(JSON.readTree(result.getResponseBody()).path("status").asString()).isEqualTo("UP");
  }

  @Test
  void metricsAreNotOpenWithoutToken() {
    assertProblem(http.get().uri("/actuator/metrics").exchange(), 401);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static WebTestClient.ResponseSpec request(WebTestClient client, Call call, String id) {
    var spec = client.method(call.method()).uri(call.uri(), id == null ? UUID.randomUUID().toString() : id);
    if (call.method() == HttpMethod.PUT) {
      spec.header("If-Match", "\"0\"");
    }
    return switch (call.body()) {
      case NONE -> spec.exchange();
      case COMPANY -> spec.contentType(MediaType.APPLICATION_JSON).bodyValue(aCompany().with(aTask()).build()).exchange();
      case CITIZEN -> spec.contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().hours(20, 30).build()).exchange();
      case CONTACT -> spec.contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("kind", "CALL", "at", "2026-03-30T10:00:00Z", "outcome", "NEUTRAL")).exchange();
    };
  }

  /** Asserts the status, problem+json and a detail; returns the problem. */
  private static JsonNode assertProblem(WebTestClient.ResponseSpec response, int status) {
    return checkedProblem(response, status).problem();
  }

  /** Asserts a 401 problem that tells the client to send a bearer token. */
  private static void assertUnauthorized(WebTestClient.ResponseSpec response) {
    Checked checked = checkedProblem(response, 401);
    assertThat(checked.result().getResponseHeaders().getFirst("WWW-Authenticate")).as(checked.what() + " WWW-Authenticate")
        .isNotNull().startsWith("Bearer");
  }

  private record Checked(EntityExchangeResult<byte[]> result, JsonNode problem, String what) {}

  private static Checked checkedProblem(WebTestClient.ResponseSpec response, int status) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    String what = result.getMethod() + " " + result.getUrl().getPath() + " answered " + result.getStatus() + " " + body;
    assertThat(result.getStatus().value()).as(what).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType()).as(what).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(what + " content type").isTrue());
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
    assertThat(problem.path("detail").asString("")).as(what + " detail").isNotBlank();
    return new Checked(result, problem, what);
  }

  private void assertNothingStored() {
    assertThat(companyRepository.count().block()).as("companies stored").isZero();
    assertThat(citizenRepository.count().block()).as("citizens stored").isZero();
  }

  private JsonNode list(String token, String uri) {
    return JSON.readTree(as(token).get().uri(uri).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody());
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("citizenId").asString()));
    return ids;
  }

  private String createCitizen(String token) {
    String body = as(token).post().uri("/citizens").contentType(MediaType.APPLICATION_JSON).bodyValue(aCitizen().build())
        .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
    return JSON.readTree(body).path("citizenId").asString();
  }

  private String createCompany(String token) {
    String body = as(token).post().uri("/companies").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(aCompany().with(aTask()).build())
        .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
    return JSON.readTree(body).path("companyId").asString();
  }

  /** The claims of a genuine token. */
  private static Map<String, Object> claimsOf(String token) {
    byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
    @SuppressWarnings("unchecked")
    Map<String, Object> claims = JSON.readValue(payload, Map.class);
    return claims;
  }

  /** A token like a genuine one for {@code jobCentre} with every scope, but signed by a freshly generated RSA key. */
  private String signedByAnotherKey(String jobCentre) {
    Map<String, Object> genuine = claimsOf(consultantOf(jobCentre));
    KeyPair keys;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    var encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()).build();
    Instant now = Instant.now();
    JwtClaimsSet claims = JwtClaimsSet.builder()
        .issuer((String) genuine.get("iss"))
        .subject((String) genuine.get("sub"))
        .issuedAt(now)
        .expiresAt(now.plus(Duration.ofHours(1)))
        .claim("scope", genuine.get("scope"))
        .claim("job_centre", jobCentre)
        .build();
    return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
  }

  /** The genuine token's claims under an {@code alg: none} header and without a signature. */
  private String unsigned(String token) {
    String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    return header + "." + token.split("\\.")[1] + ".";
  }

  /** The genuine token with another job_centre in its payload and its original signature. */
  private String withJobCentre(String token, String jobCentre) {
    String[] parts = token.split("\\.");
    Map<String, Object> claims = claimsOf(token);
    claims.put("job_centre", jobCentre);
    return parts[0] + "." + base64Url(JSON.writeValueAsBytes(claims)) + "." + parts[2];
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
