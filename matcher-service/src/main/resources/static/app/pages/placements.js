// The job centre's placements (virksomhedsforløb), newest first, with a status filter, "mine" (the
// signed-in consultant's) and what is overdue.

import { api, query } from '../api.js';
import { session } from '../auth.js';
import { date, h, show, uid } from '../dom.js';
import { PLACEMENT_STATUS } from '../labels.js';

export async function placementsPage(params) {
  const status = params.get('status') || '';
  const mine = params.get('mine') === '1';
  const consultant = mine ? session().consultant : '';
  const { data } = await api(`/placements${query({ status, consultant, size: 50 })}`);
  const selectId = uid('status');
  const mineId = uid('mine');
  const filter = h('form', { class: 'filter', onsubmit: e => {
    e.preventDefault();
    const chosen = new URLSearchParams();
    const value = e.target.querySelector('select').value;
    if (value) chosen.set('status', value);
    if (e.target.querySelector(`#${mineId}`).checked) chosen.set('mine', '1');
    location.hash = chosen.size ? `#/forloeb?${chosen}` : '#/forloeb';
  } },
  h('div', { class: 'field' }, h('label', { for: selectId }, 'Status'),
    h('select', { id: selectId }, h('option', { value: '' }, 'Alle'),
      Object.entries(PLACEMENT_STATUS).map(([value, label]) => h('option', { value, selected: value === status }, label)))),
  h('div', { class: 'check' }, h('input', { type: 'checkbox', id: mineId, checked: mine }), h('label', { for: mineId }, 'Kun mine')),
  h('button', { type: 'submit', class: 'secondary' }, 'Vis'));
  show(
    h('h1', {}, mine ? 'Mine forløb' : 'Forløb'),
    h('p', { class: 'lead' }, 'Jobcentrets virksomhedsforløb, nyeste først. Foreslå nye fra en borgers liste over virksomheder.'),
    filter,
    placementTable(data.items, `${data.page.totalItems} forløb`));
}

/** "14 + 5" (praktiktimer + ordinære timer) in force today, or a dash before the start. */
function hoursNow(p) {
  const c = p.currentHours;
  return c ? `${c.internshipHours} + ${c.ordinaryHours}` : '–';
}

/** A table of placements with a link to each; shared with the citizen's and the team page's lists. */
export function placementTable(items, caption) {
  if (!items.length) return h('p', { class: 'notice' }, 'Ingen forløb.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'placements' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['Virksomhed', 'Borger', 'Status', 'Konsulent', 'Start', 'Timer nu (praktik + ordinære)', 'Næste opfølgning']
      .map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map(p => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: `#/forloeb/${p.placementId}`, class: 'placement-link' }, p.companyName || 'Virksomhed')),
      h('td', {}, `Borger ${p.citizenId.slice(0, 8)}`),
      h('td', {}, PLACEMENT_STATUS[p.status]),
      h('td', {}, p.consultant),
      h('td', {}, date(p.startDate)),
      h('td', { class: 'hours-now' }, hoursNow(p)),
      h('td', { class: p.followUpOverdue ? 'overdue' : null },
        p.nextFollowUpDue ? `${date(p.nextFollowUpDue)}${p.followUpOverdue ? ' (overskredet)' : ''}` : '–'))))));
}
