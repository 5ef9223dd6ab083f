package dk.jobmatch.matcher.problem;

/** One offending field, as a JSON path such as {@code partialTasks[0].occupationCode}. */
public record FieldViolation(String field, String message) {}
