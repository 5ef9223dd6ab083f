/**
 * Occupations (stillingsbetegnelser, DISCO-08): suggestions for what a consultant types, from the
 * index library's {@link dk.jobmatch.index.occupation.OccupationCatalog}, a bean other features may
 * use too (to resolve a job goal given only as text).
 */
package dk.jobmatch.matcher.occupation;
