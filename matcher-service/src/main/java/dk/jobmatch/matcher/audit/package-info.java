/**
 * The audit log: who read or wrote which citizen's data, matches and placements, when, and how it
 * ended; never the personal data itself. Written by {@link dk.jobmatch.matcher.audit.AuditTrail}
 * for every route {@link dk.jobmatch.matcher.audit.AuditOperation} names, read with {@code audit.read}.
 */
package dk.jobmatch.matcher.audit;
