/**
 * Occupation suggestions (stillingsbetegnelser, DISCO-08/ISCO-08): {@link
 * dk.jobmatch.index.occupation.OccupationCatalog} turns what a consultant types ("lager", "sosu",
 * "pædagogmedhjælpr") into ranked occupation codes, and resolves a job goal given only as text to one
 * code when the text leaves no doubt.
 *
 * <p>A small Lucene index on the heap, one document per occupation ({@code OccupationDocuments}),
 * built from the reference file {@code vocabulary/occupations.tsv} and the synonyms in
 * {@code occupation-synonyms.tsv}; {@code TitleText} analyses names and input alike;
 * {@code SuggestQuery} builds the query from words (never parsed) with scores by construction.
 * Independent of the task index.
 */
package dk.jobmatch.index.occupation;
