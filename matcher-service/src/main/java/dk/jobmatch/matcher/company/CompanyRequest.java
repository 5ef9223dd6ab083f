package dk.jobmatch.matcher.company;

import java.time.Instant;

/**
 * One request (henvendelse) to a company, as its contact limit counts them: a contact recorded in its
 * contact log, or a placement proposed to it. {@code proposedCitizenId} names the citizen a proposal
 * was about (a placement, or a PROPOSAL contact naming one), null for any other request: the same
 * citizen proposed both ways is one request ({@link ContactLimit#reachedUntil}).
 */
public record CompanyRequest(Instant at, String proposedCitizenId) {}
