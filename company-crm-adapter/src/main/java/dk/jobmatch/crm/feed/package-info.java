/** The generic JSON feed connector: the contract in openapi/src/main/resources/crm-feed.yaml. */
package dk.jobmatch.crm.feed;
