/** The Dynamics 365-style OData Web API connector, with OAuth2 client-credentials tokens. */
package dk.jobmatch.crm.odata;
