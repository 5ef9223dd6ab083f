package dk.jobmatch.matcher.crm;

import dk.jobmatch.crm.remote.ResilientCalls;
import dk.jobmatch.crm.sync.CompanySync;

/** A configured source, wired: its settings, its resilient calls (for their state) and its sync. */
record CrmSource(String id, CrmProperties.Source settings, ResilientCalls calls, CompanySync sync) {}
