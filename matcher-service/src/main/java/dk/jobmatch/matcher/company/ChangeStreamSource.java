package dk.jobmatch.matcher.company;

import com.mongodb.ConnectionString;

/**
 * Where the change streams are read, when not over the service's own MongoDB connection: the
 * embedded server serves them, paced, on a port of their own. Without this bean they use the
 * service's connection, as they should with a real MongoDB. The database is the service's own.
 */
public record ChangeStreamSource(ConnectionString uri) {}
