package dk.jobmatch.matcher.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timeouts of the HTTP edge, so a connection that sends half a request is dropped instead of held.
 * The idle keep-alive timeout and the size limits are Spring Boot's own ({@code server.netty.*},
 * {@code server.max-http-request-header-size}; see application.yaml).
 *
 * @param requestHeaderTimeout longest time from the first bytes of a request until its request line
 *     and headers are complete; then the service answers 408 and closes the connection, however
 *     slowly the bytes keep coming
 * @param requestReadTimeout longest pause between two reads of a request body; then the connection is closed
 * @param requestBodyTimeout longest time to receive a whole request body; then the connection is closed
 * @param closeLinger after an answer that closes the connection, how long the service keeps reading
 *     (and dropping) what the client still sends before it closes, so the close does not reset the
 *     connection and destroy the answer before the client has read it
 */
@ConfigurationProperties("matcher.http")
public record HttpEdgeProperties(
    @DefaultValue("20s") Duration requestHeaderTimeout,
    @DefaultValue("20s") Duration requestReadTimeout,
    @DefaultValue("60s") Duration requestBodyTimeout,
    @DefaultValue("2s") Duration closeLinger) {}
