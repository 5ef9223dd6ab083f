/** Companies (virksomheder) and their partial tasks: validation, storage, and keeping the match index in step. */
package dk.jobmatch.matcher.company;
