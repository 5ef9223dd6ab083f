/** Reference data and identifiers shared by features: municipalities, CVR numbers. */
package dk.jobmatch.matcher.reference;
