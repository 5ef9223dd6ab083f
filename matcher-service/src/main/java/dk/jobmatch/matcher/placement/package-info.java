/**
 * Placements (virksomhedsforløb): the lifecycle from a proposed match row to an ended placement with
 * its outcome, the work agreement (arbejdsaftale), the append-only hours ledger from which current
 * hours are derived, and follow-ups (opfølgning). {@link dk.jobmatch.matcher.placement.Placement}
 * holds the rules as plain Java; {@code PlacementController} is the HTTP edge. A placement that
 * takes or frees a seat re-indexes its company before the response. Hours entries are stored apart
 * from the placement, one document each ({@link dk.jobmatch.matcher.placement.HoursLedgers}).
 */
package dk.jobmatch.matcher.placement;
