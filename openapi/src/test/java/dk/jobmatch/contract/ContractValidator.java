package dk.jobmatch.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Flux;

/**
 * Checks HTTP responses against one of our contracts the way a client generated from it reads
 * them: the status must be one the operation declares, the content type one that status declares,
 * and the body must match its schema: required fields present, types and formats right, and no
 * {@code null} where the contract does not say {@code nullable} (a client generated from it need not
 * expect one), and no field the contract does not declare.
 *
 * <p>Every API test of the service goes through {@link #filter()}:
 * <pre>{@code
 * WebTestClient http = client.mutate().filter(ContractValidator.api().filter()).build();
 * http.get().uri("/companies/{id}", id).exchange();   // fails here when the answer breaks openapi.yaml
 * }</pre>
 *
 * <p>Only responses are judged: the API tests send broken requests on purpose. A path or method the
 * contract does not have (the page, {@code /dev/token}, Actuator, a 405 to an undeclared method) is
 * not the contract's to judge and passes unchecked.
 *
 * <p>The library is Atlassian's swagger-request-validator, which reads the contract with the same
 * swagger-parser as openapi-generator and validates OpenAPI 3.0 schemas with {@code nullable}.
 */
public final class ContractValidator {
  private static final Map<String, ContractValidator> LOADED = new ConcurrentHashMap<>();

  private final String name;
  private final OpenApiInteractionValidator validator;

  private ContractValidator(String resource, String warmUpPath) {
    this.name = resource;
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(read(resource))
        // The validator treats a schema without additionalProperties as closed, so a field the
        // contract does not declare fails too. Merging allOf parts first keeps that from failing
        // each part (Citizen = CitizenInput + its own fields) for the other part's fields.
        .withResolveCombinators(true)
        .withLevelResolver(LevelResolver.create()
            // Paths and methods outside the contract: see the class comment.
            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
            .build())
        .build();
    // The first schema check sets up the JSON Schema library (seconds on a busy machine); done here,
    // it never counts against a test's response timeout. What it finds does not matter.
    validator.validateResponse(warmUpPath, Request.Method.GET,
        SimpleResponse.Builder.ok().withContentType("application/json").withBody("{}").build());
  }

  /** The service's contract, {@code openapi.yaml}. */
  public static ContractValidator api() {
    return of("openapi.yaml", "/teams");
  }

  /** The feed a CRM implements for us, {@code crm-feed.yaml}. */
  public static ContractValidator crmFeed() {
    return of("crm-feed.yaml", "/companies");
  }

  /** Read once per JVM: reading the service's contract takes a few seconds. */
  private static ContractValidator of(String resource, String warmUpPath) {
    return LOADED.computeIfAbsent(resource, r -> new ContractValidator(r, warmUpPath));
  }

  /** What is wrong with this response to {@code method path} by the contract; empty when nothing is. */
  public List<String> problems(HttpMethod method, String path, int status, HttpHeaders headers, byte[] body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    headers.forEach(response::withHeader);
    if (body.length > 0) {
      response.withBody(new String(body, StandardCharsets.UTF_8));
    }
    ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method.name()), response.build());
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        describe(message, "", problems);
      }
    }
    return problems;
  }

  /** Fails with every problem {@link #problems} finds, naming the call and quoting the body. */
  public void check(HttpMethod method, String path, int status, HttpHeaders headers, byte[] body) {
    List<String> problems = problems(method, path, status, headers, body);
    if (!problems.isEmpty()) {
      throw new ContractViolation(method + " " + path + " answered " + status + " " + headers.getContentType()
          + ", which " + name + " does not allow:\n  - " + String.join("\n  - ", problems)
          + "\nBody: " + excerpt(body));
    }
  }

  /**
   * Checks every response that passes through a {@code WebClient} or {@code WebTestClient}. The body
   * is read here, whole, and handed on unchanged, so the test still reads and asserts it as sent.
   */
  public ExchangeFilterFunction filter() {
    return (request, next) -> next.exchange(request).flatMap(response -> DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
        .map(ContractValidator::bytes)
        .defaultIfEmpty(new byte[0])
        .map(body -> checked(request, response, body)));
  }

  private ClientResponse checked(ClientRequest request, ClientResponse response, byte[] body) {
    check(request.method(), request.url().getRawPath(), response.statusCode().value(), response.headers().asHttpHeaders(), body);
    Flux<DataBuffer> again = body.length == 0 ? Flux.empty() : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body));
    return response.mutate().body(again).build();
  }

  private static byte[] bytes(DataBuffer buffer) {
    byte[] bytes = new byte[buffer.readableByteCount()];
    buffer.read(bytes);
    DataBufferUtils.release(buffer);
    return bytes;
  }

  private static void describe(ValidationReport.Message message, String indent, List<String> out) {
    StringBuilder line = new StringBuilder(indent).append(message.getKey()).append(": ").append(message.getMessage());
    message.getAdditionalInfo().forEach(info -> line.append(" (").append(info).append(')'));
    out.add(line.toString());
    message.getNestedMessages().forEach(nested -> describe(nested, indent + "  ", out));
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
  }

  private static String read(String resource) {
    try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath (it comes with the openapi module)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response the contract does not allow. An {@link AssertionError}, so a test reports it as a failure. */
  public static final class ContractViolation extends AssertionError {
    ContractViolation(String message) {
      super(message);
    }
  }
}
