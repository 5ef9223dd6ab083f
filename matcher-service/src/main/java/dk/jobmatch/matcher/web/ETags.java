package dk.jobmatch.matcher.web;

import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.problem.ProblemType;

/** Optimistic concurrency over HTTP: the record's version is its ETag, and updates send it back in If-Match. */
public final class ETags {
  private ETags() {}

  public static String of(Long version) {
    return "\"" + version + "\"";
  }

  /** Fails with 428 when {@code ifMatch} is missing and {@code required}, with 412 when it names another version. */
  public static void check(String ifMatch, Long current, boolean required) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (required) {
        throw ApiProblem.versionRequired();
      }
      return;
    }
    String value = ifMatch.strip();
    if (value.equals("*")) {
      return;
    }
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    if (!value.equals(String.valueOf(current))) {
      throw new ApiProblem(ProblemType.STALE_VERSION, ProblemCode.VERSION_STALE,
          "If-Match " + ifMatch.strip() + " is not the current version; read the record again and reapply your change");
    }
  }
}
