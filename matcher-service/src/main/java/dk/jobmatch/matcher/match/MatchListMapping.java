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
import dk.jobmatch.api.model.TimeSlot;
import dk.jobmatch.api.model.Weekday;
import dk.jobmatch.index.MatchResult;
import dk.jobmatch.index.ScorePart;
import dk.jobmatch.index.TaskIndex;
import dk.jobmatch.api.model.HardRule;
import dk.jobmatch.api.model.KeptOutBy;
import dk.jobmatch.api.model.NearMiss;
import dk.jobmatch.api.model.NearMisses;
import dk.jobmatch.api.model.Opening;
import dk.jobmatch.api.model.WishCode;
import dk.jobmatch.api.model.WordPart;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Translates the index's results into the API's match and candidate lists. */
final class MatchListMapping {
  /** Only maps score parts by name into the generated objects; fails on a name the contract does not know. */
  private static final JsonMapper PARTS = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** A time of day as the contract writes it: 09:00. */
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private MatchListMapping() {}

  /** The match list; the texts in it (a combination's reason) in the language {@code locale} asks for. */
  static MatchList toApi(String citizenId, int radiusKm, MatchResult result, Locale locale) {
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
              .citizenHoursNow(c.combination().citizenHoursNow())
              .largestSingleTaskHours(c.combination().largestSingleTaskHours())
              .reason(CombinationReason.of(c.combination(), locale))));
    }
    return new MatchList()
        .citizenId(UUID.fromString(citizenId))
        .radiusKm(radiusKm)
        .weights(weights(result.weights()))
        .heldBack(new HeldBack().paused(result.heldBack().paused())
            .monthlyLimitReached(result.heldBack().monthlyLimitReached())
            .contactLimitReached(result.heldBack().contactLimitReached()))
        .nearMisses(nearMisses(result.nearMisses()))
        .matches(matches);
  }

  private static NearMisses nearMisses(MatchResult.NearMisses n) {
    return new NearMisses()
        .companies(n.companies().stream().map(m -> new NearMiss()
            .companyId(UUID.fromString(m.companyId()))
            .name(m.name())
            .municipalityCode(m.municipalityCode())
            .distanceKm(m.distanceKm())
            .task(task(m.task()))
            .keptOutBy(new KeptOutBy()
                .rule(HardRule.fromValue(m.keptOutBy().rule().name()))
                .kmBeyondRadius(m.keptOutBy().rule() == dk.jobmatch.index.HardRule.COMMUTE_RADIUS
                    ? m.keptOutBy().kmBeyondRadius() : null)
                .hoursAboveNow(m.keptOutBy().rule() == dk.jobmatch.index.HardRule.HOURS_NOW
                    ? m.keptOutBy().hoursAboveNow() : null)
                .availableFrom(m.keptOutBy().availableFrom()))).toList())
        .openings(n.openings().stream().map(o -> new Opening()
            .rule(HardRule.fromValue(o.rule().name())).relaxedTo(o.relaxedTo()).companies(o.companies())).toList());
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
        .schedule(t.schedule().stream().map(MatchListMapping::timeSlot).toList())
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
            .kind(GoalMatchKind.fromValue(g.kind().name()))
            .part(wordPart(g.part()))).toList())
        .experience(r.experience() == null ? null : new ExperienceMatch()
            .occupationCode(r.experience().occupationCode()).sameOccupation(r.experience().sameOccupation())
            .kind(GoalMatchKind.fromValue(r.experience().kind().name()))
            .source(ExperienceMatch.SourceEnum.fromValue(r.experience().source().name()))
            .years(r.experience().years()).yearsAgo(r.experience().yearsAgo())
            .completed(r.experience().source() == MatchResult.Source.EDUCATION ? r.experience().completed() : null))
        .matchedSkills(r.matchedSkills())
        .matchedSkillParts(r.matchedSkillParts().stream().map(MatchListMapping::wordPart).toList())
        .wishesMet(r.wishesMet().stream().map(WishCode::fromValue).toList())
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

  private static TimeSlot timeSlot(dk.jobmatch.index.TimeSlot slot) {
    return new TimeSlot().day(Weekday.fromValue(slot.day().name().substring(0, 3)))
        .from(CLOCK.format(slot.from())).to(CLOCK.format(slot.to()));
  }

  private static WordPart wordPart(MatchResult.WordPart p) {
    return p == null ? null : new WordPart().part(p.part()).within(p.within());
  }

  /**
   * The index's score parts into the contract's object, part by part: called for every task shown
   * (thirty and more per answer), where mapping by name through Jackson cost more than writing the
   * answer's JSON. A part the contract lacks fails here instead of vanishing from the response.
   */
  static ScoreBreakdown breakdown(dk.jobmatch.index.ScoreBreakdown b) {
    ScoreBreakdown out = new ScoreBreakdown();
    for (ScorePart part : ScorePart.values()) {
      Double value = round(b.get(part));
      switch (part) {
        case GOALS -> out.setGoals(value);
        case EXPERIENCE -> out.setExperience(value);
        case SKILLS -> out.setSkills(value);
        case DEVELOPMENT_GOALS -> out.setDevelopmentGoals(value);
        case WISHES -> out.setWishes(value);
        case HOURS_FIT -> out.setHoursFit(value);
        case DISTANCE -> out.setDistance(value);
        case PREFER_NEEDS -> out.setPreferNeeds(value);
        case ORDINARY_HOURS -> out.setOrdinaryHours(value);
        case PAID_HOURS_RECORD -> out.setPaidHoursRecord(value);
        default -> throw new IllegalStateException("Score part " + part.apiName() + " is not in the API's ScoreBreakdown");
      }
    }
    return out;
  }

  /**
   * The weights by their API names ({@link ScorePart#apiName}) into the contract's object, once
   * per answer: the one list of parts decides both, and a name the contract lacks fails here
   * (unknown property) instead of vanishing from the response.
   */
  static ScoreWeights weights(dk.jobmatch.index.ScoreWeights w) {
    return PARTS.convertValue(w.asMap(), ScoreWeights.class);
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
