package dk.jobmatch.index;

import org.apache.lucene.search.Query;

/**
 * A query made for one match on one searcher, holding that searcher's weights or document ids: it
 * equals only itself, so no cache can mistake it for another's.
 */
abstract class OneMatchQuery extends Query {
  @Override
  public final boolean equals(Object other) {
    return this == other;
  }

  @Override
  public final int hashCode() {
    return System.identityHashCode(this);
  }
}
