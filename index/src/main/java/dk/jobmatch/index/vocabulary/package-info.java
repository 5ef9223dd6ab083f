/**
 * The controlled vocabulary of demands, accommodations offered, accommodation needs (skånehensyn)
 * and wishes (ønsker); {@link dk.jobmatch.index.vocabulary.NeedVerdict#judge}, the one place that
 * decides whether a task violates a need (by its agreed times too, {@link
 * dk.jobmatch.index.vocabulary.WorkingTimes}), and {@link dk.jobmatch.index.vocabulary.WishRule#metBy},
 * the one place that decides whether it meets a wish.
 */
package dk.jobmatch.index.vocabulary;
