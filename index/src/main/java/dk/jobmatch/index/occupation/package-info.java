/**
 * Occupation suggestions (stillingsbetegnelser, DISCO-08/ISCO-08): {@link
 * dk.jobmatch.index.occupation.OccupationCatalog} turns what a consultant types ("frisør", "sosu",
 * "tomrer", "pædagogmedhjælpr") into ranked occupation codes, and resolves a job goal given only as
 * text to one code when the text leaves no doubt.
 *
 * <p>The catalogue is all 436 ISCO-08 unit groups ({@code disco08.tsv}, with DISCO-08 and ISCO-08
 * titles), the titles of the reference file {@code vocabulary/occupations.tsv}, everyday Danish job
 * titles ({@code occupation-titles.tsv}) and the synonyms of {@code occupation-synonyms.tsv}, read by
 * {@code OccupationFiles}. A small Lucene index on the heap, one document per occupation
 * ({@code OccupationDocuments}), and one per title to tell which title a suggestion matched;
 * {@code TitleText} analyses names and input alike; {@code Lexicon} knows the catalogue's words, their
 * compounds and near misses; {@code SuggestQuery} builds the query from words (never parsed) with
 * scores by construction. Independent of the task index.
 */
package dk.jobmatch.index.occupation;
