package dk.jobmatch.matcher.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of error the API reports, each with a stable {@code type} URI integrators can switch on. */
public enum ProblemType {
  VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request", ProblemCode.INVALID),
  MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body", ProblemCode.MALFORMED_BODY),
  BAD_PARAMETER("bad-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter", ProblemCode.INVALID_PARAMETER),
  /** Refused by the HTTP layer before any feature saw it: an encoded {@code ../}, {@code //}, {@code ;} or control character in the path. */
  REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST, "Request refused", ProblemCode.REJECTED),
  /** Not valid HTTP/1.1: a broken request line, header or chunk, or conflicting lengths. */
  MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed HTTP request", ProblemCode.MALFORMED_REQUEST),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required", ProblemCode.TOKEN_MISSING),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed", ProblemCode.FORBIDDEN),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found", ProblemCode.NOT_FOUND),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", ProblemCode.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable", ProblemCode.NOT_ACCEPTABLE),
  REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT, "Request not received in time", ProblemCode.TIMEOUT),
  CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict", ProblemCode.CONFLICT),
  ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Not allowed in the placement's status", ProblemCode.CONFLICT),
  STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED, "Version has changed", ProblemCode.VERSION_STALE),
  PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large", ProblemCode.TOO_LARGE),
  URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "Request line too long", ProblemCode.URI_TOO_LONG),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", ProblemCode.UNSUPPORTED_MEDIA_TYPE),
  VERSION_REQUIRED("version-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match required", ProblemCode.VERSION_REQUIRED),
  HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large", ProblemCode.HEADERS_TOO_LARGE),
  /** A part the answer depends on, such as the audit log, cannot be written now; nothing was answered from it. */
  UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", ProblemCode.AUDIT_UNAVAILABLE),
  STARTING("starting", HttpStatus.SERVICE_UNAVAILABLE, "Service starting", ProblemCode.STARTING),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", ProblemCode.INTERNAL);

  private static final String BASE = "https://jobmatch.dk/problems/";

  private final String slug;
  private final HttpStatus status;
  private final String title;
  private final ProblemCode code;

  ProblemType(String slug, HttpStatus status, String title, ProblemCode code) {
    this.slug = slug;
    this.status = status;
    this.title = title;
    this.code = code;
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

  /**
   * The code of this kind of error when nothing more precise is known: an error Spring reports by
   * its status only, or an answer the HTTP edge makes before any feature saw the request.
   */
  public ProblemCode code() {
    return code;
  }
}
