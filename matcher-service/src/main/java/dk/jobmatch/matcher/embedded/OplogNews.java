package dk.jobmatch.matcher.embedded;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the changes added to the embedded server's oplog ({@link BoundedOplog}) and lets a change
 * stream's empty {@code getMore} wait for the next one: what MongoDB's own servers wait on before they
 * answer a tailing cursor.
 */
public class OplogNews {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition written = lock.newCondition();
  private long writes;

  /** How many changes there have been; a reader keeps this to wait for the next one. */
  public long writes() {
    lock.lock();
    try {
      return writes;
    } finally {
      lock.unlock();
    }
  }

  /** A change was added to the oplog: wakes every waiting change stream. */
  public void written() {
    lock.lock();
    try {
      writes++;
      written.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Returns once there has been a write after {@code seen} (at once if there already was), or after {@code maxWait}. */
  public void awaitWriteAfter(long seen, Duration maxWait) {
    lock.lock();
    try {
      long nanos = maxWait.toNanos();
      while (writes == seen && nanos > 0) {
        nanos = written.awaitNanos(nanos);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }
}
