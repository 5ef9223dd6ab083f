// The body of PUT /citizens/{id} from a citizen as read: everything but the fields the service sets.
// suggestedWishes (derived from the development goals) and lastActivityAt (derived from the citizen's
// placements) are read-only, and the API refuses unknown properties, so they never go back.

export function citizenInput(citizen) {
  const { citizenId, jobCentre, version, createdAt, updatedAt, lastActivityAt, suggestedWishes, ...input } = citizen;
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) delete input[key];
  }
  return input;
}
