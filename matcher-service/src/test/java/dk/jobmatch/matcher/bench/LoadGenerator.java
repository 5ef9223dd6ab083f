package dk.jobmatch.matcher.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The HTTP load of the benchmark, in a JVM of its own so that its work is not counted as the
 * service's and its threads do not share the service's heap, JIT and safepoints (the service runs
 * in the benchmark's JVM). Plain blocking sockets, one kept-alive HTTP/1.1 connection per client
 * thread, the request bytes prepared in advance: about the least a client can cost per request.
 *
 * <p>Only the JDK on the class path. Arguments: {@code port requestFile resultDir maxSeconds phase...},
 * each phase {@code name:connections:requests:intervalNanos[:requestFile|:back=N]} (interval 0: each
 * connection sends its next request as soon as the last is answered; otherwise one request is
 * planned every interval and its latency counts from its planned start; a phase with a request file
 * of its own sends those requests instead, e.g. the health endpoint; {@code back=N} asks again the
 * requests from N before where the last phase stopped). Phases otherwise take the main file's
 * requests one after the other. Reports on standard output, one line per event:
 * {@code start NAME} when a phase starts, {@code end NAME done seconds cpuNanos bytes statuses}
 * when it ends, the latencies of its completed requests (nanoseconds, one per line) in
 * {@code resultDir/NAME.nanos}. Connects only to 127.0.0.1; every phase stops at the time limit.
 */
final class LoadGenerator {
  private final int port;
  private final long maxNanos;

  private LoadGenerator(int port, long maxNanos) {
    this.port = port;
    this.maxNanos = maxNanos;
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    List<byte[]> requests = requests(Path.of(args[1]), port);
    Path results = Path.of(args[2]);
    LoadGenerator load = new LoadGenerator(port, TimeUnit.SECONDS.toNanos(Long.parseLong(args[3])));
    PrintStream out = System.out;
    int from = 0;
    for (int i = 4; i < args.length; i++) {
      String[] phase = args[i].split(":");
      String name = phase[0];
      int requestCount = Integer.parseInt(phase[2]);
      // A fifth field is a request file of the phase's own, or "back=N": the main file's requests from N before
      // where the last phase stopped, asked again.
      int back = phase.length > 4 && phase[4].startsWith("back=") ? Integer.parseInt(phase[4].substring(5)) : -1;
      boolean own = phase.length > 4 && back < 0;
      out.println("start " + name);
      out.flush();
      Phase done = load.run(own ? requests(Path.of(phase[4]), port) : requests, Integer.parseInt(phase[1]),
          own ? 0 : back >= 0 ? Math.max(0, from - back) : from, requestCount, Long.parseLong(phase[3]));
      StringBuilder nanos = new StringBuilder();
      for (long n : done.nanos()) {
        nanos.append(n).append('\n');
      }
      Files.writeString(results.resolve(name + ".nanos"), nanos);
      out.printf(Locale.ROOT, "end %s %d %.3f %d %d %s%n", name, done.nanos().length, done.seconds(), done.cpuNanos(),
          done.bytes(), done.statuses().isEmpty() ? "-" : done.statuses().toString().replace(" ", ""));
      out.flush();
      from += own || back >= 0 ? 0 : requestCount;
    }
  }

  /** One request a line: the path, and the bearer token after a space when it needs one. */
  private static List<byte[]> requests(Path file, int port) throws IOException {
    List<byte[]> requests = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      String path = space < 0 ? line : line.substring(0, space);
      String authorization = space < 0 ? "" : "Authorization: Bearer " + line.substring(space + 1) + "\r\n";
      requests.add(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
          + authorization + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    return requests;
  }

  private record Phase(long[] nanos, double seconds, long cpuNanos, long bytes, Map<Integer, Integer> statuses) {}

  private Phase run(List<byte[]> requests, int connections, int from, int count, long intervalNanos)
      throws InterruptedException {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    long cpu = processCpuNanos();
    long started = System.nanoTime();
    long deadline = started + maxNanos;
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    for (int w = 0; w < connections; w++) {
      pool.execute(() -> {
        Connection connection = null;
        try {
          for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
            byte[] request = requests.get((from + i) % requests.size());
            long t0 = intervalNanos == 0 ? System.nanoTime() : started + i * intervalNanos;
            for (long wait = t0 - System.nanoTime(); wait > 0; wait = t0 - System.nanoTime()) {
              LockSupport.parkNanos(wait);
            }
            int status;
            try {
              if (connection == null) {
                connection = new Connection(port);
              }
              Response response = connection.send(request);
              status = response.status();
              bytes.addAndGet(response.bodyBytes());
              if (response.closed()) {
                connection.close();
                connection = null;
              }
            } catch (IOException e) {
              status = -1;
              if (connection != null) {
                connection.close();
                connection = null;
              }
            }
            nanos[i] = System.nanoTime() - t0;
            if (status != 200) {
              statuses.merge(status, 1, Integer::sum);
            }
          }
        } finally {
          if (connection != null) {
            connection.close();
          }
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(maxNanos + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS)) {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    int done = Math.min(count, next.get());
    long[] completed = new long[done];
    int n = 0;
    for (int i = 0; i < done; i++) {
      if (nanos[i] > 0) {
        completed[n++] = nanos[i];
      }
    }
    return new Phase(Arrays.copyOf(completed, n), seconds, processCpuNanos() - cpu, bytes.get(),
        new TreeMap<>(statuses));
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private record Response(int status, long bodyBytes, boolean closed) {}

  /** One kept-alive HTTP/1.1 connection to 127.0.0.1; reads bodies by Content-Length or chunked, and discards them. */
  private static final class Connection implements Closeable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final StringBuilder line = new StringBuilder();
    private final byte[] scratch = new byte[64 * 1024];

    Connection(int port) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }

    Response send(byte[] request) throws IOException {
      out.write(request);
      out.flush();
      String statusLine = readLine();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean closed = false;
      for (String header = readLine(); !header.isEmpty(); header = readLine()) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> closed = value.equalsIgnoreCase("close");
          default -> { }
        }
      }
      long body = 0;
      if (chunked) {
        for (long size = Long.parseLong(chunkSize(readLine()), 16); size > 0; size = Long.parseLong(chunkSize(readLine()), 16)) {
          skip(size);
          body += size;
          readLine();
        }
        while (!readLine().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        skip(length);
        body = length;
      } else {
        throw new IOException("a response without Content-Length or chunked encoding");
      }
      return new Response(status, body, closed);
    }

    private static String chunkSize(String line) {
      int semicolon = line.indexOf(';');
      return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        int read = in.read(scratch, 0, (int) Math.min(scratch.length, n));
        if (read < 0) {
          throw new EOFException();
        }
        n -= read;
      }
    }

    private String readLine() throws IOException {
      line.setLength(0);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new EOFException();
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a connection we are done with
      }
    }
  }
}
