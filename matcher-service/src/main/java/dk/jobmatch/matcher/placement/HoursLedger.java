package dk.jobmatch.matcher.placement;

import dk.jobmatch.matcher.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The append-only log of a placement's weekly hours, and the one place current hours are derived
 * from: on a day, the entry that counts (not corrected) with the latest {@code effectiveFrom} on or
 * before it; of two from the same day, the later recorded. A correction replaces the entry it
 * names and counts from its own date, so a back-dated correction changes the past as it should.
 *
 * <pre>{@code
 * HoursLedger ledger = placement.ledger(recordedSinceTheStart);
 * int ordinary = ledger.inForce(today).map(HoursEntry::ordinaryHours).orElse(0);
 * }</pre>
 */
public record HoursLedger(List<HoursEntry> entries) {
  private static final Comparator<HoursEntry> LATEST_IN_FORCE =
      Comparator.comparing(HoursEntry::effectiveFrom).thenComparingInt(HoursEntry::sequence);

  public HoursLedger {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /** The entry whose hours are in force on {@code day}, if any is. */
  public Optional<HoursEntry> inForce(LocalDate day) {
    Set<String> corrected = corrected();
    return entries.stream()
        .filter(e -> !corrected.contains(e.id()) && !e.effectiveFrom().isAfter(day))
        .max(LATEST_IN_FORCE);
  }

  /** Ordinary hours a week in force on {@code day}; 0 before the first entry. */
  public int ordinaryHoursOn(LocalDate day) {
    return inForce(day).map(HoursEntry::ordinaryHours).orElse(0);
  }

  /** The entry that corrects {@code entryId}, if one does. */
  public Optional<HoursEntry> correctionOf(String entryId) {
    return entries.stream().filter(e -> entryId.equals(e.corrects())).findFirst();
  }

  public Optional<HoursEntry> entry(String entryId) {
    return entries.stream().filter(e -> e.id().equals(entryId)).findFirst();
  }

  /**
   * The sequence after the highest one here. For plain Java (tests, generated data); the service takes
   * each entry's sequence from its counter in MongoDB ({@link HoursLedgers}), so concurrent entries
   * get different ones.
   */
  public int nextSequence() {
    return entries.stream().mapToInt(HoursEntry::sequence).max().orElse(0) + 1;
  }

  /**
   * The ledger with {@code entry} appended. A correction must name an entry of this ledger that no
   * other entry corrects yet: corrections form a chain, and only its last link can be corrected.
   */
  public HoursLedger append(HoursEntry entry) {
    if (entry.corrects() != null) {
      HoursEntry target = entry(entry.corrects())
          .orElseThrow(() -> new IllegalArgumentException("corrects names no entry of this ledger"));
      correctionOf(target.id()).ifPresent(existing -> {
        throw new IllegalTransition(ProblemCode.ENTRY_CORRECTED_ALREADY,
            "Entry " + target.id() + " is corrected already by entry " + existing.id()
            + "; correct that one instead");
      });
    }
    List<HoursEntry> appended = new ArrayList<>(entries);
    appended.add(entry);
    return new HoursLedger(appended);
  }

  private Set<String> corrected() {
    return entries.stream().map(HoursEntry::corrects).filter(id -> id != null).collect(Collectors.toSet());
  }
}
