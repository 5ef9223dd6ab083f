package dk.jobmatch.matcher.bench;

import de.bwaldvogel.mongo.MongoServer;
import dk.jobmatch.matcher.embedded.BoundedOplog;
import dk.jobmatch.matcher.embedded.InMemoryBackend;
import dk.jobmatch.matcher.embedded.OplogNews;
import dk.jobmatch.matcher.embedded.PacedChangeStreams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP benchmark's MongoDB: an in-memory mongo-java-server (the embedded default's backend and
 * its paced change-stream port) in an operating-system process of its own on 127.0.0.1, as MongoDB
 * runs beside the service in production. In the service's JVM its 300,000 companies and 100,000
 * citizens (about 5 GB of heap) made every garbage collection of the service's own short-lived
 * objects dearer, which no deployment pays, and its CPU time was counted as the service's.
 *
 * <p>The child prints {@code ports <main> <changeStreams>} once it listens; a line {@code oplog} on
 * its standard input turns the oplog on (after the bulk load, so the load is not copied into it);
 * the end of its standard input (the parent gone, for whatever reason) stops it.
 */
final class MongoProcess implements AutoCloseable {
  private final Process process;
  private final Writer commands;
  private final int port;
  private final int changeStreamPort;

  private MongoProcess(Process process, int port, int changeStreamPort) {
    this.process = process;
    this.commands = process.outputWriter(StandardCharsets.UTF_8);
    this.port = port;
    this.changeStreamPort = changeStreamPort;
  }

  /** Starts the child with {@code maxHeap} (e.g. "8g") and waits for its ports. */
  static MongoProcess start(String maxHeap) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(List.of(java, "-Xmx" + maxHeap, "-cp", classPath, MongoProcess.class.getName()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = process.inputReader(StandardCharsets.UTF_8);
    // Its log lines come first (the service's logging configuration is on the class path).
    String line = out.readLine();
    while (line != null && !line.startsWith("ports ")) {
      line = out.readLine();
    }
    if (line == null) {
      process.destroyForcibly();
      throw new IllegalStateException("the MongoDB process stopped before it listened");
    }
    String[] f = line.split(" ");
    // The rest of its output is read and dropped, so a full pipe can never stop it.
    Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
    return new MongoProcess(process, Integer.parseInt(f[1]), Integer.parseInt(f[2]));
  }

  int port() {
    return port;
  }

  int changeStreamPort() {
    return changeStreamPort;
  }

  /** CPU time of the whole child process so far, in nanoseconds. */
  long cpuNanos() {
    return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  void enableOplog() throws IOException {
    commands.write("oplog\n");
    commands.flush();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    commands.close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  /** The child. */
  public static void main(String[] args) throws IOException {
    OplogNews news = new OplogNews();
    InMemoryBackend backend = new InMemoryBackend(news, BoundedOplog.DEFAULT_CAPACITY);
    MongoServer mongo = new MongoServer(backend);
    mongo.bind("127.0.0.1", 0);
    // mongo-java-server answers a change stream's getMore at once, where MongoDB waits for news:
    // served as the embedded default serves them, waiting on a port of their own, or they busy the cores.
    MongoServer changeStreams = new MongoServer(new PacedChangeStreams(backend, news, Duration.ofSeconds(1)));
    changeStreams.bind("127.0.0.1", 0);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("ports " + mongo.getLocalAddress().getPort() + " " + changeStreams.getLocalAddress().getPort());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals("oplog")) {
          backend.enableOplog();
        }
      }
    } finally {
      changeStreams.shutdownNow();
      mongo.shutdownNow();
    }
    // Netty's threads would keep the JVM alive.
    System.exit(0);
  }
}
