package dk.jobmatch.index.vocabulary;

import java.util.Set;

/**
 * How one accommodation need (skånehensyn) is judged against a task: violated when the task
 * demands one of {@code conflicts} unless one of {@code neutralisedBy} is offered; when
 * {@code requires} is non-empty, met only if one of those accommodations is offered.
 */
public record NeedRule(String code, String danish, Set<String> conflicts, Set<String> neutralisedBy, Set<String> requires) {

  public NeedRule {
    conflicts = Set.copyOf(conflicts);
    neutralisedBy = Set.copyOf(neutralisedBy);
    requires = Set.copyOf(requires);
  }
}
