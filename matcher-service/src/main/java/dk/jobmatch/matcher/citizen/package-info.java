/**
 * Citizens (borgere): CV, job goals, hours capacity, accommodation needs, the consultant's label and
 * caseload; always scoped to the caller's job centre.
 */
package dk.jobmatch.matcher.citizen;
