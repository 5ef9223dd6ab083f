/**
 * Team figures (produktionsstyring): live figures per consultant, team and job centre for a date or a
 * week, computed from the data as it is now. Citizens are counted by a MongoDB aggregation
 * ({@code Caseloads}); placements are read and their hours derived from each ledger in plain Java
 * ({@link dk.jobmatch.matcher.figures.ProductionFigures}). Also the CSV exports.
 */
package dk.jobmatch.matcher.figures;
