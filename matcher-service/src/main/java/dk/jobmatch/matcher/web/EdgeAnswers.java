package dk.jobmatch.matcher.web;

import dk.jobmatch.matcher.problem.ProblemType;
import dk.jobmatch.matcher.problem.Problems;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json answers of the HTTP edge, for requests refused before the application sees
 * them. Made once at start: answering a broken request costs no serialisation on the event loop.
 * Every one closes the connection: after a request that could not be read, the next byte's meaning
 * is unknown.
 */
final class EdgeAnswers {
  private static final Map<ProblemType, String> DETAILS = Map.of(
      ProblemType.MALFORMED_REQUEST,
      "The request is not valid HTTP/1.1 (its request line, a header, a chunk or its length); the connection is closed",
      ProblemType.URI_TOO_LONG,
      "The request line (method, path and query) is longer than the service accepts; the connection is closed",
      ProblemType.HEADERS_TOO_LARGE,
      "The request headers are larger than the service accepts; the connection is closed",
      ProblemType.REQUEST_TIMEOUT,
      "The request line and headers did not arrive in time; the connection is closed",
      ProblemType.PAYLOAD_TOO_LARGE,
      "The request body is larger than the service accepts; the connection is closed");

  private final Map<ProblemType, byte[]> bodies = new EnumMap<>(ProblemType.class);

  EdgeAnswers(JsonMapper json) {
    // No instance: the path of a request that could not be read is unknown or hostile. English only:
    // its Accept-Language could not be read either.
    DETAILS.forEach((type, detail) -> bodies.put(type, json.writeValueAsBytes(Problems.of(type, detail))));
  }

  /** The problem for a request Netty's decoder could not read, by the decoder's reason. */
  static ProblemType forDecoderFailure(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof TooLongHttpLineException) {
      return ProblemType.URI_TOO_LONG;
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return ProblemType.HEADERS_TOO_LARGE;
    }
    return ProblemType.MALFORMED_REQUEST;
  }

  /** The problem for an empty error answer of Reactor Netty's own, by its status. */
  Optional<ProblemType> forStatus(int status) {
    return bodies.keySet().stream().filter(type -> type.status().value() == status).findFirst();
  }

  /** A complete answer for {@code type} that tells the client the connection closes. */
  FullHttpResponse response(ProblemType type) {
    byte[] body = bodies.get(type);
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(type.status().value()), Unpooled.wrappedBuffer(body));
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
        .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
        .set("X-Content-Type-Options", "nosniff");
    return response;
  }
}
