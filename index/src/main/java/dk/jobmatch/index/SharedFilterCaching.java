package dk.jobmatch.index;

import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Lucene's query cache policy, kept to the filters many citizens share (free seats, availability
 * today, hours ranges, MUST needs). Lucene's own policy caches a term-set query once it has been
 * used twice, and one match uses the citizen's occupation codes and words in several passes: each
 * match then filled a bit set over the whole index for queries no other citizen asks, and pushed the
 * shared filters out of the cache. Measured at a million tasks: about an eighth of a match.
 * Thread-safe, as the policy it delegates to.
 */
final class SharedFilterCaching implements QueryCachingPolicy {
  /** Fields whose terms come from one citizen: their codes, their words, the companies they exclude. */
  private static final Set<String> CITIZEN_FIELDS = Set.of(TaskDocuments.OCCUPATION, TaskDocuments.MINOR_GROUP,
      TaskDocuments.TEXT, TaskDocuments.TEXT_PARTS, TaskDocuments.TITLE_WORDS, TaskDocuments.TITLE_PARTS,
      TaskDocuments.COMPANY_ID);

  private final QueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

  @Override
  public void onUse(Query query) {
    if (!readsCitizenTerms(query)) {
      usage.onUse(query);
    }
  }

  @Override
  public boolean shouldCache(Query query) throws IOException {
    return !readsCitizenTerms(query) && usage.shouldCache(query);
  }

  /**
   * Whether the query, or any clause of it, looks up a set of terms in a field that holds a
   * citizen's own codes or words. A prefix of occupations (what a wish looks for) is shared, and stays cacheable.
   */
  static boolean readsCitizenTerms(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return CITIZEN_FIELDS.contains(field);
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        found[0] |= ownTerms(leaf);
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
        found[0] |= ownTerms(leaf);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // an excluded company is a MUST_NOT clause, which Lucene's visitor would skip
      }
    });
    return found[0];
  }

  private static boolean ownTerms(Query leaf) {
    return leaf instanceof TermInSetQuery || leaf instanceof TermQuery;
  }
}
