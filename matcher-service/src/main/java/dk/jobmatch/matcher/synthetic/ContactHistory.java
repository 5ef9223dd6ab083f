package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.api.model.ContactInput;
import dk.jobmatch.api.model.ContactKind;
import dk.jobmatch.api.model.ContactOutcome;
import dk.jobmatch.api.model.NextStepInput;
import dk.jobmatch.matcher.company.Company;
import dk.jobmatch.matcher.contact.ContactImport;
import dk.jobmatch.matcher.placement.Placement;
import dk.jobmatch.matcher.placement.PlacementStatus;
import dk.jobmatch.matcher.placement.StatusChange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A year of one job centre's contacts with companies (kontaktlog), dated relative to {@code today}
 * and deterministic like {@link PlacementHistory}: a proposal contact for every placement and a
 * meeting when one was agreed; calls, visits and e-mails to about half the local companies, spread
 * over the year, so some were last contacted many months ago; next steps, the old ones done, the
 * recent ones open, some of those overdue.
 */
public final class ContactHistory {
  private static final String KIND = "contact-history";
  private static final List<String> OUTREACH_NOTES = List.of("Fortalt om virksomhedspraktik med få timer",
      "Interesseret, men travlt i øjeblikket", "Har opgaver på lageret, der kan deles op", "Vil gerne høre mere på et møde",
      "Ingen opgaver lige nu", "Har haft gode erfaringer med praktik før");
  private static final List<String> OUTREACH_STEPS = List.of("Send forslag til en borger", "Ring igen om opgaverne",
      "Book besøg hos virksomheden", "Send information om løntilskud", "Følg op efter travl periode");

  private final Seeds seeds;
  private final LocalDate today;
  private final Instant now;
  private final ZoneId zone;

  public ContactHistory(long seed, LocalDate today, Instant now, ZoneId zone) {
    this.seeds = new Seeds(seed);
    this.today = today;
    this.now = now;
    this.zone = zone;
  }

  /**
   * The contacts of {@code jobCentre}'s {@code consultants}: about {@code placements} (all of the job
   * centre, at companies among {@code companies}) and outreach to the local {@code companies}.
   */
  public List<ContactImport.Recorded> of(String jobCentre, List<String> consultants, List<Placement> placements,
      List<Company> companies) {
    Map<String, Company> byId = new HashMap<>();
    companies.forEach(c -> byId.put(c.id(), c));
    List<ContactImport.Recorded> contacts = new ArrayList<>();
    for (Placement p : placements) {
      Company company = byId.get(p.companyId());
      if (company != null) {
        aboutPlacement(p, company, contacts);
      }
    }
    for (int i = 0; i < companies.size(); i++) {
      Company company = companies.get(i);
      if (company.municipalityCode().equals(jobCentre)) {
        outreach(jobCentre, company, consultants, seeds.random(KIND + ":" + jobCentre, i), contacts);
      }
    }
    return contacts;
  }

  /** The proposal, with a next step to hear back (done once the company answered), and the meeting that agreed it. */
  private void aboutPlacement(Placement p, Company company, List<ContactImport.Recorded> out) {
    SplittableRandom random = seeds.random(KIND + ":" + p.id(), 0);
    LocalDate proposed = LocalDate.ofInstant(p.createdAt(), zone);
    Optional<StatusChange> answer = p.history().stream()
        .filter(c -> c.status() == PlacementStatus.AGREED || c.status() == PlacementStatus.WITHDRAWN).findFirst();
    ContactOutcome outcome = answer.isEmpty() ? ContactOutcome.NEUTRAL
        : answer.get().status() == PlacementStatus.AGREED ? ContactOutcome.POSITIVE : ContactOutcome.NEGATIVE;
    LocalDate due = proposed.plusDays(3 + random.nextInt(6));
    ContactInput proposal = new ContactInput().kind(ContactKind.PROPOSAL).at(at(proposed, random))
        .contactPerson(person(company)).taskId(UUID.fromString(p.taskIds().getFirst()))
        .citizenId(UUID.fromString(p.citizenId())).outcome(outcome)
        .note("Foreslået borger til opgaven")
        .nextStep(new NextStepInput().text("Hør om virksomheden kan tage borgeren").dueDate(due));
    out.add(recorded(p.id() + ":proposal", company, p.jobCentre(), p.consultant(), proposal,
        answer.map(a -> a.at()).orElse(null)));
    answer.filter(a -> a.status() == PlacementStatus.AGREED).ifPresent(agreed -> {
      ContactInput meeting = new ContactInput().kind(ContactKind.MEETING).at(at(agreed.date(), random))
          .contactPerson(person(company)).taskId(UUID.fromString(p.taskIds().getFirst()))
          .citizenId(UUID.fromString(p.citizenId())).outcome(ContactOutcome.POSITIVE)
          .note("Arbejdsaftale gennemgået og aftalt");
      out.add(recorded(p.id() + ":meeting", company, p.jobCentre(), p.consultant(), meeting, null));
    });
  }

  /**
   * About half the local companies: one to four calls, visits or e-mails. The latest one lies
   * anywhere in the year, so some companies have not heard from the job centre for months; a
   * recent one often leaves a next step that is still open.
   */
  private void outreach(String jobCentre, Company company, List<String> consultants, SplittableRandom random,
      List<ContactImport.Recorded> out) {
    if (random.nextDouble() >= 0.5) {
      return;
    }
    String consultant = consultants.get(random.nextInt(consultants.size()));
    int count = 1 + random.nextInt(4);
    LocalDate latest = today.minusDays(random.nextInt(330));
    for (int k = count - 1; k >= 0; k--) {
      LocalDate day = latest.minusDays(k * (20L + random.nextInt(40)));
      boolean last = k == 0;
      double roll = random.nextDouble();
      ContactKind kind = roll < 0.5 ? ContactKind.CALL : roll < 0.75 ? ContactKind.EMAIL : ContactKind.VISIT;
      ContactOutcome outcome = kind == ContactKind.CALL && random.nextDouble() < 0.2 ? ContactOutcome.NO_ANSWER
          : random.nextDouble() < 0.6 ? ContactOutcome.POSITIVE : ContactOutcome.NEUTRAL;
      ContactInput in = new ContactInput().kind(kind).at(at(day, random)).contactPerson(person(company)).outcome(outcome)
          .note(outcome == ContactOutcome.NO_ANSWER ? null : OUTREACH_NOTES.get(random.nextInt(OUTREACH_NOTES.size())));
      Instant done = null;
      if (random.nextDouble() < 0.6) {
        LocalDate due = day.plusDays(3 + random.nextInt(25));
        in.nextStep(new NextStepInput().text(OUTREACH_STEPS.get(random.nextInt(OUTREACH_STEPS.size()))).dueDate(due));
        // Recent steps are open (some overdue by now); older ones were done around their due date.
        boolean open = last && day.isAfter(today.minusDays(45));
        if (!open) {
          LocalDate doneOn = due.plusDays(random.nextInt(5) - 2);
          done = at(doneOn.isBefore(day) ? day : doneOn.isAfter(today) ? today : doneOn, random).toInstant();
        }
      }
      out.add(recorded(company.id() + ":" + jobCentre + ":" + k, company, jobCentre, consultant, in, done));
    }
  }

  private ContactImport.Recorded recorded(String key, Company company, String jobCentre, String consultant,
      ContactInput in, Instant nextStepDone) {
    Instant at = in.getAt().toInstant();
    Instant recordedAt = at.plusSeconds(600).isAfter(now) ? now : at.plusSeconds(600);
    Instant done = nextStepDone == null ? null : nextStepDone.isBefore(recordedAt) ? recordedAt : nextStepDone;
    return new ContactImport.Recorded(id(key), company.id(), jobCentre, consultant, in, recordedAt,
        done != null && done.isAfter(now) ? now : done);
  }

  private static String person(Company company) {
    return company.contactPersons().isEmpty() ? null : company.contactPersons().getFirst().name();
  }

  /** A time on {@code day} in working hours, never after now. */
  private OffsetDateTime at(LocalDate day, SplittableRandom random) {
    OffsetDateTime at = day.atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(zone).toOffsetDateTime();
    return at.toInstant().isAfter(now) ? now.atZone(zone).toOffsetDateTime() : at;
  }

  private String id(String key) {
    return UUID.nameUUIDFromBytes((seeds.seed() + ":contact:" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
