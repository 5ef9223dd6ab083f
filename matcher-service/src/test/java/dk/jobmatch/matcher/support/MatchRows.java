package dk.jobmatch.matcher.support;

import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.MatchList;
import java.util.List;
import java.util.UUID;

/** Reading a match list in API tests: the companies in order, and one company's row. */
public final class MatchRows {
  private MatchRows() {}

  public static List<UUID> companyIds(MatchList matches) {
    return matches.getMatches().stream().map(CompanyMatch::getCompanyId).toList();
  }

  public static CompanyMatch row(MatchList matches, UUID companyId) {
    return matches.getMatches().stream().filter(m -> m.getCompanyId().equals(companyId)).findFirst()
        .orElseThrow(() -> new AssertionError("company " + companyId + " is not among the matches " + companyIds(matches)));
  }
}
