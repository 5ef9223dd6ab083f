// Calls the service's REST API with the signed-in consultant's bearer token.
// Errors arrive as application/problem+json; they become an ApiError with the field they name.
// Every call asks for Danish (Accept-Language: da), so a problem's detail and its field messages
// are the service's Danish texts; the page shows them as they are and never writes its own.

import { session, signOut } from './auth.js';

/** The language of every API call: the service answers problems in Danish for the consultant. */
export const DANISH = 'da';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || `Tjenesten svarede med fejl ${status}. Prøv igen.`);
    this.status = status;
    this.problem = problem;
    this.code = problem.code || null;
    this.field = problem.field || null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

/**
 * fetch with the token; returns {data, etag}. Options: method, body (sent as JSON), etag (sent as If-Match).
 */
export async function api(path, { method = 'GET', body, etag } = {}) {
  const current = session();
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': DANISH };
  if (current) headers.Authorization = `Bearer ${current.accessToken}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (etag) headers['If-Match'] = etag;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { title: 'Ingen forbindelse', detail: 'Tjenesten svarer ikke. Prøv igen om lidt.' });
  }
  if (response.status === 401 && current) {
    signOut('Dit log-ind er udløbet. Log ind igen.');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = { detail: text }; }
  }
  if (!response.ok) {
    throw new ApiError(response.status, data || {});
  }
  return { data, etag: response.headers.get('ETag'), location: response.headers.get('Location') };
}

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
