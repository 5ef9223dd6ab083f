package dk.jobmatch.matcher.figures;

import dk.jobmatch.matcher.placement.HoursLedger;
import dk.jobmatch.matcher.placement.Placement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The production steering figures for a group of citizens on a day, plain Java over what the
 * database gave: citizens counted per consultant ({@link CaseloadGroup}) and the started placements
 * of those citizens. A placement counts for its citizen's consultant. On a day, a placement counts
 * when active (started, not ended before the day) and its ordinary hours are the ones in force
 * then, derived from its ledger; a citizen's ordinary hours are the sum over their active placements.
 *
 * <pre>{@code
 * ProductionFigures.Result result = ProductionFigures.compute(groups, placements, ledgersById, today, 12);
 * result.totals().withOrdinaryHours();
 * }</pre>
 */
public final class ProductionFigures {
  /** Key of the citizens in nobody's caseload: they count in the totals only. */
  static final String NO_CONSULTANT = "";

  private ProductionFigures() {}

  /** Citizens of one consultant (or of none): how many, how many with a CV and with a job goal, and who. */
  public record CaseloadGroup(String consultant, int citizens, int withCv, int withJobGoal, List<String> citizenIds) {}

  /** The figures of a group of citizens on one day. */
  public record Figures(int citizens, int withCv, int withJobGoal, int inActivePlacement, int withOrdinaryHours,
      double averageOrdinaryHours, int placementsPast13Weeks, int followUpsOverdue) {}

  /** Ordinary hours in one ISO week, on its last day (or the day asked for, in its own week). */
  public record Week(String week, LocalDate weekEnding, int inActivePlacement, int withOrdinaryHours,
      int ordinaryHoursTotal, double averageOrdinaryHours) {}

  /** Totals, per consultant (by name), and the weekly series oldest first. */
  public record Result(LocalDate day, Figures totals, Map<String, Figures> byConsultant, List<Week> weekly) {}

  /** {@code ledgers} holds each placement's hours ledger by placement id; a placement missing there has only its start entry. */
  public static Result compute(Collection<CaseloadGroup> groups, Collection<Placement> placements,
      Map<String, HoursLedger> ledgers, LocalDate day, int weeks) {
    Map<String, HoursLedger> all = new HashMap<>();
    for (Placement p : placements) {
      all.put(p.id(), ledgers.containsKey(p.id()) ? ledgers.get(p.id()) : p.ledger(List.of()));
    }
    return compute(groups, placements, new Ledgers(all), day, weeks);
  }

  /** Each placement's ledger, by placement id. */
  private record Ledgers(Map<String, HoursLedger> byPlacement) {
    HoursLedger of(Placement p) {
      return byPlacement.get(p.id());
    }
  }

  private static Result compute(Collection<CaseloadGroup> groups, Collection<Placement> placements, Ledgers ledgers,
      LocalDate day, int weeks) {
    Map<String, String> consultantOf = new HashMap<>();
    for (CaseloadGroup group : groups) {
      group.citizenIds().forEach(id -> consultantOf.put(id, key(group.consultant())));
    }
    Map<String, List<Placement>> byConsultant = new HashMap<>();
    List<Placement> all = new ArrayList<>();
    for (Placement p : placements) {
      String consultant = consultantOf.get(p.citizenId());
      if (consultant != null) {
        byConsultant.computeIfAbsent(consultant, c -> new ArrayList<>()).add(p);
        all.add(p);
      }
    }
    int citizens = 0;
    int withCv = 0;
    int withJobGoal = 0;
    Map<String, Figures> perConsultant = new TreeMap<>();
    for (CaseloadGroup group : groups) {
      citizens += group.citizens();
      withCv += group.withCv();
      withJobGoal += group.withJobGoal();
      if (!key(group.consultant()).equals(NO_CONSULTANT)) {
        perConsultant.put(group.consultant(), figures(ledgers, group.citizens(), group.withCv(), group.withJobGoal(),
            byConsultant.getOrDefault(group.consultant(), List.of()), day));
      }
    }
    Figures totals = figures(ledgers, citizens, withCv, withJobGoal, all, day);
    return new Result(day, totals, perConsultant, weekly(ledgers, all, day, weeks));
  }

  private static Figures figures(Ledgers ledgers, int citizens, int withCv, int withJobGoal, List<Placement> placements,
      LocalDate day) {
    OnDay onDay = OnDay.of(ledgers, placements, day);
    int past13 = 0;
    int overdue = 0;
    for (Placement p : placements) {
      if (p.pastTargetWeeks(day)) {
        past13++;
      }
      if (p.followUpOverdue(day)) {
        overdue++;
      }
    }
    return new Figures(citizens, withCv, withJobGoal, onDay.inPlacement().size(), onDay.withOrdinaryHours(),
        onDay.average(), past13, overdue);
  }

  private static List<Week> weekly(Ledgers ledgers, List<Placement> placements, LocalDate day, int weeks) {
    List<Week> series = new ArrayList<>();
    LocalDate lastSunday = day.with(DayOfWeek.SUNDAY);
    for (int back = weeks - 1; back >= 0; back--) {
      LocalDate sunday = lastSunday.minusWeeks(back);
      LocalDate at = sunday.isAfter(day) ? day : sunday;
      OnDay onDay = OnDay.of(ledgers, placements, at);
      series.add(new Week(isoWeek(sunday), at, onDay.inPlacement().size(), onDay.withOrdinaryHours(),
          onDay.ordinaryTotal(), onDay.average()));
    }
    return series;
  }

  /** {@code 2026-W47}. */
  public static String isoWeek(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String key(String consultant) {
    return consultant == null ? NO_CONSULTANT : consultant;
  }

  /** Who is in an active placement on a day, and their ordinary hours then. */
  private record OnDay(Set<String> inPlacement, Map<String, Integer> ordinaryByCitizen) {

    static OnDay of(Ledgers ledgers, List<Placement> placements, LocalDate day) {
      Set<String> in = new HashSet<>();
      Map<String, Integer> ordinary = new HashMap<>();
      for (Placement p : placements) {
        if (p.activeOn(day)) {
          in.add(p.citizenId());
          int hours = ledgers.of(p).ordinaryHoursOn(day);
          if (hours > 0) {
            ordinary.merge(p.citizenId(), hours, Integer::sum);
          }
        }
      }
      return new OnDay(in, ordinary);
    }

    int withOrdinaryHours() {
      return ordinaryByCitizen.size();
    }

    int ordinaryTotal() {
      return ordinaryByCitizen.values().stream().mapToInt(Integer::intValue).sum();
    }

    double average() {
      return ordinaryByCitizen.isEmpty() ? 0
          : BigDecimal.valueOf(ordinaryTotal()).divide(BigDecimal.valueOf(ordinaryByCitizen.size()), 2, RoundingMode.HALF_UP)
              .doubleValue();
    }
  }
}
