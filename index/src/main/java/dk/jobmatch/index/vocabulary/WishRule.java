package dk.jobmatch.index.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * A positive preference a citizen can state (ønske), such as customer contact or outdoor work, and
 * the task attributes that meet it: any of {@code demands} demanded, any of {@code offered} offered,
 * an occupation code starting with any of {@code occupationPrefixes} (ISCO-08 major, sub-major,
 * minor or unit group), or a stated team size within {@code teamSizeMin}..{@code teamSizeMax}. One
 * is enough. {@code cues} are the Danish words and phrases in a development goal that suggest it.
 */
public record WishRule(String code, String danish, Set<String> demands, Set<String> offered,
    Set<String> occupationPrefixes, Integer teamSizeMin, Integer teamSizeMax, List<String> cues) {

  public WishRule {
    demands = Set.copyOf(demands);
    offered = Set.copyOf(offered);
    occupationPrefixes = Set.copyOf(occupationPrefixes);
    cues = List.copyOf(cues);
    if ((teamSizeMin == null) != (teamSizeMax == null)) {
      throw new IllegalArgumentException("wish " + code + " needs both ends of its team size or neither");
    }
  }

  /** Whether a task with these attributes meets the wish; must agree with the index's wish query. */
  public boolean metBy(Set<String> taskDemands, Set<String> taskOffered, String occupationCode, Integer teamSize) {
    for (String d : demands) {
      if (taskDemands.contains(d)) {
        return true;
      }
    }
    for (String o : offered) {
      if (taskOffered.contains(o)) {
        return true;
      }
    }
    for (String prefix : occupationPrefixes) {
      if (occupationCode != null && occupationCode.startsWith(prefix)) {
        return true;
      }
    }
    return teamSizeMin != null && teamSize != null && teamSize >= teamSizeMin && teamSize <= teamSizeMax;
  }
}
