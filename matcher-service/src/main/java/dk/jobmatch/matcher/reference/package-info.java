/** Reference data and identifiers shared by features: municipalities, CVR numbers, the controlled vocabulary. */
package dk.jobmatch.matcher.reference;
