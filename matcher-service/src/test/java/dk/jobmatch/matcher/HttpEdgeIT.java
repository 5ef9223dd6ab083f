package dk.jobmatch.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.jobmatch.matcher.support.ApiTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP edge over plain sockets on 127.0.0.1, as a client that writes HTTP/1.1 bytes itself:
 * requests the HTTP layer refuses are answered with problem+json and leave the connection either
 * usable or cleanly closed, never hanging; half-sent requests and idle connections are dropped.
 * The timeouts are short here (see the properties); the tests wait for the connection to close,
 * never for a time to pass. A hang shows as the socket's read timeout.
 */
@TestPropertySource(properties = {
    "matcher.http.request-header-timeout=1s",
    "matcher.http.request-read-timeout=1s",
    "matcher.http.request-body-timeout=3s",
    "matcher.http.close-linger=1s",
    "server.netty.idle-timeout=2s"})
class HttpEdgeIT extends ApiTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Far longer than any timeout above: reaching it means the connection hung. */
  private static final int HANG_MILLIS = 15_000;
  /** Enough trials to catch a race that showed in 1 of 4. */
  private static final int TRIALS = 50;
  private static final String GOOD = "GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\n\r\n";

  @Value("${local.server.port}")
  int port;

  /** What must follow a refused request on its connection. */
  enum After { USABLE, CLOSED }

  /** One request the HTTP layer refuses, with the answer it must get; {@code token} is for cases that need one. */
  record Refused(String name, Function<String, String> request, int status, String type, After after) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Refused> refusedRequests() {
    String longPath = "/companies?q=" + "a".repeat(10_000);
    return Stream.of(
        new Refused("encoded ../ in the path", token -> "GET /companies/%2e%2e%2f.. HTTP/1.1\r\nHost: localhost\r\n\r\n",
            400, "request-rejected", After.USABLE),
        new Refused("encoded ../ with a body the service never reads", token ->
            "POST /companies/%2e%2e%2f.. HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000\r\n\r\n" + "x".repeat(20_000),
            400, "request-rejected", After.USABLE),
        new Refused("over-long URL", token -> "GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
            414, "uri-too-long", After.CLOSED),
        new Refused("oversized headers", token -> "GET /companies HTTP/1.1\r\nHost: localhost\r\nX-Filler: "
            + "b".repeat(20_000) + "\r\n\r\n", 431, "headers-too-large", After.CLOSED),
        new Refused("header line without a colon", token -> "GET /companies HTTP/1.1\r\nHost: localhost\r\nBroken header\r\n\r\n",
            400, "malformed-request", After.CLOSED),
        new Refused("Content-Length and Transfer-Encoding together", token ->
            "POST /companies HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            400, "malformed-request", After.CLOSED),
        new Refused("broken chunk in a body being read", token ->
            "POST /companies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{\"\r\nzz\r\n",
            400, "malformed-request", After.CLOSED),
        new Refused("unreadable Host header", token -> "GET /companies HTTP/1.1\r\nHost: [::1\r\n\r\n",
            400, "malformed-request", After.CLOSED));
  }

  private static final String PIPELINED = "pipelined";
  private static final String AFTER_THE_ANSWER = "after the answer";

  static Stream<Arguments> refusedRequestsEitherWay() {
    return refusedRequests().flatMap(r -> Stream.of(Arguments.of(r, PIPELINED), Arguments.of(r, AFTER_THE_ANSWER)));
  }

  @ParameterizedTest(name = "{0}, the next request {1}")
  @MethodSource("refusedRequestsEitherWay")
  void refusedRequestIsAnsweredAndTheConnectionIsUsableOrClosedNeverHung(Refused refused, String next) throws IOException {
    boolean pipelined = next.equals(PIPELINED);
    String token = tokenWith(KOBENHAVN, "companies.read", "companies.write");
    List<String> outcomes = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      try (Socket socket = connect()) {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write(bytes(refused.request().apply(token) + (pipelined ? GOOD : "")));
        out.flush();

        Response first = Response.read(in, "trial " + trial + " of " + refused);
        assertThat(first.status()).as(first.describe()).isEqualTo(refused.status());
        assertThat(first.header("content-type")).as(first.describe()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(first.body());
        assertThat(problem.path("type").asString()).as(first.describe()).endsWith("/problems/" + refused.type());
        assertThat(problem.path("status").asInt()).isEqualTo(refused.status());
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("code").asString()).as(first.describe()).startsWith("request.");
        if (refused.after() == After.CLOSED) {
          assertThat(first.header("connection")).as(first.describe()).isEqualToIgnoringCase("close");
        }

        if (!pipelined) {
          writeQuietly(out, GOOD);
        }
        String followed = nextOutcome(in, "trial " + trial + " of " + refused + ", the request after it");
        outcomes.add(followed);
        assertThat(followed).as("trial %d of %s: what followed", trial, refused)
            .isEqualTo(refused.after() == After.USABLE ? "200" : "closed");
      }
    }
    assertThat(outcomes).hasSize(TRIALS);
  }

  @Test
  void halfSentHeadersAreAnsweredWith408AndTheConnectionClosed() throws IOException {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(bytes("GET /companies HTTP/1.1\r\nHost: localhost\r\n"));

      Response answer = Response.read(socket.getInputStream(), "half-sent headers");

      assertThat(answer.status()).isEqualTo(408);
      assertThat(JSON.readTree(answer.body()).path("type").asString()).endsWith("/problems/request-timeout");
      assertThat(nextOutcome(socket.getInputStream(), "after the 408")).isEqualTo("closed");
    }
  }

  @Test
  void headersTricklingInSlowerThanTheTimeoutAreDropped() throws IOException, InterruptedException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(bytes("GET /companies HTTP/1.1\r\nHost: localhost\r\n"));
      socket.setSoTimeout(100);
      // One header line every 100 to 200 ms keeps the connection far from idle, for up to a
      // minute; the header timeout must end it all the same.
      for (int line = 0; line < 300; line++) {
        try {
          out.write(bytes("X-Line-" + line + ": slow\r\n"));
          out.flush();
          int read = socket.getInputStream().read();
          assertThat(read).as("the server's first byte, or the end of the connection").isIn(-1, (int) 'H');
          return;
        } catch (SocketTimeoutException stillOpen) {
          Thread.sleep(100);
        } catch (SocketException closed) {
          return;
        }
      }
      fail("the server still read headers after 300 lines trickled in over a minute");
    }
  }

  @Test
  void halfSentBodyIsDroppedAfterTheReadTimeout() throws IOException {
    String token = tokenWith(KOBENHAVN, "companies.write");
    try (Socket socket = connect()) {
      socket.getOutputStream().write(bytes("POST /companies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"cvr\": \"101"));

      assertThat(untilClosed(socket.getInputStream())).as("the connection after half a body").isEqualTo("closed");
    }
  }

  @Test
  void idleKeptAliveConnectionIsClosed() throws IOException {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(bytes(GOOD));
      assertThat(Response.read(socket.getInputStream(), "the good request").status()).isEqualTo(200);

      assertThat(nextOutcome(socket.getInputStream(), "an idle kept-alive connection")).isEqualTo("closed");
    }
  }

  @Test
  void pipelinedGoodRequestsAreAllAnsweredInOrder() throws IOException {
    try (Socket socket = connect()) {
      String second = "GET /openapi.yaml HTTP/1.1\r\nHost: localhost\r\n\r\n";
      socket.getOutputStream().write(bytes(GOOD + second + GOOD));

      InputStream in = socket.getInputStream();
      assertThat(Response.read(in, "first").header("content-type")).contains("actuator");
      assertThat(Response.read(in, "second").header("content-type")).contains("yaml");
      assertThat(Response.read(in, "third").header("content-type")).contains("actuator");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A minimal HTTP/1.1 client
  // ---------------------------------------------------------------------------------------------

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(HANG_MILLIS);
    return socket;
  }

  /** "200" (or another status) when a response comes, "closed" when the connection ends; a hang fails. */
  private static String nextOutcome(InputStream in, String what) throws IOException {
    try {
      Response response = Response.readOrClosed(in, what);
      return response == null ? "closed" : String.valueOf(response.status());
    } catch (SocketException reset) {
      return "closed";
    }
  }

  /** Reads and drops whatever comes until the connection ends; a hang fails. */
  private static String untilClosed(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    try {
      while (in.read(buffer) >= 0) {
        // An answer may come before the close; only the close matters here.
      }
      return "closed";
    } catch (SocketTimeoutException hung) {
      return "still open after " + HANG_MILLIS + " ms";
    } catch (SocketException reset) {
      return "closed";
    }
  }

  /** The service may have closed already; then the write fails, which is what the next read shows anyway. */
  private static void writeQuietly(OutputStream out, String request) {
    try {
      out.write(bytes(request));
      out.flush();
    } catch (IOException closed) {
      // The read that follows reports the closed connection.
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** One response with a Content-Length body (every answer the service gives here has one). */
  record Response(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String describe() {
      return status + " " + headers + " " + new String(body, StandardCharsets.UTF_8);
    }

    static Response read(InputStream in, String what) throws IOException {
      Response response;
      try {
        response = readOrClosed(in, what);
      } catch (SocketTimeoutException hung) {
        throw new AssertionError(what + ": no answer within " + HANG_MILLIS + " ms", hung);
      }
      if (response == null) {
        throw new AssertionError(what + ": the connection closed without an answer");
      }
      return response;
    }

    /** The next response, or null when the connection ends before one begins. */
    static Response readOrClosed(InputStream in, String what) throws IOException {
      String statusLine;
      try {
        statusLine = line(in);
      } catch (SocketTimeoutException hung) {
        throw new AssertionError(what + ": neither an answer nor a close within " + HANG_MILLIS + " ms", hung);
      }
      if (statusLine == null) {
        return null;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      byte[] body = in.readNBytes(length);
      if (body.length < length) {
        throw new AssertionError(what + ": the body ended after " + body.length + " of " + length + " bytes");
      }
      return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
    }

    /** One CRLF-terminated line, or null at the end of the stream before any byte of it. */
    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int previous = -1;
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (previous == '\r' && b == '\n') {
          byte[] bytes = line.toByteArray();
          return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
        }
        line.write(b);
        previous = b;
      }
      return line.size() == 0 ? null : new String(line.toByteArray(), StandardCharsets.ISO_8859_1);
    }
  }
}
