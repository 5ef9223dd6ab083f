package dk.jobmatch.matcher.figures;

import dk.jobmatch.api.model.FiguresLevel;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemCode;
import java.util.List;
import java.util.Optional;

/**
 * Whose caseload a figure or a list covers: the caller's job centre, one of its teams, or one
 * consultant. {@code consultants} is null for the whole job centre. The one reading of the
 * {@code consultant} and {@code team} parameters, for the team figures and the supply gap alike.
 */
public record CaseloadScope(String jobCentre, FiguresLevel level, String name, List<String> consultants) {

  /** The violation when both {@code consultant} and {@code team} are given; they exclude each other. */
  public static Optional<FieldViolation> bothGiven(String consultant, String team) {
    return consultant != null && team != null
        ? Optional.of(new FieldViolation("team", ProblemCode.CONSULTANT_AND_TEAM, "give either consultant or team, not both"))
        : Optional.empty();
  }

  /**
   * The scope the parameters name, once {@link #bothGiven} has found nothing: a team of the job
   * centre (404 {@code team.not-found} when it has none of that name), a consultant, or everyone.
   */
  public static CaseloadScope of(TeamsProperties teams, String jobCentre, String consultant, String team) {
    if (team != null) {
      List<String> members = teams.of(jobCentre).get(team);
      if (members == null) {
        throw ApiProblem.notFound(ProblemCode.TEAM_NOT_FOUND, "Team " + team);
      }
      return new CaseloadScope(jobCentre, FiguresLevel.TEAM, team, members);
    }
    if (consultant != null) {
      return new CaseloadScope(jobCentre, FiguresLevel.CONSULTANT, consultant, List.of(consultant));
    }
    return new CaseloadScope(jobCentre, FiguresLevel.JOB_CENTRE, null, null);
  }

  /** Whether a citizen in {@code consultant}'s caseload (null: in none) is in this scope. */
  public boolean includes(String consultant) {
    return consultants == null || consultant != null && consultants.contains(consultant);
  }
}
