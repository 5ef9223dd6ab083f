package dk.jobmatch.matcher.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded server's H2 file so that its size follows the live data.
 *
 * <p>H2 writes every commit to new space in the file and reclaims the old space as it goes, but never
 * all of it, and a file written before the oplog moved to memory still holds mongo-java-server's own
 * oplog collection ({@code local.oplog.rs}: every change ever made, measured 30 MB of data in a 230 MB
 * file). At start, before the server uses the file: that oplog is dropped, and when less than half of
 * the file is live data the file is rewritten with the live data only (H2's offline compaction, into a
 * new file that then replaces the old one; an interrupted rewrite is cleaned up at the next start).
 */
final class DataFile {
  private static final Logger log = LoggerFactory.getLogger(DataFile.class);
  /**
   * The maps of the {@code local} database, which held mongo-java-server's own oplog and nothing else:
   * its data, metadata and indexes, and the database's list of its collections (left there, the
   * backend would open the oplog again at start).
   */
  private static final List<String> OLD_OPLOG_MAPS = List.of("databases.local.", "meta.local.", "local.");
  /** Rewrite the file at start when live data is less than this share of it (in percent). */
  private static final int REWRITE_BELOW_PERCENT_LIVE = 50;

  private DataFile() {}

  static MVStore open(Path file) {
    String name = file.toString();
    MVStoreTool.compactCleanUp(name);
    if (Files.exists(file) && size(file) > 0) {
      boolean rewrite;
      long before = size(file);
      MVStore store = builder(name).open();
      try {
        boolean dropped = dropOldOplog(store);
        int live = percentLive(store);
        rewrite = dropped || live < REWRITE_BELOW_PERCENT_LIVE;
        if (rewrite) {
          log.info("Rewriting the data file {} with its live data only ({}% live{})", file, live,
              dropped ? ", after dropping the old oplog" : "");
        }
      } finally {
        store.close();
      }
      if (rewrite) {
        MVStore.compact(name, false, null);
        log.info("Data file rewritten: {} MB -> {} MB", before / 1_000_000, size(file) / 1_000_000);
      }
    }
    return builder(name).open();
  }

  private static MVStore.Builder builder(String name) {
    return new MVStore.Builder().fileName(name);
  }

  /** Drops mongo-java-server's oplog (the {@code local} database) if the file has one; whether it had. */
  static boolean dropOldOplog(MVStore store) {
    List<String> old = store.getMapNames().stream()
        .filter(map -> OLD_OPLOG_MAPS.stream().anyMatch(map::startsWith))
        .toList();
    old.forEach(store::removeMap);
    if (!old.isEmpty()) {
      store.commit();
    }
    return !old.isEmpty();
  }

  /** Roughly how much of the file is live data: the share of the file in chunks, times the live share of those. */
  static int percentLive(MVStore store) {
    FileStore<?> files = store.getFileStore();
    return files == null ? 100 : files.getFillRate() * files.getChunksFillRate() / 100;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
