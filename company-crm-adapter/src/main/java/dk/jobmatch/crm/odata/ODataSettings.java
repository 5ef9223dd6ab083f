package dk.jobmatch.crm.odata;

import dk.jobmatch.crm.mapping.FieldMapping;
import java.net.URI;

/**
 * One Dynamics 365-style source: the Web API root (e.g. {@code https://org.crm4.dynamics.com/api/data/v9.2}),
 * the entity set of companies, the OAuth2 token endpoint and client, and the page size asked for
 * with {@code Prefer: odata.maxpagesize}.
 */
public record ODataSettings(URI apiRoot, String entitySet, URI tokenUri, String clientId, String clientSecret,
    String scope, int pageSize, FieldMapping mapping) {}
