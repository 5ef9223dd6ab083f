/** The clearly labelled demo data set the embedded default loads into an empty database. */
package dk.jobmatch.matcher.demo;
