// The body of PUT /citizens/{id} from a citizen as read: everything but the fields the service sets.
// suggestedWishes is read-only (the service derives it from the development goals) and the API
// refuses unknown properties, so it never goes back.

export function citizenInput(citizen) {
  const { citizenId, jobCentre, version, createdAt, updatedAt, suggestedWishes, ...input } = citizen;
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) delete input[key];
  }
  return input;
}
