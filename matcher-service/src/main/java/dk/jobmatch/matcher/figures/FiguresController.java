package dk.jobmatch.matcher.figures;

import dk.jobmatch.api.FiguresApi;
import dk.jobmatch.api.model.ConsultantFigures;
import dk.jobmatch.api.model.Figures;
import dk.jobmatch.api.model.CsvFormat;
import dk.jobmatch.api.model.FiguresLevel;
import dk.jobmatch.api.model.Team;
import dk.jobmatch.api.model.TeamFigures;
import dk.jobmatch.api.model.TeamList;
import dk.jobmatch.api.model.WeeklyOrdinaryHours;
import dk.jobmatch.matcher.placement.HoursEntry;
import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.HoursLedgers;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementStatus;
import dk.jobmatch.matcher.placement.PlacementRepository;
import dk.jobmatch.matcher.problem.ApiProblem;
import dk.jobmatch.matcher.problem.FieldViolation;
import dk.jobmatch.matcher.problem.ProblemMessages;
import dk.jobmatch.matcher.problem.ProblemCode;
import dk.jobmatch.matcher.reference.AcceptedDates;
import dk.jobmatch.matcher.security.Caller;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Team figures for the caller's job centre, its teams and consultants, as JSON and CSV, and the hours ledger export. */
@RestController
@EnableConfigurationProperties(TeamsProperties.class)
class FiguresController implements FiguresApi {
  private static final List<Csv.Column> FIGURE_COLUMNS = List.of(new Csv.Column("scope", "niveau"),
      new Csv.Column("name", "navn"), new Csv.Column("date", "dato"), new Csv.Column("citizens", "borgere"),
      new Csv.Column("withCv", "med cv"), new Csv.Column("withJobGoal", "med jobmål"),
      new Csv.Column("inActivePlacement", "i aktivt forløb"), new Csv.Column("withOrdinaryHours", "med ordinære timer"),
      new Csv.Column("averageOrdinaryHours", "gns. ordinære timer"),
      new Csv.Column("placementsPast13Weeks", "forløb seneste 13 uger"),
      new Csv.Column("followUpsOverdue", "opfølgninger overskredet"));
  private static final List<Csv.Column> LEDGER_COLUMNS = List.of(new Csv.Column("placementId", "forløb"),
      new Csv.Column("citizenId", "borger"), new Csv.Column("companyId", "virksomhed"),
      new Csv.Column("consultant", "virksomhedskonsulent"), new Csv.Column("status", "status"),
      new Csv.Column("entryId", "registrering"), new Csv.Column("sequence", "nr."),
      new Csv.Column("effectiveFrom", "gælder fra"), new Csv.Column("internshipHours", "praktiktimer"),
      new Csv.Column("ordinaryHours", "ordinære timer"), new Csv.Column("wageSubsidyHours", "løntilskudstimer"),
      new Csv.Column("corrects", "retter"), new Csv.Column("correctedBy", "rettet af"),
      new Csv.Column("recordedBy", "registreret af"), new Csv.Column("recordedAt", "registreret"),
      new Csv.Column("note", "note"));
  private static final int DEFAULT_WEEKS = 12;

  private final Caseloads caseloads;
  private final PlacementRepository placements;
  private final HoursLedgers ledgers;
  private final TeamsProperties teams;
  private final Clock clock;

  FiguresController(Caseloads caseloads, PlacementRepository placements, HoursLedgers ledgers, TeamsProperties teams,
      Clock clock) {
    this.caseloads = caseloads;
    this.placements = placements;
    this.ledgers = ledgers;
    this.teams = teams;
    this.clock = clock;
  }

  @Override
  public Mono<ResponseEntity<TeamFigures>> getTeamFigures(LocalDate date, String week, String consultant, String team,
      Integer weeks, ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> {
      Scope scope = scope(caller, date, week, consultant, team);
      return compute(scope, weeks == null ? DEFAULT_WEEKS : weeks).map(result -> ResponseEntity.ok(new TeamFigures()
          .jobCentre(caller.jobCentre())
          .level(scope.level())
          .name(scope.name())
          .date(result.day())
          .week(week)
          .totals(toApi(result.totals()))
          .consultants(result.byConsultant().entrySet().stream().map(e -> consultant(e.getKey(), e.getValue())).toList())
          .weekly(result.weekly().stream().map(w -> new WeeklyOrdinaryHours().week(w.week()).weekEnding(w.weekEnding())
              .inActivePlacement(w.inActivePlacement()).withOrdinaryHours(w.withOrdinaryHours())
              .ordinaryHoursTotal(w.ordinaryHoursTotal()).averageOrdinaryHours(w.averageOrdinaryHours())).toList())));
    });
  }

  @Override
  public Mono<ResponseEntity<TeamList>> listTeams(ServerWebExchange exchange) {
    return Caller.current().map(caller -> ResponseEntity.ok(new TeamList().jobCentre(caller.jobCentre())
        .teams(teams.of(caller.jobCentre()).entrySet().stream()
            .map(e -> new Team().name(e.getKey()).consultants(List.copyOf(e.getValue()))).toList())));
  }

  @Override
  public Mono<ResponseEntity<String>> exportTeamFigures(CsvFormat format, LocalDate date, String week, String consultant,
      String team, ServerWebExchange exchange) {
    return Caller.current().flatMap(caller -> {
      Scope scope = scope(caller, date, week, consultant, team);
      return compute(scope, 1).map(result -> {
        Csv csv = new Csv(format, FIGURE_COLUMNS);
        result.byConsultant().forEach((name, f) -> csv.row(row(csv.label(FiguresLevel.CONSULTANT, FiguresController::danish),
            name, result.day(), f)));
        csv.row(row(csv.label(scope.level(), FiguresController::danish),
            scope.name() == null ? caller.jobCentre() : scope.name(), result.day(), result.totals()));
        return csvResponse("figures-" + caller.jobCentre() + "-" + result.day() + ".csv", csv);
      });
    });
  }

  @Override
  public Mono<ResponseEntity<String>> exportHoursLedger(CsvFormat format, LocalDate from, LocalDate to,
      ServerWebExchange exchange) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiProblem.invalid(List.of(new FieldViolation("to", ProblemCode.TO_BEFORE_FROM, "must not be before from")));
    }
    return Caller.current().flatMap(caller -> placements.findByJobCentre(caller.jobCentre())
        .sort(Comparator.comparing(Placement::createdAt).thenComparing(Placement::id))
        .collectList()
        .zipWhen(ledgers::of)
        .map(t -> {
          List<Placement> all = t.getT1();
          Csv csv = new Csv(format, LEDGER_COLUMNS);
          for (Placement p : all) {
            HoursLedger ledger = t.getT2().get(p.id());
            for (HoursEntry e : ledger.entries()) {
              if ((from == null || !e.effectiveFrom().isBefore(from)) && (to == null || !e.effectiveFrom().isAfter(to))) {
                List<Object> fields = new ArrayList<>(List.of(p.id(), p.citizenId(), p.companyId()));
                fields.addAll(Arrays.asList(p.consultant(), csv.label(p.status(), FiguresController::danish), e.id(), e.sequence(),
                    e.effectiveFrom(), e.internshipHours(), e.ordinaryHours(), e.wageSubsidyHours(), e.corrects(),
                    ledger.correctionOf(e.id()).map(HoursEntry::id).orElse(null), e.recordedBy(), e.recordedAt(),
                    // An automatic note in the form's language, as its headers: Danish for Excel, English for programs.
                    e.note(csv.format() == CsvFormat.EXCEL ? ProblemMessages.DANISH : Locale.ENGLISH)));
                csv.row(fields);
              }
            }
          }
          return csvResponse("hours-ledger-" + caller.jobCentre() + ".csv", csv);
        }));
  }

  // ---- what the figures are for ---------------------------------------------------------------------

  /** Whose figures ({@link CaseloadScope}), on which day. */
  private record Scope(CaseloadScope caseload, LocalDate day) {
    String jobCentre() {
      return caseload.jobCentre();
    }

    FiguresLevel level() {
      return caseload.level();
    }

    String name() {
      return caseload.name();
    }

    List<String> consultants() {
      return caseload.consultants();
    }
  }

  private Scope scope(Caller caller, LocalDate date, String week, String consultant, String team) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (date != null && week != null) {
      violations.add(new FieldViolation("week", ProblemCode.DATE_AND_WEEK, "give either date or week, not both"));
    }
    CaseloadScope.bothGiven(consultant, team).ifPresent(violations::add);
    LocalDate day = date != null ? date : today;
    if (date != null && date.isAfter(today)) {
      violations.add(new FieldViolation("date", ProblemCode.DATE_IN_FUTURE, "must not be in the future"));
    }
    if (week != null) {
      day = weekEnding(week, violations);
      if (day != null && day.with(DayOfWeek.MONDAY).isAfter(today)) {
        violations.add(new FieldViolation("week", ProblemCode.DATE_IN_FUTURE, "must not be in the future"));
      } else if (day != null && day.isAfter(today)) {
        day = today; // the current week: its figures so far
      }
    }
    if (!violations.isEmpty()) {
      throw ApiProblem.invalid(violations);
    }
    return new Scope(CaseloadScope.of(teams, caller.jobCentre(), consultant, team), day);
  }

  private static LocalDate weekEnding(String week, List<FieldViolation> violations) {
    int year = Integer.parseInt(week.substring(0, 4));
    int number = Integer.parseInt(week.substring(6));
    LocalDate mid = LocalDate.of(year, 6, 1);
    if (!mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidIntValue(number)) {
      violations.add(new FieldViolation("week", ProblemCode.WEEK_UNKNOWN, year + " has no ISO week " + number, year, number));
      return null;
    }
    LocalDate sunday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.SUNDAY);
    if (!AcceptedDates.contains(sunday.with(DayOfWeek.MONDAY)) || !AcceptedDates.contains(sunday)) {
      // A week is a date too: the same window as ?date=, so 0000-W01 is refused like 0000-01-01.
      violations.add(new FieldViolation("week", ProblemCode.WEEK_OUT_OF_RANGE,
          "must lie from " + AcceptedDates.FIRST + " to " + AcceptedDates.LAST,
          AcceptedDates.FIRST.getYear(), AcceptedDates.LAST.getYear()));
      return null;
    }
    return sunday;
  }

  private Mono<ProductionFigures.Result> compute(Scope scope, int weeks) {
    return caseloads.groups(scope.jobCentre(), scope.consultants(), scope.day().plusDays(1).atStartOfDay(clock.getZone()).toInstant())
        .zipWith(caseloads.startedPlacements(scope.jobCentre()).collectList()
            .zipWhen(ledgers::of))
        // Deriving a large job centre's figures is milliseconds of CPU: on the CPU-bound scheduler,
        // not on the MongoDB driver's or the event loop's threads.
        .publishOn(Schedulers.parallel())
        .map(t -> ProductionFigures.compute(t.getT1(), t.getT2().getT1(), t.getT2().getT2(), scope.day(), weeks));
  }

  private static Figures toApi(ProductionFigures.Figures f) {
    return new Figures().citizens(f.citizens()).withCv(f.withCv()).withJobGoal(f.withJobGoal())
        .inActivePlacement(f.inActivePlacement()).withOrdinaryHours(f.withOrdinaryHours())
        .averageOrdinaryHours(f.averageOrdinaryHours()).placementsPast13Weeks(f.placementsPast13Weeks())
        .followUpsOverdue(f.followUpsOverdue());
  }

  private static ConsultantFigures consultant(String name, ProductionFigures.Figures f) {
    return new ConsultantFigures().consultant(name).citizens(f.citizens()).withCv(f.withCv()).withJobGoal(f.withJobGoal())
        .inActivePlacement(f.inActivePlacement()).withOrdinaryHours(f.withOrdinaryHours())
        .averageOrdinaryHours(f.averageOrdinaryHours()).placementsPast13Weeks(f.placementsPast13Weeks())
        .followUpsOverdue(f.followUpsOverdue());
  }

  /** As the consultant page names them (labels.js). */
  private static String danish(FiguresLevel level) {
    return switch (level) {
      case JOB_CENTRE -> "Jobcenter";
      case TEAM -> "Team";
      case CONSULTANT -> "Konsulent";
    };
  }

  /** The catalogue's word for the status (the one the error messages use), capitalised as a table cell. */
  private static String danish(PlacementStatus status) {
    String word = ProblemMessages.placementStatus(status.name());
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<Object> row(String level, String name, LocalDate day, ProductionFigures.Figures f) {
    return List.of(level, name, day, f.citizens(), f.withCv(), f.withJobGoal(), f.inActivePlacement(),
        f.withOrdinaryHours(), f.averageOrdinaryHours(), f.placementsPast13Weeks(), f.followUpsOverdue());
  }

  private static ResponseEntity<String> csvResponse(String filename, Csv csv) {
    return csv.attachment(filename);
  }
}
