// Sign-in: OpenID Connect in production, a clearly marked development sign-in on the embedded default.

import { devSignIn, oidcSignIn, pageConfig, session, takeSignOutMessage } from '../auth.js';
import { h, show, uid } from '../dom.js';

export async function signInPage() {
  const config = pageConfig();
  const message = takeSignOutMessage() || sessionStorage.getItem('jobmatch.signin.error');
  sessionStorage.removeItem('jobmatch.signin.error');
  const notice = message ? h('p', { class: 'notice', role: 'status' }, message) : null;
  if (session()) {
    show(h('h1', {}, 'Du er logget ind'), notice, h('p', {}, h('a', { href: '#/borgere' }, 'Gå til dine borgere')));
    return;
  }
  if (config.signIn === 'development') {
    show(h('h1', {}, 'Log ind'), notice, developmentForm(config));
  } else {
    show(h('h1', {}, 'Log ind'), notice, openIdConnect(config));
  }
}

function openIdConnect(config) {
  const status = h('p', { class: 'field-error', role: 'alert', hidden: true });
  if (!config.issuer || !config.clientId) {
    return h('p', { class: 'alert', role: 'alert' },
      'Log-ind er ikke sat op: tjenesten mangler matcher.page.oidc.client-id og en OpenID Connect-udsteder.');
  }
  return h('section', { class: 'panel' },
    h('p', {}, 'Du logger ind med jobcentrets fælles log-ind. Bagefter vender du tilbage hertil.'),
    h('button', {
      type: 'button', class: 'primary', onclick: async () => {
        try { await oidcSignIn(); } catch (e) { status.hidden = false; status.textContent = e.message; }
      },
    }, 'Log ind med jobcentrets log-ind'),
    status);
}

const DEMO_CONSULTANTS = [
  ['demo-konsulent-anne', 'Anne (demo-virksomhedskonsulent)'],
  ['demo-konsulent-bo', 'Bo (demo-virksomhedskonsulent)'],
  ['demo-konsulent-camilla', 'Camilla (demo-jobformidler)'],
];

function developmentForm(config) {
  const centreId = uid('jobcenter');
  const consultantId = uid('konsulent');
  const centre = h('select', { id: centreId, name: 'jobCentre', 'data-field': 'jobCentre' },
    config.jobCentres.map(j => h('option', { value: j.code, selected: j.code === '101' }, `${j.name} (${j.code})`)));
  const consultant = h('select', { id: consultantId, name: 'consultant', 'data-field': 'consultant' },
    DEMO_CONSULTANTS.map(([value, label]) => h('option', { value }, label)));
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const form = h('form', {
    class: 'panel', novalidate: true, onsubmit: async event => {
      event.preventDefault();
      error.hidden = true;
      try {
        await devSignIn(centre.value, consultant.value);
        location.hash = '#/borgere';
      } catch (e) {
        error.hidden = false;
        error.textContent = e.message;
      }
    },
  },
  h('p', { class: 'dev-note' }, h('strong', {}, 'Udviklings-log-ind. '),
    'Tjenesten kører på den indbyggede database med demodata, uden jobcentrets log-ind. ',
    'Vælg et jobcenter og en demo-konsulent; log-ind virker kun fra den maskine, tjenesten kører på.'),
  h('div', { class: 'field' }, h('label', { for: centreId }, 'Jobcenter'), centre),
  h('div', { class: 'field' }, h('label', { for: consultantId }, 'Demo-konsulent'), consultant),
  error,
  h('button', { type: 'submit', class: 'primary', id: 'log-ind' }, 'Log ind som demo-konsulent'));
  return form;
}
