/** Citizens (borgere): CV, job goals, hours capacity, accommodation needs; always scoped to the caller's job centre. */
package dk.jobmatch.matcher.citizen;
