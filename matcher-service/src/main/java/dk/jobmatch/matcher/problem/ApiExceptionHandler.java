package dk.jobmatch.matcher.problem;

import dk.jobmatch.matcher.reference.AcceptedDates;
import io.netty.handler.timeout.ReadTimeoutException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.netty.channel.AbortedException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error into {@code application/problem+json} with a stable type, a helpful detail and
 * the offending field. Details never echo stored personal data; logs never carry request bodies.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e, ServerWebExchange exchange) {
    return respond(e, exchange);
  }

  @ExceptionHandler(WebExchangeBindException.class)
  ResponseEntity<ProblemDetail> bind(WebExchangeBindException e, ServerWebExchange exchange) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FieldError error : e.getFieldErrors()) {
      violations.add(FieldViolation.of(error));
    }
    e.getGlobalErrors().forEach(error ->
        violations.add(new FieldViolation(error.getObjectName(), ProblemCode.INVALID, error.getDefaultMessage())));
    violations.sort(Comparator.comparing(FieldViolation::field));
    return respond(ApiProblem.invalid(violations), exchange);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e, ServerWebExchange exchange) {
    List<FieldViolation> violations = new ArrayList<>();
    e.getParameterValidationResults().forEach(result -> {
      String name = parameterName(result.getMethodParameter());
      result.getResolvableErrors().forEach(error -> violations.add(parameterViolation(name, result, error)));
    });
    return respond(parameterProblem(violations), exchange);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, ServerWebExchange exchange) {
    List<FieldViolation> violations = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      String path = v.getPropertyPath().toString();
      // Method validation paths read "listCompanies.size"; the parameter name is what a caller sent.
      String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
      violations.add(FieldViolation.of(field, v));
    }
    violations.sort(Comparator.comparing(FieldViolation::field));
    return respond(parameterProblem(violations), exchange);
  }

  @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
  ResponseEntity<ProblemDetail> unsupportedMediaType(UnsupportedMediaTypeStatusException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemCode.UNSUPPORTED_MEDIA_TYPE,
        "Send the request body as application/json" + (e.getContentType() == null ? "" : ", not " + e.getContentType())),
        exchange);
  }

  @ExceptionHandler(NotAcceptableStatusException.class)
  ResponseEntity<ProblemDetail> notAcceptable(NotAcceptableStatusException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.NOT_ACCEPTABLE, ProblemCode.NOT_ACCEPTABLE,
        "This resource is available as application/json only"), exchange);
  }

  @ExceptionHandler(MethodNotAllowedException.class)
  ResponseEntity<ProblemDetail> methodNotAllowed(MethodNotAllowedException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.METHOD_NOT_ALLOWED, ProblemCode.METHOD_NOT_ALLOWED,
        e.getHttpMethod() + " is not supported here; use one of " + e.getSupportedMethods()), exchange);
  }

  @ExceptionHandler(ServerWebInputException.class)
  ResponseEntity<ProblemDetail> input(ServerWebInputException e, ServerWebExchange exchange) {
    DataBufferLimitException tooLarge = cause(e, DataBufferLimitException.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge, exchange);
    }
    if (e instanceof MissingRequestValueException missing) {
      String name = missing.getName();
      if (HttpHeaders.IF_MATCH.equalsIgnoreCase(name) && "header".equals(missing.getLabel())) {
        // The contract makes If-Match required on updates, so Spring refuses a request without it
        // before the controller runs; RFC 6585 and the contract say that is 428, not 400.
        return respond(ApiProblem.versionRequired(), exchange);
      }
      return respond(ApiProblem.of(ProblemType.BAD_PARAMETER, new FieldViolation(name, ProblemCode.REQUIRED, "is required")),
          exchange);
    }
    TypeMismatchException mismatch = cause(e, TypeMismatchException.class);
    if (mismatch != null) {
      String name = e.getMethodParameter() != null ? parameterName(e.getMethodParameter()) : mismatch.getPropertyName();
      FieldViolation wrong = mismatch.getRequiredType() == null
          ? new FieldViolation(name, ProblemCode.INVALID, "must be another type") : wrongType(name, mismatch.getRequiredType());
      return respond(ApiProblem.of(ProblemType.BAD_PARAMETER, wrong), exchange);
    }
    JacksonException json = cause(e, JacksonException.class);
    if (json != null) {
      return malformedJson(json, exchange);
    }
    if (cause(e, DecodingException.class) != null || e.getReason() != null && e.getReason().contains("body")) {
      return respond(new ApiProblem(ProblemType.MALFORMED_BODY, "The request body is missing or is not valid JSON",
          List.of(new FieldViolation("body", ProblemCode.MALFORMED_BODY, "missing or not valid JSON"))), exchange);
    }
    return respond(new ApiProblem(ProblemType.BAD_PARAMETER, ProblemCode.INVALID_PARAMETER,
        e.getReason() == null ? "Invalid request" : e.getReason()), exchange);
  }

  @ExceptionHandler(DataBufferLimitException.class)
  ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, ProblemCode.TOO_LARGE,
        "The request body is larger than the service accepts"), exchange);
  }

  /**
   * A client that paused sending its body longer than matcher.http.request-read-timeout: the
   * connection is being closed, so this answer rarely arrives; it is the client's doing, not an
   * error of ours to log.
   */
  @ExceptionHandler(ReadTimeoutException.class)
  ResponseEntity<ProblemDetail> requestTimeout(ReadTimeoutException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.REQUEST_TIMEOUT, ProblemCode.TIMEOUT,
        "The request body did not arrive in time; the connection is closed"), exchange);
  }

  /**
   * The connection closed before the request was read, by the client or by the HTTP edge after a
   * body it could not read: nobody is left to answer, and it is no error of ours to log.
   */
  @ExceptionHandler(AbortedException.class)
  ResponseEntity<ProblemDetail> aborted(AbortedException e, ServerWebExchange exchange) {
    log.debug("Connection closed before {} {} was read", exchange.getRequest().getMethod(), exchange.getRequest().getPath());
    return respond(new ApiProblem(ProblemType.MALFORMED_REQUEST, ProblemCode.ABORTED,
        "The connection closed before the request was read"), exchange);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.STALE_VERSION, ProblemCode.VERSION_STALE,
        "The record was changed by someone else; read it again and reapply your change"), exchange);
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, ServerWebExchange exchange) {
    return respond(new ApiProblem(ProblemType.CONFLICT, ProblemCode.DUPLICATE_KEY,
        "A record with the same unique key exists already"), exchange);
  }

  /**
   * A path segment that converts to nothing (a UUID given as {@code %20}) reaches the argument
   * resolver as a missing path variable, which Spring reports as its own 500: the route matched, so
   * only the caller's value can be missing. Any other server error stays one.
   */
  @ExceptionHandler(ServerErrorException.class)
  ResponseEntity<ProblemDetail> serverError(ServerErrorException e, ServerWebExchange exchange) {
    MethodParameter parameter = e.getMethodParameter();
    if (parameter != null && parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
      return respond(ApiProblem.of(ProblemType.BAD_PARAMETER, wrongType(parameterName(parameter), parameter.getParameterType())),
          exchange);
    }
    return status(e, exchange);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e, ServerWebExchange exchange) {
    ProblemType type = Arrays.stream(ProblemType.values())
        .filter(t -> t.status().value() == e.getStatusCode().value()).findFirst().orElse(ProblemType.BAD_PARAMETER);
    String detail = type == ProblemType.NOT_FOUND ? "No such resource: " + exchange.getRequest().getPath().value()
        : e.getReason() == null ? type.title() : e.getReason();
    return respond(new ApiProblem(type, type.code(), detail), exchange);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, ServerWebExchange exchange) {
    // Class name and stack only: exception messages may quote request content.
    log.error("Unexpected error on {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
        e.getClass().getName(), e);
    return respond(new ApiProblem(ProblemType.INTERNAL, ProblemCode.INTERNAL,
        "Something went wrong on our side; nothing was changed"), exchange);
  }

  private ResponseEntity<ProblemDetail> malformedJson(JacksonException json, ServerWebExchange exchange) {
    String field = jsonPath(json);
    ProblemCode code;
    String message;
    ProblemType type = ProblemType.VALIDATION;
    if (json instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
      code = ProblemCode.UNKNOWN_VALUE;
      message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
    } else if (json instanceof ValueInstantiationException creator && creator.getType() != null
        && creator.getType().isEnumType()) {
      // The generated enums read their values through a @JsonCreator that throws on an unknown one.
      code = ProblemCode.UNKNOWN_VALUE;
      message = "must be one of " + Arrays.toString(creator.getType().getRawClass().getEnumConstants());
    } else if (json instanceof InvalidNullException) {
      code = ProblemCode.REQUIRED;
      message = "must not be null";
    } else if (json instanceof StreamReadException read && isDuplicateKey(read)) {
      type = ProblemType.MALFORMED_BODY;
      code = ProblemCode.DUPLICATE_MEMBER;
      field = read.processor() instanceof JsonParser parser ? contextPath(parser.streamReadContext()) : field;
      message = "appears more than once in the same object; send each member once";
    } else if (json instanceof UnrecognizedPropertyException unknown) {
      code = ProblemCode.UNKNOWN_PROPERTY;
      message = "is not a known property";
      field = field.isEmpty() ? unknown.getPropertyName() : field;
    } else if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      FieldViolation wrong = wrongType(field, mismatch.getTargetType());
      code = wrong.code();
      message = wrong.message();
    } else if (json instanceof StreamReadException read) {
      type = ProblemType.MALFORMED_BODY;
      code = ProblemCode.MALFORMED_BODY;
      message = "is not valid JSON"
          + (read.getLocation() == null ? "" : " (line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")");
    } else {
      code = ProblemCode.INVALID;
      message = "has the wrong type or format";
    }
    if (field.isEmpty()) {
      field = "body";
    }
    FieldViolation violation = code == ProblemCode.NOT_DATE
        ? new FieldViolation(field, code, message, AcceptedDates.FIRST.getYear(), AcceptedDates.LAST.getYear())
        : new FieldViolation(field, code, message);
    return respond(ApiProblem.of(type, violation), exchange);
  }

  private static String jsonPath(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * Jackson reports a repeated key (STRICT_DUPLICATE_DETECTION, see {@code StrictJson}) as a plain
   * read error; only its message tells it from broken syntax.
   */
  private static boolean isDuplicateKey(StreamReadException read) {
    String message = read.getOriginalMessage();
    return message != null && message.startsWith("Duplicate Object property");
  }

  /** Where the parser stood, as the API writes a field: {@code partialTasks[1].title}. */
  private static String contextPath(TokenStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        parts.push("[" + at.getCurrentIndex() + "]");
      } else if (at.currentName() != null) {
        parts.push("." + at.currentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** {@code field} holds a value that is not a {@code type}: coded by the type it should have been. */
  private static FieldViolation wrongType(String field, Class<?> type) {
    String message = "must be " + readableType(type);
    if (type.isEnum()) {
      return new FieldViolation(field, ProblemCode.UNKNOWN_VALUE, message);
    }
    if (type == java.time.LocalDate.class) {
      return new FieldViolation(field, ProblemCode.NOT_DATE, message, AcceptedDates.FIRST.getYear(), AcceptedDates.LAST.getYear());
    }
    ProblemCode code;
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      code = ProblemCode.NOT_WHOLE_NUMBER;
    } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      code = ProblemCode.NOT_NUMBER;
    } else if (type == Boolean.class || type == boolean.class) {
      code = ProblemCode.NOT_BOOLEAN;
    } else if (type == java.util.UUID.class) {
      code = ProblemCode.NOT_UUID;
    } else if (type == String.class) {
      code = ProblemCode.NOT_TEXT;
    } else if (java.util.Collection.class.isAssignableFrom(type)) {
      code = ProblemCode.NOT_LIST;
    } else if (type.getName().startsWith("java.time")) {
      code = ProblemCode.NOT_DATE_TIME;
    } else {
      code = ProblemCode.NOT_OBJECT;
    }
    return new FieldViolation(field, code, message);
  }

  private static String readableType(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == java.util.UUID.class) {
      return "a UUID";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type == java.time.LocalDate.class) {
      return AcceptedDates.EXPECTED;
    }
    if (type.getName().startsWith("java.time")) {
      return "an ISO-8601 date-time";
    }
    return "an object";
  }

  private static String parameterName(MethodParameter parameter) {
    String name = parameter.getParameterName();
    var requestParam = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
    if (requestParam != null && !requestParam.value().isEmpty()) {
      return requestParam.value();
    }
    var pathVariable = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
    if (pathVariable != null && !pathVariable.value().isEmpty()) {
      return pathVariable.value();
    }
    var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
    if (header != null && !header.value().isEmpty()) {
      return header.value();
    }
    return name == null ? "parameter" : name;
  }

  private static ApiProblem parameterProblem(List<FieldViolation> violations) {
    return violations.isEmpty()
        ? new ApiProblem(ProblemType.BAD_PARAMETER, ProblemCode.INVALID_PARAMETER, "Invalid parameter")
        : new ApiProblem(ProblemType.BAD_PARAMETER, violations.getFirst().field() + " " + violations.getFirst().message(),
            violations);
  }

  /** A parameter's violation, coded by its constraint when Spring still holds the bean-validation violation. */
  private static FieldViolation parameterViolation(String name, ParameterValidationResult result, MessageSourceResolvable error) {
    try {
      return FieldViolation.of(name, result.unwrap(error, ConstraintViolation.class));
    } catch (IllegalArgumentException notAViolation) {
      return new FieldViolation(name, ProblemCode.INVALID, error.getDefaultMessage());
    }
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static ResponseEntity<ProblemDetail> respond(ApiProblem problem, ServerWebExchange exchange) {
    ProblemDetail body = Problems.of(problem, exchange.getRequest().getPath().value(), Problems.locale(exchange));
    return ResponseEntity.status(problem.type().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
