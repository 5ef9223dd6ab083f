// The body of PUT /companies/{id} from a company as read: everything but what the service sets
// (id, version, times, the latest contact, when a CRM deactivated it, who owns it and what the caller
// may change). The API refuses unknown
// properties, so none of those go back; PUT replaces the whole record, so everything else does.

export function companyInput(company) {
  const { companyId, version, createdAt, updatedAt, lastContact, owner, editable, readOnlyFields, ...input } = structuredClone(company);
  if (input.crm) delete input.crm.deactivatedAt;
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) delete input[key];
  }
  return input;
}
