package dk.jobmatch.matcher.synthetic;

/**
 * How much synthetic data to make. Companies come in blocks of three sharing exactly ten partial
 * tasks, so the task count is exact: {@code companies / 3 * 10}.
 */
public record SyntheticSize(int companies, int citizens) {
  /** What the embedded default loads: every municipality, about 1,500 companies, 5,000 tasks, 300 citizens. */
  public static final SyntheticSize DEMO = new SyntheticSize(1_500, 300);
  /** The benchmark's data set: 300,000 companies, 1,000,000 partial tasks, 100,000 citizens. */
  public static final SyntheticSize BENCH = new SyntheticSize(300_000, 100_000);

  public SyntheticSize {
    if (companies <= 0 || companies % CompanyFactory.BLOCK_COMPANIES != 0) {
      throw new IllegalArgumentException("companies must be a positive multiple of " + CompanyFactory.BLOCK_COMPANIES
          + ", was " + companies);
    }
    if (citizens < 0) {
      throw new IllegalArgumentException("citizens must not be negative, was " + citizens);
    }
  }

  /** Partial tasks over all companies. */
  public long tasks() {
    return (long) companies / CompanyFactory.BLOCK_COMPANIES * CompanyFactory.BLOCK_TASKS;
  }
}
