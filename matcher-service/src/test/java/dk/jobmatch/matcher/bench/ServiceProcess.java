package dk.jobmatch.matcher.bench;

import dk.jobmatch.matcher.MatcherApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * The service as its own operating-system process on its embedded default (H2 file, demo data),
 * listening on 127.0.0.1: so its CPU time can be read apart from the load generator's, and so it can
 * be killed with SIGKILL ({@code kill -9}) as a crash would, not closed.
 */
final class ServiceProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the service on {@code dataFile} and waits until it is ready (index built), at most {@code maxWait}. */
  static ServiceProcess start(Path dataFile, Path log, Duration maxWait) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // Lucene's flags, as the service runs in production (see the parent pom's lucene.jvm.args).
    command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx2g"));
    command.addAll(List.of("-cp", serviceClassPath(), MatcherApplication.class.getName(),
        "--server.port=" + port, "--server.address=127.0.0.1",
        "--matcher.embedded-mongo.file=" + dataFile.toAbsolutePath(),
        "--matcher.demo-data.enabled=true",
        "--logging.level.org.springframework=warn", "--logging.level.org.mongodb=warn"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    ServiceProcess service = new ServiceProcess(process, port);
    service.awaitReady(maxWait);
    return service;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** CPU time of the whole process (every thread, user and system) so far, in nanoseconds. */
  long cpuNanos() {
    return process.toHandle().info().totalCpuDuration().map(Duration::toNanos)
        .orElseThrow(() -> new IllegalStateException("the operating system does not tell the process's CPU time"));
  }

  /** SIGKILL: no shutdown hook, no last commit, as when the machine's OOM killer or an operator's kill -9 strikes. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitReady(Duration maxWait) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
    Awaitility.await("the service ready on port " + port).atMost(maxWait).pollInterval(Duration.ofMillis(500))
        .ignoreException(IOException.class)
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("the service stopped during start (exit " + process.exitValue() + "); see its log");
          }
          HttpResponse<String> answer = client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
          return answer.statusCode() == 200 && answer.body().contains("UP");
        });
  }

  /**
   * The service's runtime class path: this test JVM's, without the test classes (their
   * configurations would join the service's component scan). Failsafe passes it in
   * {@code surefire.test.class.path} when it starts the JVM through a manifest-only jar.
   */
  private static String serviceClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
