/**
 * The controlled vocabulary of demands, accommodations offered and accommodation needs
 * (skånehensyn), and {@link dk.jobmatch.index.vocabulary.NeedVerdict#judge}, the one place that
 * decides whether a task violates a need.
 */
package dk.jobmatch.index.vocabulary;
