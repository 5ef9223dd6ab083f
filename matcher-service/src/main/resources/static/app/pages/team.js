// Team figures (produktionsstyring), live from the data: the job centre, a team or one consultant;
// ordinary hours week by week as a chart with its table; overdue follow-ups to act on.

import { api, query } from '../api.js';
import { weeklyBars } from '../charts.js';
import { date, h, num, show, uid, weekLabel } from '../dom.js';
import { placementTable } from './placements.js';

const FIGURES = [
  ['citizens', 'Borgere'],
  ['withCv', 'Med CV'],
  ['withJobGoal', 'Med jobmål'],
  ['inActivePlacement', 'I virksomhedsforløb'],
  ['withOrdinaryHours', 'Med ordinære timer'],
  ['averageOrdinaryHours', 'Gns. ordinære timer om ugen'],
  ['placementsPast13Weeks', 'Forløb over 13 uger'],
  ['followUpsOverdue', 'Overskredne opfølgninger'],
];

export async function teamPage(params) {
  const group = params.get('gruppe') || '';
  const [kind, name] = group.includes(':') ? group.split(/:(.*)/s) : ['', ''];
  const [{ data: teams }, { data: figures }, { data: overdue }] = await Promise.all([
    api('/teams'),
    api(`/figures${query({ team: kind === 'team' ? name : '', consultant: kind === 'konsulent' ? name : '', weeks: 12 })}`),
    api(`/placements${query({ overdue: true, status: 'ACTIVE', size: 50 })}`),
  ]);
  const selectId = uid('gruppe');
  const options = [h('option', { value: '' }, 'Hele jobcentret')];
  teams.teams.forEach(t => options.push(h('option', { value: `team:${t.name}`, selected: group === `team:${t.name}` }, `Team ${t.name}`)));
  const consultants = [...new Set([...teams.teams.flatMap(t => t.consultants), ...figures.consultants.map(c => c.consultant)])].sort();
  consultants.forEach(c => options.push(h('option', { value: `konsulent:${c}`, selected: group === `konsulent:${c}` }, `Konsulent ${c}`)));
  const chooser = h('form', { class: 'filter', onsubmit: e => {
    e.preventDefault();
    const value = e.target.querySelector('select').value;
    location.hash = value ? `#/team?gruppe=${encodeURIComponent(value)}` : '#/team';
  } },
  h('div', { class: 'field' }, h('label', { for: selectId }, 'Tal for'), h('select', { id: selectId }, options)),
  h('button', { type: 'submit', class: 'secondary' }, 'Vis'));

  const totals = figures.totals;
  const title = figures.level === 'JOB_CENTRE' ? 'hele jobcentret' : figures.level === 'TEAM' ? `team ${figures.name}` : `konsulent ${figures.name}`;
  const weeks = figures.weekly.map(w => ({ label: weekLabel(w.week), values: { ordinaryHoursTotal: w.ordinaryHoursTotal } }));
  show(
    h('h1', {}, 'Team og produktionsstyring'),
    h('p', { class: 'lead' }, `Tal for ${title} pr. ${date(figures.date)}, regnet på data, som de er nu.`),
    chooser,
    h('dl', { class: 'figures', id: 'teamtal' }, FIGURES.map(([key, label]) => h('div', { dataset: { figure: key } },
      h('dt', {}, label), h('dd', { class: key === 'followUpsOverdue' && totals[key] > 0 ? 'overdue' : null }, num(totals[key]))))),
    h('h2', {}, 'Ordinære timer uge for uge'),
    weeklyBars('Ordinære timer om ugen i alt', [{ key: 'ordinaryHoursTotal', label: 'Ordinære timer i alt', colour: '#2d7a3a' }], weeks),
    h('div', { class: 'table-wrap' }, h('table', { id: 'ugetal' },
      h('caption', {}, 'Ordinære timer pr. uge'),
      h('thead', {}, h('tr', {}, ['Uge', 'I forløb', 'Med ordinære timer', 'Ordinære timer i alt', 'Gns. pr. borger'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, figures.weekly.map(w => h('tr', {},
        h('th', { scope: 'row' }, weekLabel(w.week)), h('td', { class: 'num' }, w.inActivePlacement), h('td', { class: 'num' }, w.withOrdinaryHours),
        h('td', { class: 'num' }, w.ordinaryHoursTotal), h('td', { class: 'num' }, num(w.averageOrdinaryHours))))))),
    figures.consultants.length ? [
      h('h2', {}, 'Sagsstamme pr. konsulent'),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', {}, 'Målet er 30 til 45 borgere pr. konsulent'),
        h('thead', {}, h('tr', {}, ['Konsulent', 'Borgere', 'I forløb', 'Med ordinære timer', 'Gns. ordinære timer', 'Overskredne opfølgninger'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, figures.consultants.map(c => h('tr', {},
          h('th', { scope: 'row' }, c.consultant), h('td', { class: 'num' }, c.citizens), h('td', { class: 'num' }, c.inActivePlacement),
          h('td', { class: 'num' }, c.withOrdinaryHours), h('td', { class: 'num' }, num(c.averageOrdinaryHours)),
          h('td', { class: c.followUpsOverdue ? 'num overdue' : 'num' }, c.followUpsOverdue))))))] : null,
    h('h2', { id: 'overskredne' }, 'Overskredne opfølgninger'),
    placementTable(overdue.items, `${overdue.page.totalItems} forløb mangler opfølgning`));
}
