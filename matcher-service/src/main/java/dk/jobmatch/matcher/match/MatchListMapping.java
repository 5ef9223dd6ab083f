package dk.jobmatch.matcher.match;

import dk.jobmatch.api.model.Candidate;
import dk.jobmatch.api.model.CandidateList;
import dk.jobmatch.api.model.CompanyMatch;
import dk.jobmatch.api.model.ExperienceMatch;
import dk.jobmatch.api.model.HeldBack;
import dk.jobmatch.api.model.PaidHoursRecord;
import dk.jobmatch.api.model.ScoreBreakdown;
import dk.jobmatch.api.model.ScoreWeights;
import dk.jobmatch.api.model.TaskCombination;
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
import dk.jobmatch.index.TaskIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Translates the index's results into the API's match and candidate lists. */
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
          .paidHoursRecord(new PaidHoursRecord().placementsEnded(c.paidHoursRecord().placementsEnded())
              .withOrdinaryHours(c.paidHoursRecord().withOrdinaryHours()))
          .tasks(c.tasks().stream().map(MatchListMapping::task).toList())
          .combination(c.combination() == null ? null : new TaskCombination()
              .taskIds(c.combination().taskIds().stream().map(UUID::fromString).toList())
              .weeklyHoursMin(c.combination().weeklyHoursMin())
              .weeklyHoursMax(c.combination().weeklyHoursMax())
              .reason(c.combination().reason())));
    }
    return new MatchList()
        .citizenId(UUID.fromString(citizenId))
        .radiusKm(radiusKm)
        .weights(weights(result.weights()))
        .heldBack(new HeldBack().paused(result.heldBack().paused())
            .monthlyLimitReached(result.heldBack().monthlyLimitReached()))
        .matches(matches);
  }

  static CandidateList toApi(UUID companyId, UUID taskId, boolean companyAvailable, dk.jobmatch.index.ScoreWeights used,
      List<TaskIndex.Candidate> found) {
    List<Candidate> candidates = new ArrayList<>();
    int rank = 1;
    for (TaskIndex.Candidate c : found) {
      candidates.add(new Candidate()
          .rank(rank++)
          .citizenId(UUID.fromString(c.citizenId()))
          .score(round(c.score()))
          .scoreBreakdown(breakdown(c.breakdown()))
          .reasons(reasons(c.reasons())));
    }
    return new CandidateList().companyId(companyId).taskId(taskId).companyAvailable(companyAvailable)
        .weights(weights(used)).candidates(candidates);
  }

  private static TaskMatch task(MatchResult.TaskMatch t) {
    return new TaskMatch()
        .taskId(UUID.fromString(t.taskId()))
        .title(t.title())
        .occupationCode(t.occupationCode())
        .weeklyHoursMin(t.weeklyHoursMin())
        .weeklyHoursMax(t.weeklyHoursMax())
        .score(round(t.score()))
        .scoreBreakdown(breakdown(t.breakdown()))
        .reasons(reasons(t.reasons()));
  }

  private static MatchReasons reasons(MatchResult.Reasons r) {
    return new MatchReasons()
        .goals(r.goals().stream().map(g -> new GoalMatch()
            .rank(GoalRank.fromValue(g.rank().name()))
            .title(g.title())
            .occupationCode(g.occupationCode())
            .kind(GoalMatchKind.fromValue(g.kind().name()))).toList())
        .experience(r.experience() == null ? null : new ExperienceMatch()
            .occupationCode(r.experience().occupationCode()).sameOccupation(r.experience().sameOccupation()))
        .matchedSkills(r.matchedSkills())
        .matchedDevelopmentGoals(r.matchedDevelopmentGoals())
        .needs(r.needs().stream().map(n -> new NeedCheck()
            .code(NeedCode.fromValue(n.code()))
            .strictness(Strictness.fromValue(n.strictness().name()))
            .outcome(NeedOutcome.fromValue(n.verdict().kind().name()))
            .because(n.verdict().because())).toList())
        .softConflicts(r.softConflicts().stream().map(NeedCode::fromValue).toList())
        .hours(new HoursFit().taskMin(r.hours().taskMin()).taskMax(r.hours().taskMax())
            .citizenNow(r.hours().citizenNow()).citizenTarget(r.hours().citizenTarget()))
        .distanceKm(r.distanceKm())
        .paidHoursPotential(r.paidHoursPotential());
  }

  private static ScoreBreakdown breakdown(dk.jobmatch.index.ScoreBreakdown b) {
    return new ScoreBreakdown()
        .goals(round(b.goals())).experience(round(b.experience())).skills(round(b.skills()))
        .developmentGoals(round(b.developmentGoals())).hoursFit(round(b.hoursFit())).distance(round(b.distance()))
        .preferNeeds(round(b.preferNeeds())).ordinaryHours(round(b.ordinaryHours()))
        .paidHoursRecord(round(b.paidHoursRecord()));
  }

  private static ScoreWeights weights(dk.jobmatch.index.ScoreWeights w) {
    return new ScoreWeights()
        .goals(w.goals()).experience(w.experience()).skills(w.skills()).developmentGoals(w.developmentGoals())
        .hoursFit(w.hoursFit()).distance(w.distance()).preferNeeds(w.preferNeeds()).ordinaryHours(w.ordinaryHours())
        .paidHoursRecord(w.paidHoursRecord());
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
