package dk.jobmatch.crm.sync;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** What a run (or one webhook call) has done so far; readable while it runs and after it failed. */
public final class SyncProgress {
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicInteger deactivated = new AtomicInteger();
  private final AtomicInteger quarantined = new AtomicInteger();
  private final AtomicReference<String> problem = new AtomicReference<>();

  void page() {
    pages.incrementAndGet();
  }

  void stored(StoreOutcome outcome) {
    switch (outcome) {
      case CREATED -> created.incrementAndGet();
      case UPDATED -> updated.incrementAndGet();
      case UNCHANGED -> unchanged.incrementAndGet();
      case DEACTIVATED -> deactivated.incrementAndGet();
    }
  }

  void quarantined() {
    quarantined.incrementAndGet();
  }

  void problem(String text) {
    problem.compareAndSet(null, text);
  }

  public Counts counts() {
    return new Counts(pages.get(), created.get(), updated.get(), unchanged.get(), deactivated.get(), quarantined.get());
  }

  /** A page that could not be read, or null. */
  public String problem() {
    return problem.get();
  }

  /** A snapshot of the counters. */
  public record Counts(int pages, int created, int updated, int unchanged, int deactivated, int quarantined) {
    /** Records that changed something here. */
    public int changed() {
      return created + updated + deactivated;
    }
  }
}
