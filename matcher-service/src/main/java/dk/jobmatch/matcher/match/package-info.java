/** Matches: the Lucene task index kept in step with MongoDB, searched on a bounded scheduler, explained per row. */
package dk.jobmatch.matcher.match;
