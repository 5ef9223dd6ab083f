// The consultant page: a hash router over a few pages, each a module that renders into <main>.

import { configure, session, signOut, completeOidcSignIn } from './auth.js';
import { h, show } from './dom.js';
import { jobCentreName } from './labels.js';
import { signInPage } from './pages/signin.js';
import { citizensPage } from './pages/citizens.js';
import { citizenPage, newCitizenPage } from './pages/citizen.js';
import { matchesPage } from './pages/matches.js';
import { agreementPage } from './pages/agreement.js';
import { placementPage } from './pages/placement.js';
import { placementsPage } from './pages/placements.js';
import { teamPage } from './pages/team.js';
import { contactLogPage, nextStepsPage } from './pages/contacts.js';
import { companiesPage, companyPage } from './pages/companies.js';
import { editCompanyPage, newCompanyPage } from './pages/company-form.js';
import { candidatesPage } from './pages/candidates.js';
import { supplyPage } from './pages/supply.js';

/** Hash routes: pattern, page, and whether the page needs a signed-in consultant. */
const routes = [
  { pattern: /^#\/log-ind$/, page: signInPage, open: true },
  { pattern: /^#\/borgere$/, page: citizensPage },
  { pattern: /^#\/borgere\/ny$/, page: newCitizenPage },
  { pattern: /^#\/borgere\/([0-9a-f-]{36})$/, page: citizenPage },
  { pattern: /^#\/borgere\/([0-9a-f-]{36})\/match$/, page: matchesPage },
  { pattern: /^#\/forloeb$/, page: placementsPage },
  { pattern: /^#\/forloeb\/([0-9a-f-]{36})$/, page: placementPage },
  { pattern: /^#\/forloeb\/([0-9a-f-]{36})\/arbejdsaftale$/, page: agreementPage },
  { pattern: /^#\/team$/, page: teamPage },
  { pattern: /^#\/virksomheder$/, page: companiesPage },
  { pattern: /^#\/virksomheder\/ny$/, page: newCompanyPage },
  { pattern: /^#\/virksomheder\/([0-9a-f-]{36})$/, page: companyPage },
  { pattern: /^#\/virksomheder\/([0-9a-f-]{36})\/ret$/, page: editCompanyPage },
  { pattern: /^#\/virksomheder\/([0-9a-f-]{36})\/delfunktioner\/([0-9a-f-]{36})\/kandidater$/, page: candidatesPage },
  { pattern: /^#\/virksomheder\/([0-9a-f-]{36})\/kontaktlog$/, page: contactLogPage },
  { pattern: /^#\/naeste-skridt$/, page: nextStepsPage },
  { pattern: /^#\/mangler-pladser$/, page: supplyPage },
];

const navigation = [
  { href: '#/borgere', label: 'Borgere', match: /^#\/borgere/ },
  { href: '#/virksomheder', label: 'Virksomheder', match: /^#\/virksomheder/ },
  { href: '#/forloeb', label: 'Forløb', match: /^#\/forloeb/ },
  { href: '#/team', label: 'Team', match: /^#\/team/ },
  { href: '#/naeste-skridt', label: 'Næste skridt', match: /^#\/naeste-skridt/ },
  { href: '#/mangler-pladser', label: 'Mangler pladser', match: /^#\/mangler-pladser/ },
];

function renderChrome() {
  const current = session();
  const nav = document.getElementById('nav');
  const hash = location.hash.split('?')[0];
  nav.replaceChildren(current
    ? h('ul', {}, navigation.map(item => h('li', {},
      h('a', { href: item.href, 'aria-current': item.match.test(hash) ? 'page' : null }, item.label))))
    : '');
  const who = document.getElementById('who');
  who.replaceChildren(current
    ? h('span', {}, h('span', { class: 'who-name' }, current.consultant), ' · Jobcenter ', jobCentreName(current.jobCentre), ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => signOut('Du er logget ud.') }, 'Log ud'))
    : '');
}

async function route() {
  const [hash, search] = (location.hash || '').split('?');
  const params = new URLSearchParams(search || '');
  if (!hash || hash === '#/' || hash === '#') {
    location.replace(session() ? '#/borgere' : '#/log-ind');
    return;
  }
  const found = routes.map(r => ({ r, m: hash.match(r.pattern) })).find(x => x.m);
  if (!found) {
    show(h('h1', {}, 'Siden findes ikke'), h('p', {}, h('a', { href: '#/borgere' }, 'Til borgerlisten')));
    return;
  }
  if (!found.r.open && !session()) {
    location.replace('#/log-ind');
    return;
  }
  renderChrome();
  try {
    await found.r.page(...found.m.slice(1), params);
  } catch (e) {
    show(h('h1', {}, 'Noget gik galt'), h('p', { class: 'alert', role: 'alert' }, e.message));
  }
}

async function start() {
  const response = await fetch('/page/config', { headers: { Accept: 'application/json' } });
  const config = await response.json();
  configure(config);
  document.getElementById('dev-banner').hidden = config.signIn !== 'development';
  // replaceState, not location.hash: no hashchange event, so the page renders once (with its message).
  try {
    const returnTo = await completeOidcSignIn();
    if (returnTo) history.replaceState(null, '', `${location.pathname}${returnTo}`);
  } catch (e) {
    sessionStorage.setItem('jobmatch.signin.error', e.message);
    history.replaceState(null, '', `${location.pathname}#/log-ind`);
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();
