// Pick a citizen (borger) of my job centre. Citizens are pseudonymous: shown by the start of their
// id, their job goals, hours and needs, never by name or CPR number.

import { api, query } from '../api.js';
import { session } from '../auth.js';
import { h, show } from '../dom.js';
import { jobCentreName, need, STRICTNESS } from '../labels.js';

const SIZE = 20;

export async function citizensPage(params) {
  const page = Math.max(0, Number(params.get('side') || '1') - 1);
  const { data } = await api(`/citizens${query({ page, size: SIZE })}`);
  const centre = jobCentreName(session().jobCentre);
  const rows = data.items.map(c => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/borgere/${c.citizenId}`, class: 'citizen-link', dataset: { citizenId: c.citizenId } },
      `Borger ${c.citizenId.slice(0, 8)}`)),
    h('td', {}, goals(c)),
    h('td', { class: 'num' }, `${c.hoursCapacity.now} → ${c.hoursCapacity.target}`),
    h('td', {}, needs(c)),
    h('td', { class: 'num' }, `${c.home.maxCommuteKm} km`),
    h('td', {}, h('a', { href: `#/borgere/${c.citizenId}/match`, 'aria-label': `Find virksomheder til borger ${c.citizenId.slice(0, 8)}` }, 'Find virksomheder'))));
  const info = data.page;
  show(
    h('h1', {}, `Borgere i Jobcenter ${centre}`),
    h('p', { class: 'lead' }, 'Vælg en borger for at se og rette profilen, som matchningen bruger, eller find virksomheder med passende delfunktioner.'),
    info.totalItems === 0
      ? h('p', { class: 'notice' }, 'Jobcentret har ingen borgere endnu.')
      : h('div', { class: 'table-wrap' }, h('table', { class: 'citizens' },
        h('caption', {}, `${info.totalItems} borgere, side ${info.page + 1} af ${Math.max(1, info.totalPages)}`),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Borger'), h('th', { scope: 'col' }, 'Jobmål'), h('th', { scope: 'col' }, 'Timer nu → mål'),
          h('th', { scope: 'col' }, 'Skånehensyn'), h('th', { scope: 'col' }, 'Transport'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Handling')))),
        h('tbody', {}, rows))),
    pager(info));
}

function goals(c) {
  if (!c.jobGoals?.length) return h('span', { class: 'muted' }, c.developmentGoals?.length ? 'Udviklingsmål' : 'Ingen jobmål');
  return [...c.jobGoals].sort((a, b) => a.rank.localeCompare(b.rank)).map(g => `${g.rank}: ${g.title}`).join(', ');
}

function needs(c) {
  if (!c.accommodationNeeds?.length) return h('span', { class: 'muted' }, 'Ingen');
  return c.accommodationNeeds.map(n => `${need(n.code)} (${STRICTNESS[n.strictness].toLowerCase()})`).join(', ');
}

function pager(info) {
  if (info.totalPages <= 1) return null;
  const page = info.page + 1;
  return h('nav', { class: 'pager', 'aria-label': 'Sider' },
    page > 1 ? h('a', { href: `#/borgere?side=${page - 1}` }, '← Forrige side') : null,
    h('span', {}, `Side ${page} af ${info.totalPages}`),
    page < info.totalPages ? h('a', { href: `#/borgere?side=${page + 1}` }, 'Næste side →') : null);
}
