package dk.jobmatch.crm.mapping;

/** The checks on codes that belong to the service's reference data (CVR modulus 11, the 98 municipalities). */
public interface ReferenceCodes {

  boolean validCvr(String cvr);

  boolean knownMunicipality(String code);
}
