package dk.jobmatch.matcher.placement;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a placement's lifecycle: the status, the day it took effect, who recorded it and when. */
public record StatusChange(PlacementStatus status, LocalDate date, String by, Instant at) {}
