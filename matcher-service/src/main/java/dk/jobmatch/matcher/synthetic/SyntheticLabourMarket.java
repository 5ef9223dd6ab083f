package dk.jobmatch.matcher.synthetic;

import dk.jobmatch.matcher.citizen.Citizen;
import dk.jobmatch.matcher.company.Company;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic Danish labour market of a given size: companies across the 98 municipalities with
 * partial tasks drawn from the occupation reference, and citizens of the job centres. Deterministic:
 * the same seed, size and dates give the same records on every machine. Records are made on demand,
 * one at a time, so 300,000 companies never need to be held at once.
 *
 * <p>{@code asOf} is the day availability dates are relative to (paused until a later date...);
 * {@code now} stamps createdAt and updatedAt.
 */
public final class SyntheticLabourMarket {
  /** The seed of the demo and benchmark data sets. */
  public static final long DEFAULT_SEED = 20_261_123L;

  private final SyntheticSize size;
  private final CompanyFactory companies;
  private final CitizenFactory citizens;

  public SyntheticLabourMarket(SyntheticSize size, long seed, LocalDate asOf, Instant now) {
    this.size = size;
    Seeds seeds = new Seeds(seed);
    Catalogue catalogue = Catalogue.bundled();
    Places places = new Places(catalogue.municipalities);
    this.companies = new CompanyFactory(seeds, catalogue, places, asOf, now);
    this.citizens = new CitizenFactory(seeds, catalogue, places, companies, size.companies(), now);
  }

  public SyntheticSize size() {
    return size;
  }

  /** Every company in index order, made as the stream is consumed; sequential, and the same on every call. */
  public Stream<Company> companies() {
    return IntStream.range(0, size.companies()).mapToObj(companies::company);
  }

  /** Every citizen in index order, made as the stream is consumed. */
  public Stream<Citizen> citizens() {
    return IntStream.range(0, size.citizens()).mapToObj(citizens::citizen);
  }

  /** Company number {@code index}, without making the others. */
  public Company company(int index) {
    return companies.company(index);
  }

  /** Citizen number {@code index}, without making the others. */
  public Citizen citizen(int index) {
    return citizens.citizen(index);
  }
}
