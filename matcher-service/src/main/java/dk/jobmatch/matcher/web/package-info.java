/** Small HTTP concerns shared by the features' controllers: versions as ETags, paging. */
package dk.jobmatch.matcher.web;
