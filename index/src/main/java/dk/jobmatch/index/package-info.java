/**
 * The Lucene matching engine: a plain Java library with no Spring, HTTP or MongoDB.
 *
 * <p>{@link dk.jobmatch.index.TaskIndex} holds one document per partial task (mapped by
 * {@code TaskDocuments}), answers {@link dk.jobmatch.index.CitizenProfile} queries built by
 * {@code MatchQuery} from the {@link dk.jobmatch.index.HardRule}s (each rule's clause and its check
 * on one task, in one place), scores them with {@code Ranking} by the {@link dk.jobmatch.index.ScorePart}s
 * of {@link dk.jobmatch.index.ScoreModel}, finds the near misses with {@code NearMisses} and explains
 * every row with {@code MatchExplainer}. Danish text is analysed as whole words ({@code DanishText})
 * and as compound parts ({@code DanishCompounds}); {@link dk.jobmatch.index.WishSuggestions} reads
 * wishes out of development goals. The index is derived data: the service rebuilds it from MongoDB
 * at start and feeds it every write.
 */
package dk.jobmatch.index;
