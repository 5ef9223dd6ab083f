package dk.jobmatch.matcher.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of error the API reports, each with a stable {@code type} URI integrators can switch on. */
public enum ProblemType {
  VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
  MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body"),
  BAD_PARAMETER("bad-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
  /** Refused by the HTTP layer before any feature saw it: an encoded {@code ../}, {@code //}, {@code ;} or control character in the path. */
  REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST, "Request refused"),
  /** Not valid HTTP/1.1: a broken request line, header or chunk, or conflicting lengths. */
  MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed HTTP request"),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT, "Request not received in time"),
  CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
  ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Not allowed in the placement's status"),
  STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED, "Version has changed"),
  PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
  URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "Request line too long"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  VERSION_REQUIRED("version-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match required"),
  HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
  STARTING("starting", HttpStatus.SERVICE_UNAVAILABLE, "Service starting"),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private static final String BASE = "https://jobmatch.dk/problems/";

  private final String slug;
  private final HttpStatus status;
  private final String title;

  ProblemType(String slug, HttpStatus status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public URI uri() {
    return URI.create(BASE + slug);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
