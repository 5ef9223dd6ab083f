package dk.jobmatch.crm.remote;

import org.springframework.http.HttpHeaders;

/** A successful (2xx) answer from a CRM: its headers and body as text, parsed by the connector. */
public record CrmResponse(int status, HttpHeaders headers, String body) {}
