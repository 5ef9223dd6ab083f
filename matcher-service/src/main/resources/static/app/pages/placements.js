// The job centre's placements (virksomhedsforløb), newest first, with a status filter and what is overdue.

import { api, query } from '../api.js';
import { date, h, show, uid } from '../dom.js';
import { PLACEMENT_STATUS } from '../labels.js';

export async function placementsPage(params) {
  const status = params.get('status') || '';
  const { data } = await api(`/placements${query({ status, size: 50 })}`);
  const selectId = uid('status');
  const filter = h('form', { class: 'filter', onsubmit: e => {
    e.preventDefault();
    const value = e.target.querySelector('select').value;
    location.hash = value ? `#/forloeb?status=${value}` : '#/forloeb';
  } },
  h('div', { class: 'field' }, h('label', { for: selectId }, 'Status'),
    h('select', { id: selectId }, h('option', { value: '' }, 'Alle'),
      Object.entries(PLACEMENT_STATUS).map(([value, label]) => h('option', { value, selected: value === status }, label)))),
  h('button', { type: 'submit', class: 'secondary' }, 'Vis'));
  show(
    h('h1', {}, 'Forløb'),
    h('p', { class: 'lead' }, 'Jobcentrets virksomhedsforløb, nyeste først. Foreslå nye fra en borgers liste over virksomheder.'),
    filter,
    placementTable(data.items, `${data.page.totalItems} forløb`));
}

/** A table of placements with a link to each; shared with the team page's overdue list. */
export function placementTable(items, caption) {
  if (!items.length) return h('p', { class: 'notice' }, 'Ingen forløb.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'placements' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['Virksomhed', 'Borger', 'Status', 'Konsulent', 'Start', 'Næste opfølgning'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map(p => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: `#/forloeb/${p.placementId}`, class: 'placement-link' }, p.companyName || 'Virksomhed')),
      h('td', {}, `Borger ${p.citizenId.slice(0, 8)}`),
      h('td', {}, PLACEMENT_STATUS[p.status]),
      h('td', {}, p.consultant),
      h('td', {}, date(p.startDate)),
      h('td', { class: p.followUpOverdue ? 'overdue' : null },
        p.nextFollowUpDue ? `${date(p.nextFollowUpDue)}${p.followUpOverdue ? ' (overskredet)' : ''}` : '–'))))));
}
