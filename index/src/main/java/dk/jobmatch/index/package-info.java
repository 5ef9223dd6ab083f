/**
 * The Lucene matching engine: a plain Java library with no Spring, HTTP or MongoDB.
 *
 * <p>{@link dk.jobmatch.index.TaskIndex} holds one document per partial task (mapped by
 * {@code TaskDocuments}), answers {@link dk.jobmatch.index.CitizenProfile} queries built by
 * {@code MatchQuery} (hard filters as filter clauses, ranking as optional clauses) and explains every
 * row with {@code MatchExplainer}. The index is derived data: the service rebuilds it from MongoDB at
 * start and feeds it every write.
 */
package dk.jobmatch.index;
