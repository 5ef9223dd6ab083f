// Sign-in. Production: OpenID Connect authorization code with PKCE against the job centre's
// issuer (public client, no secret). Embedded default: the service's own development tokens
// (POST /dev/token, answered for loopback callers only).

const KEY = 'jobmatch.session';
const PENDING = 'jobmatch.oidc.pending';
let config = null;

export function configure(pageConfig) {
  config = pageConfig;
}

export function pageConfig() {
  return config;
}

/** The current session {accessToken, expiresAt, jobCentre, consultant}, or null. */
export function session() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const value = JSON.parse(raw);
  if (value.expiresAt && Date.now() > value.expiresAt) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return value;
}

function store(accessToken, expiresInSeconds) {
  const claims = decodeClaims(accessToken);
  const expiresAt = claims.exp ? claims.exp * 1000 : Date.now() + expiresInSeconds * 1000;
  const value = { accessToken, expiresAt, jobCentre: claims.job_centre || null, consultant: claims.sub || '' };
  sessionStorage.setItem(KEY, JSON.stringify(value));
  return value;
}

/** Reads the token's claims for display only; the service checks the signature. */
function decodeClaims(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload), c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch (e) {
    return {};
  }
}

let signOutMessage = null;
export function signOut(message) {
  sessionStorage.removeItem(KEY);
  signOutMessage = message || null;
  location.hash = '#/log-ind';
}

export function takeSignOutMessage() {
  const message = signOutMessage;
  signOutMessage = null;
  return message;
}

/** Development sign-in: a token for a demo consultant of the chosen job centre. */
export async function devSignIn(jobCentre, consultant) {
  const params = new URLSearchParams({ jobCentre, consultant });
  const response = await fetch(`/dev/token?${params}`, { method: 'POST', headers: { Accept: 'application/json', 'Accept-Language': 'da' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || 'Log-ind mislykkedes');
    error.problem = body;
    throw error;
  }
  return store(body.access_token, body.expires_in);
}

// ---- OpenID Connect, authorization code + PKCE (RFC 7636) -------------------------------------

function randomText(bytes) {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return base64Url(data);
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery() {
  const issuer = config.issuer.replace(/\/$/, '');
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`Kunne ikke hente log-ind-oplysninger fra ${issuer}`);
  return response.json();
}

function redirectUri() {
  return `${location.origin}/`;
}

/** Sends the browser to the job centre's sign-in; it comes back to / with ?code=&state=. */
export async function oidcSignIn() {
  const metadata = await discovery();
  const verifier = randomText(48);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const state = randomText(24);
  const returnTo = !location.hash || location.hash.startsWith('#/log-ind') ? '#/borgere' : location.hash;
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state,
    code_challenge: base64Url(new Uint8Array(digest)),
    code_challenge_method: 'S256',
  });
  location.assign(`${metadata.authorization_endpoint}?${params}`);
}

/** Finishes an OpenID Connect sign-in when the page was opened with ?code=&state=; returns the hash to go to. */
export async function completeOidcSignIn() {
  const url = new URL(location.href);
  const code = url.searchParams.get('code');
  const error = url.searchParams.get('error');
  if (!code && !error) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `${location.pathname}${pending?.returnTo || '#/borgere'}`);
  if (error) throw new Error(`Log-ind afvist: ${url.searchParams.get('error_description') || error}`);
  if (!pending || pending.state !== url.searchParams.get('state')) {
    throw new Error('Log-ind kunne ikke bekræftes (state passer ikke). Prøv igen.');
  }
  const metadata = await discovery();
  const response = await fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error(`Log-ind mislykkedes: ${body.error_description || body.error || response.status}`);
  }
  store(body.access_token, body.expires_in || 3600);
  return pending.returnTo || '#/borgere';
}
