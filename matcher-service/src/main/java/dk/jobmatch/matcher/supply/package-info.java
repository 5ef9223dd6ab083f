/**
 * Where company places are missing (supply gap, mangler pladser): the citizens with too few
 * acceptable places, grouped by goal occupation and by what blocks them, with the companies one
 * change would open.
 */
package dk.jobmatch.matcher.supply;
