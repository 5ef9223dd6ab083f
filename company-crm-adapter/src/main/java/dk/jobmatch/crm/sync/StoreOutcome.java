package dk.jobmatch.crm.sync;

/** What storing one CRM company changed here. */
public enum StoreOutcome {
  CREATED, UPDATED,
  /** The same (source, external id, version) is stored already, or an older version arrived late. */
  UNCHANGED,
  /** Deactivated now (deleted or made inactive in the CRM): kept, but out of the match index. */
  DEACTIVATED
}
