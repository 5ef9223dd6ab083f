package dk.jobmatch.crm;

/**
 * Where a source's next sync starts, stored durably after every page.
 *
 * @param since the newest change of the last completed run (a timestamp), null before the first
 * @param resumeAt the next page of a run that did not finish (a link or cursor), else null
 * @param latestInRun the newest change seen so far in the unfinished run
 */
public record Checkpoint(String sourceId, String since, String resumeAt, String latestInRun) {

  public static Checkpoint start(String sourceId) {
    return new Checkpoint(sourceId, null, null, null);
  }

  /** After a page that has a next one: the run can resume there. */
  public Checkpoint continueAt(String next, String latestOnPage) {
    return new Checkpoint(sourceId, since, next, ChangeTimes.later(latestInRun, latestOnPage));
  }

  /** After the last page: the next run asks only for what changed after the newest change seen. */
  public Checkpoint completed(String latestOnPage) {
    String latest = ChangeTimes.later(latestInRun, latestOnPage);
    return new Checkpoint(sourceId, ChangeTimes.later(since, latest), null, null);
  }

  public boolean interrupted() {
    return resumeAt != null;
  }
}
