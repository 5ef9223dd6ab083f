// "Mangler pladser": the citizens of the job centre with no acceptable place (or too few), grouped by
// goal occupation and by what blocks them, each group opening to its citizens and the companies one
// change would open; and the outreach list (opsøgning): companies not contacted for months, ranked by
// how many citizens they could serve. This is where outreach starts.

import { api, query } from '../api.js';
import { dateTime, h, show, uid } from '../dom.js';
import { CONTACT_KIND, citizenRef, municipalityName, occupationTitle } from '../labels.js';

/** What keeps a group's citizens out, as the page names it (the same words as the Excel export). */
const BLOCKER = {
  MUST_NEED: 'Skånehensyn (SKAL), som ingen opgave i nærheden opfylder',
  HOURS: 'Færre timer, end opgaverne kræver',
  COMMUTE_RADIUS: 'Opgaverne ligger lige uden for transportafstanden',
  AVAILABILITY: 'Virksomhederne er holdt tilbage (pause, kontaktgrænse, fuld måned)',
  NO_FREE_SEAT: 'Ingen ledig plads i opgaverne',
  EXCLUDED: 'Udelukket fra virksomhederne',
  SEVERAL_RULES: 'Flere forhold på én gang',
  NO_COMPANY_NEARBY: 'Ingen virksomhed med stillingen i nærheden',
  NO_COMPANY: 'Ingen virksomhed med stillingen',
};

export async function supplyPage(params) {
  const fewerThan = Number(params.get('faerre-end')) || 1;
  const months = Number(params.get('maaneder')) || 6;
  const [{ data: gap }, { data: outreach }] = await Promise.all([
    api(`/supply-gap${query({ fewerThan })}`),
    api(`/outreach${query({ notContactedForMonths: months, limit: 50 })}`),
  ]);
  const fewerId = uid('faerre');
  const monthsId = uid('maaneder');
  const chooser = h('form', { class: 'filter', onsubmit: e => {
    e.preventDefault();
    location.hash = `#/mangler-pladser${query({ 'faerre-end': e.target.elements.fewer.value, maaneder: e.target.elements.months.value })}`;
  } },
  h('div', { class: 'field' }, h('label', { for: fewerId }, 'Borgere med færre acceptable virksomheder end'),
    h('input', { id: fewerId, name: 'fewer', type: 'number', min: 1, max: 50, value: fewerThan })),
  h('div', { class: 'field' }, h('label', { for: monthsId }, 'Virksomheder ikke kontaktet i (måneder)'),
    h('input', { id: monthsId, name: 'months', type: 'number', min: 1, max: 60, value: months })),
  h('button', { type: 'submit', class: 'secondary' }, 'Vis'));

  show(
    h('h1', {}, 'Mangler pladser'),
    h('p', { class: 'lead' }, `${gap.inGap} af ${gap.citizens} borgere har ${fewerThan === 1 ? 'ingen acceptabel virksomhed' : `færre end ${fewerThan} acceptable virksomheder`} i deres jobmål`,
      gap.withoutJobGoal ? ` (${gap.withoutJobGoal} borgere uden jobmål er ikke talt med).` : '.'),
    chooser,
    h('section', { 'aria-labelledby': 'grupper-titel' },
      h('h2', { id: 'grupper-titel' }, 'Grupper efter jobmål og hvad der blokerer'),
      gap.groups.length ? h('div', { id: 'grupper' }, gap.groups.map(groupItem))
        : h('p', { class: 'muted' }, 'Alle borgere med jobmål har en acceptabel virksomhed.')),
    h('section', { 'aria-labelledby': 'opsoegning-titel' },
      h('h2', { id: 'opsoegning-titel' }, 'Opsøgning: virksomheder at kontakte'),
      h('p', { class: 'hint' }, `Virksomheder i kommunen med opgaver i stillinger, jeres borgere har som jobmål, og uden kontakt siden ${outreach.notContactedSince}. Flest borgere først.`),
      outreachTable(outreach)));
}

function groupItem(group) {
  const title = group.occupationCode ? occupationTitle(group.occupationCode) || group.occupationCode : null;
  const goal = title && title.toLowerCase() !== group.goal.toLowerCase() ? `${group.goal} (${title})` : group.goal;
  return h('details', { class: 'gap-group', dataset: { blocker: group.blocker, occupation: group.occupationCode || '' } },
    h('summary', {}, h('strong', {}, goal), ` · ${BLOCKER[group.blocker]} · ${group.citizenCount} ${group.citizenCount === 1 ? 'borger' : 'borgere'}`),
    h('h3', {}, 'Borgere'),
    h('ul', { class: 'gap-citizens' }, group.citizens.map(c => h('li', {},
      h('a', { href: `#/borgere/${c.citizenId}/match` }, `Borger ${citizenRef(c)}`),
      c.acceptableCompanies ? ` · ${c.acceptableCompanies} acceptable virksomheder` : ''))),
    group.companies.length ? [
      h('h3', {}, 'Virksomheder, én ændring ville åbne'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'blocked-companies' },
        h('thead', {}, h('tr', {}, ['Virksomhed', 'Kommune', 'Afstand', 'Hvad ville åbne den', 'Borgere'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, group.companies.map(c => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `#/virksomheder/${c.companyId}`, class: 'company-link' }, c.name)),
          h('td', {}, municipalityName(c.municipalityCode) || c.municipalityCode || ''),
          h('td', { class: 'num' }, c.distanceKm == null ? '' : `${String(c.distanceKm).replace('.', ',')} km`),
          h('td', { class: 'opens-with' }, c.opensWith),
          h('td', { class: 'num' }, c.citizens))))))]
      : h('p', { class: 'muted' }, 'Ingen virksomhed i nærheden kan åbnes med én ændring.'));
}

function outreachTable(outreach) {
  if (!outreach.companies.length) return h('p', { class: 'muted' }, 'Ingen virksomheder at opsøge lige nu.');
  return h('div', { class: 'table-wrap' }, h('table', { id: 'opsoegning' },
    h('caption', {}, `${outreach.total} virksomheder`),
    h('thead', {}, h('tr', {}, ['Virksomhed', 'Borgere den kunne tage', 'Stillinger', 'Seneste kontakt'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, outreach.companies.map(c => h('tr', { dataset: { companyId: c.companyId } },
      h('th', { scope: 'row' }, h('a', { href: `#/virksomheder/${c.companyId}`, class: 'company-link' }, c.name)),
      h('td', { class: 'num' }, c.citizens),
      h('td', {}, c.occupations.map(o => `${occupationTitle(o.occupationCode) || o.occupationCode} (${o.citizens})`).join(', ')),
      h('td', {}, c.lastContact ? `${CONTACT_KIND[c.lastContact.kind]} ${dateTime(c.lastContact.at)}` : 'Aldrig'))))));
}
