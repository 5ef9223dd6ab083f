// "Mine borgere": the citizens in my caseload (sagsstamme) by default, or all of my job centre, searched
// by label or job goal and sorted by newest or last activity. Citizens are pseudonymous: shown by the
// consultant's label (a case number or initials) and the start of their id, never by name or CPR number.
// "Tildel mig" puts a citizen of the job centre in my caseload.

import { api, query } from '../api.js';
import { session } from '../auth.js';
import { announce, date, h, show, uid } from '../dom.js';
import { clearErrors, showErrors } from '../forms.js';
import { citizenRef, jobCentreName, need, STRICTNESS } from '../labels.js';

const SIZE = 20;
const SORTS = { nyeste: ['newest', 'Nyeste først'], aktivitet: ['lastActivity', 'Seneste aktivitet'] };

export async function citizensPage(params) {
  const all = params.get('visning') === 'alle';
  const text = (params.get('soeg') || '').trim();
  const sort = SORTS[params.get('sortering')] ? params.get('sortering') : 'nyeste';
  const page = Math.max(0, Number(params.get('side') || '1') - 1) || 0;
  const centre = jobCentreName(session().jobCentre);
  const link = changes => `#/borgere?${hashQuery({ visning: all ? 'alle' : '', soeg: text, sortering: sort === 'nyeste' ? '' : sort, ...changes })}`;

  const form = searchForm(text, sort, all);
  let list;
  try {
    const { data } = await api(`/citizens${query({ page, size: SIZE, mine: all ? undefined : true, q: text, sort: SORTS[sort][0] })}`);
    list = [citizenTable(data, all, text), pager(data.page, link)];
  } catch (error) {
    if (!error.field) throw error;
    showErrors(form, error);
    list = null;
  }
  show(
    h('h1', {}, all ? `Borgere i Jobcenter ${centre}` : 'Mine borgere'),
    h('nav', { class: 'view-toggle', 'aria-label': 'Hvilke borgere' }, h('ul', {},
      h('li', {}, h('a', { href: link({ visning: '', side: '' }), 'aria-current': all ? null : 'page', id: 'vis-mine' }, 'Mine borgere')),
      h('li', {}, h('a', { href: link({ visning: 'alle', side: '' }), 'aria-current': all ? 'page' : null, id: 'vis-alle' }, `Alle i jobcentret`)))),
    h('p', { class: 'lead' }, all
      ? 'Alle jobcentrets borgere. Tildel dig de borgere, du har i din sagsstamme.'
      : 'Borgerne i din sagsstamme. Vælg en borger for at se og rette profilen, eller find virksomheder med passende delfunktioner.'),
    h('div', { class: 'actions' }, h('a', { class: 'button-link', href: '#/borgere/ny', id: 'opret-borger' }, 'Opret borger')),
    form,
    list);
  // show() moves focus to the heading; a refused search keeps it by the field instead.
  if (!list) form.querySelector('[aria-invalid]')?.focus();
}

function searchForm(text, sort, all) {
  const searchId = uid('soeg');
  const sortId = uid('sortering');
  const hintId = uid('hjaelp');
  const search = h('input', { id: searchId, type: 'search', name: 'soeg', 'data-field': 'q', value: text, 'aria-describedby': hintId });
  const order = h('select', { id: sortId, name: 'sortering', 'data-field': 'sort' },
    Object.entries(SORTS).map(([value, [, label]]) => h('option', { value, selected: value === sort }, label)));
  const form = h('form', { class: 'filter', role: 'search', novalidate: true, onsubmit: e => {
    e.preventDefault();
    clearErrors(form);
    location.hash = `#/borgere?${hashQuery({ visning: all ? 'alle' : '', soeg: search.value.trim(), sortering: order.value === 'nyeste' ? '' : order.value })}`;
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('div', { class: 'field grow' }, h('label', { for: searchId }, 'Søg på mærke eller jobmål'),
    h('p', { class: 'hint', id: hintId }, 'Fx et sagsnummer, initialer, en stilling eller en DISCO-kode.'), search),
  h('div', { class: 'field' }, h('label', { for: sortId }, 'Sortér efter'), order),
  h('button', { type: 'submit', class: 'secondary', id: 'soeg-borgere' }, 'Søg'));
  return form;
}

function citizenTable(data, all, text) {
  const info = data.page;
  if (info.totalItems === 0) {
    if (text) return h('p', { class: 'notice', id: 'ingen-borgere' }, `Ingen borgere passer til »${text}«.`);
    return all
      ? h('p', { class: 'notice', id: 'ingen-borgere' }, 'Jobcentret har ingen borgere endnu.')
      : h('p', { class: 'notice', id: 'ingen-borgere' }, 'Du har ingen borgere i din sagsstamme endnu. ',
        h('a', { href: '#/borgere?visning=alle' }, 'Se alle i jobcentret'), ', og tildel dig dem, du har.');
  }
  const me = session().consultant;
  const rows = data.items.map(c => {
    const caseload = h('td', { class: 'caseload' }, caseloadOf(c, me));
    const actions = h('td', {}, h('div', { class: 'row-actions-cell' },
      h('a', { href: `#/borgere/${c.citizenId}/match`, 'aria-label': `Find virksomheder til borger ${citizenRef(c)}` }, 'Find virksomheder'),
      c.consultant === me ? null : assignButton(c, caseload)));
    return h('tr', { dataset: { citizenId: c.citizenId } },
      h('th', { scope: 'row' },
        h('a', { href: `#/borgere/${c.citizenId}`, class: 'citizen-link', dataset: { citizenId: c.citizenId } },
          c.label || `Borger ${c.citizenId.slice(0, 8)}`),
        c.label ? h('span', { class: 'muted short-id' }, ` · ${c.citizenId.slice(0, 8)}`) : null),
      h('td', {}, goals(c)),
      h('td', { class: 'num' }, `${c.hoursCapacity.now} → ${c.hoursCapacity.target}`),
      h('td', {}, needs(c)),
      h('td', { class: 'num' }, `${c.home.maxCommuteKm} km`),
      h('td', { class: 'num' }, date(c.lastActivityAt || c.updatedAt)),
      caseload,
      actions);
  });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'citizens' },
    h('caption', {}, `${info.totalItems} ${info.totalItems === 1 ? 'borger' : 'borgere'}, side ${info.page + 1} af ${Math.max(1, info.totalPages)}`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Borger'), h('th', { scope: 'col' }, 'Jobmål'), h('th', { scope: 'col' }, 'Timer nu → mål'),
      h('th', { scope: 'col' }, 'Skånehensyn'), h('th', { scope: 'col' }, 'Transport'), h('th', { scope: 'col' }, 'Seneste aktivitet'),
      h('th', { scope: 'col' }, 'Sagsstamme'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Handling')))),
    h('tbody', {}, rows)));
}

function caseloadOf(c, me) {
  if (c.consultant === me) return 'Din';
  return c.consultant ? c.consultant : h('span', { class: 'muted' }, 'Ingen');
}

/** Sends the version listed as If-Match, so a colleague's assignment made since is not overwritten unseen. */
function assignButton(c, caseload) {
  const status = h('span', { class: 'assign-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary assign', 'aria-label': `Tildel mig borger ${citizenRef(c)}`, onclick: async () => {
    button.disabled = true;
    status.textContent = '';
    try {
      const { data } = await api(`/citizens/${c.citizenId}/assign-to-me`, { method: 'POST', etag: `"${c.version}"` });
      caseload.replaceChildren('Din');
      button.remove();
      status.textContent = 'Tildelt dig';
      announce(`Borger ${citizenRef(data)} er nu i din sagsstamme.`);
    } catch (error) {
      button.disabled = false;
      status.className = 'assign-status field-error';
      status.textContent = error.message;
    }
  } }, 'Tildel mig');
  return [button, status];
}

function goals(c) {
  if (!c.jobGoals?.length) return h('span', { class: 'muted' }, c.developmentGoals?.length ? 'Udviklingsmål' : 'Ingen jobmål');
  return [...c.jobGoals].sort((a, b) => a.rank.localeCompare(b.rank)).map(g => `${g.rank}: ${g.title}`).join(', ');
}

function needs(c) {
  if (!c.accommodationNeeds?.length) return h('span', { class: 'muted' }, 'Ingen');
  return c.accommodationNeeds.map(n => `${need(n.code)} (${STRICTNESS[n.strictness].toLowerCase()})`).join(', ');
}

function pager(info, link) {
  if (info.totalPages <= 1) return null;
  const page = info.page + 1;
  return h('nav', { class: 'pager', 'aria-label': 'Sider' },
    page > 1 ? h('a', { href: link({ side: page - 1 }) }, '← Forrige side') : null,
    h('span', {}, `Side ${page} af ${info.totalPages}`),
    page < info.totalPages ? h('a', { href: link({ side: page + 1 }) }, 'Næste side →') : null);
}

/** The page's own parameters in the hash, leaving out empty ones. */
function hashQuery(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  return search.toString();
}
