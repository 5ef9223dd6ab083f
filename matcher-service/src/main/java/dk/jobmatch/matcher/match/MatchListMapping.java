package dk.jobmatch.matcher.match;

import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.GoalMatch;
import dk.jobmatch.api.model.GoalMatchKind;
import dk.jobmatch.api.model.GoalRank;
import dk.jobmatch.api.model.HoursFit;
import dk.jobmatch.api.model.MatchList;
import dk.jobmatch.api.model.MatchReasons;
import dk.jobmatch.api.model.NeedCheck;
import dk.jobmatch.api.model.NeedCode;
import dk.jobmatch.api.model.NeedOutcome;
import dk.jobmatch.api.model.OpenToOrdinaryHours;
import dk.jobmatch.api.model.Strictness;
import dk.jobmatch.api.model.TaskMatch;
import dk.jobmatch.index.MatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Translates the index's result into the API's match list. */
final class MatchListMapping {
  private MatchListMapping() {}

  static MatchList toApi(String citizenId, int radiusKm, MatchResult result) {
    List<CompanyMatch> matches = new ArrayList<>();
    int rank = 1;
    for (MatchResult.CompanyMatch c : result.companies()) {
      matches.add(new CompanyMatch()
          .rank(rank++)
          .companyId(UUID.fromString(c.companyId()))
          .name(c.name())
          .municipalityCode(c.municipalityCode())
          .openToOrdinaryHours(OpenToOrdinaryHours.fromValue(c.openToOrdinaryHours().name()))
          .distanceKm(c.distanceKm())
          .score(round(c.score()))
          .tasks(c.tasks().stream().map(MatchListMapping::task).toList()));
    }
    return new MatchList().citizenId(UUID.fromString(citizenId)).radiusKm(radiusKm).matches(matches);
  }

  private static TaskMatch task(MatchResult.TaskMatch t) {
    MatchResult.Reasons r = t.reasons();
    return new TaskMatch()
        .taskId(UUID.fromString(t.taskId()))
        .title(t.title())
        .occupationCode(t.occupationCode())
        .weeklyHoursMin(t.weeklyHoursMin())
        .weeklyHoursMax(t.weeklyHoursMax())
        .score(round(t.score()))
        .reasons(new MatchReasons()
            .goals(r.goals().stream().map(g -> new GoalMatch()
                .rank(GoalRank.fromValue(g.rank().name()))
                .title(g.title())
                .occupationCode(g.occupationCode())
                .kind(GoalMatchKind.fromValue(g.kind().name()))).toList())
            .matchedSkills(r.matchedSkills())
            .needs(r.needs().stream().map(n -> new NeedCheck()
                .code(NeedCode.fromValue(n.code()))
                .strictness(Strictness.fromValue(n.strictness().name()))
                .outcome(NeedOutcome.fromValue(n.verdict().kind().name()))
                .because(n.verdict().because())).toList())
            .hours(new HoursFit().taskMin(r.hours().taskMin()).taskMax(r.hours().taskMax())
                .citizenNow(r.hours().citizenNow()).citizenTarget(r.hours().citizenTarget()))
            .distanceKm(r.distanceKm())
            .paidHoursPotential(r.paidHoursPotential()));
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
