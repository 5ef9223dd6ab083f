package dk.jobmatch.matcher.company;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a company wants to be asked (kontaktgrænse): at most {@code maxRequests} new requests
 * ({@link CompanyRequest}) in any {@code periodDays} days, today included; e.g. 2 in 7 for "at most
 * two new requests a week". A rolling period, not a calendar one: a company asked twice on a Friday
 * is not asked again on the Monday after.
 */
public record ContactLimit(int maxRequests, int periodDays) {

  public ContactLimit {
    if (maxRequests < 1 || periodDays < 1) {
      throw new IllegalArgumentException("a contact limit needs at least one request in at least one day");
    }
  }

  /** The first day of the period that ends {@code today}: requests before it no longer count. */
  public LocalDate periodStart(LocalDate today) {
    return today.minusDays(periodDays - 1L);
  }

  /**
   * The first day the company may be asked again when it has had {@code maxRequests} requests in the
   * period ending {@code today}: the day the request that brought it to its limit (counted from the
   * newest) leaves the period. Null when it may be asked today. A citizen proposed several times in
   * the period (a placement and a PROPOSAL contact about it) is one request, on the first day.
   */
  public LocalDate reachedUntil(LocalDate today, ZoneId zone, Collection<CompanyRequest> requests) {
    LocalDate start = periodStart(today);
    Map<String, LocalDate> firstProposal = new HashMap<>();
    List<LocalDate> days = new ArrayList<>();
    for (CompanyRequest request : requests) {
      LocalDate day = LocalDate.ofInstant(request.at(), zone);
      // A contact recorded a few minutes ahead of the clock counts today.
      day = day.isAfter(today) ? today : day;
      if (day.isBefore(start)) {
        continue;
      }
      if (request.proposedCitizenId() == null) {
        days.add(day);
      } else {
        firstProposal.merge(request.proposedCitizenId(), day, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    days.addAll(firstProposal.values());
    if (days.size() < maxRequests) {
      return null;
    }
    days.sort(Comparator.reverseOrder());
    return days.get(maxRequests - 1).plusDays(periodDays);
  }
}
