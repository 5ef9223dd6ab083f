package dk.jobmatch.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.jobmatch.matcher.security.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readiness tells the truth at start: OUT_OF_SERVICE while the demo data loads and while the match
 * index is built, UP only once both are done, so whoever waits for readiness (the README, a
 * Kubernetes readiness probe) never meets an empty citizen list. The service is started here with
 * the demo data on the embedded default, and held at two gates (before the demo data, before the
 * index build) while its readiness is asked over HTTP.
 */
class ReadinessIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration START = Duration.ofMinutes(4);

  private final CountDownLatch beforeDemoData = new CountDownLatch(1);
  private final CountDownLatch demoDataLoaded = new CountDownLatch(1);
  private final CountDownLatch beforeIndex = new CountDownLatch(1);
  private final AtomicInteger port = new AtomicInteger();
  private final AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private CompletableFuture<ConfigurableApplicationContext> started;

  @AfterEach
  void stop() throws Exception {
    beforeDemoData.countDown();
    beforeIndex.countDown();
    if (started != null) {
      started.get(START.toSeconds(), TimeUnit.SECONDS).close();
    }
  }

  @Test
  void readinessIsOutOfServiceUntilTheDemoDataAndTheIndexAreDone() throws Exception {
    start();
    await().atMost(START).until(() -> port.get() != 0);
    ConfigurableApplicationContext app = context.get();
    String operator = app.getBean(DevTokens.class).mint("operator", "101", List.of("operations.read"));
    String consultant = app.getBean(DevTokens.class).mint("consultant", "101", List.of("citizens.read"));

    // Held before the demo data: nothing loaded, and readiness says so.
    Readiness before = readiness(operator);
    assertThat(before.code()).as(before.toString()).isEqualTo(503);
    assertThat(before.status()).as(before.toString()).isEqualTo("OUT_OF_SERVICE");
    assertThat(before.component("startup")).isEqualTo("OUT_OF_SERVICE");
    assertThat(before.body().path("components").path("startup").path("details").path("pending").toString())
        .contains("demo data");
    assertThat(readiness(null).status()).isEqualTo("OUT_OF_SERVICE");
    assertThat(citizens(consultant)).as("citizens before the demo data").isZero();

    // The demo data is in, the index not yet built: still not ready.
    beforeDemoData.countDown();
    assertThat(demoDataLoaded.await(START.toSeconds(), TimeUnit.SECONDS)).as("demo data loaded").isTrue();
    Readiness loaded = readiness(operator);
    assertThat(loaded.code()).as(loaded.toString()).isEqualTo(503);
    assertThat(loaded.status()).as(loaded.toString()).isEqualTo("OUT_OF_SERVICE");
    assertThat(loaded.component("index")).as(loaded.toString()).isEqualTo("OUT_OF_SERVICE");
    assertThat(citizens(consultant)).as("citizens once the demo data is in").isPositive();

    // Index built: ready, and the citizen list is there.
    beforeIndex.countDown();
    await().atMost(START).until(() -> readiness(null).code() == 200);
    Readiness ready = readiness(operator);
    assertThat(ready.status()).as(ready.toString()).isEqualTo("UP");
    assertThat(ready.component("startup")).isEqualTo("UP");
    assertThat(ready.component("index")).isEqualTo("UP");
    assertThat(citizens(consultant)).as("citizens when ready").isPositive();
  }

  private void start() {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(MatcherApplication.class)
        .properties("server.port=0", "spring.reactor.netty.shutdown-quiet-period=0s")
        // Registered by hand, not scanned: other tests that start the service must not meet these gates.
        .initializers(ctx -> {
          context.set(ctx);
          ctx.getBeanFactory().registerSingleton("holdBeforeDemoData", gate(5, () -> hold(beforeDemoData)));
          ctx.getBeanFactory().registerSingleton("holdBeforeIndex", gate(50, () -> {
            demoDataLoaded.countDown();
            hold(beforeIndex);
          }));
        })
        .listeners((ApplicationListener<WebServerInitializedEvent>) event -> port.set(event.getWebServer().getPort()));
    // The embedded default with its demo data, in memory, whatever the environment names.
    started = CompletableFuture.supplyAsync(() -> builder.run(
        "--spring.mongodb.uri=", "--matcher.embedded-mongo.file=", "--matcher.demo-data.enabled=true",
        "--spring.mongodb.database=readiness-test"));
  }

  /** A start-up runner that waits: order 5 runs before the demo data (10), 50 before the index build (100). */
  private static ApplicationRunner gate(int order, Runnable hold) {
    record Gate(int order, Runnable hold) implements ApplicationRunner, Ordered {
      @Override
      public void run(org.springframework.boot.ApplicationArguments args) {
        hold.run();
      }

      @Override
      public int getOrder() {
        return order;
      }
    }
    return new Gate(order, hold);
  }

  private static void hold(CountDownLatch latch) {
    try {
      if (!latch.await(START.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Readiness(int code, JsonNode body) {
    String status() {
      return body.path("status").asString();
    }

    String component(String name) {
      return body.path("components").path(name).path("status").asString();
    }
  }

  private Readiness readiness(String token) throws IOException, InterruptedException {
    HttpResponse<String> response = get("/actuator/health/readiness", token);
    return new Readiness(response.statusCode(), JSON.readTree(response.body()));
  }

  private long citizens(String token) throws IOException, InterruptedException {
    HttpResponse<String> response = get("/citizens?size=1", token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("page").path("totalItems").asLong();
  }

  private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get() + path))
        .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
