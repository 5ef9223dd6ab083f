// The citizens of my job centre who fit one partial task (omvendt søgning, GET .../candidates),
// best first, with the reasons in the same words as a citizen's match list, and "Foreslå forløb"
// as on a match row (the same button, from matches.js). Citizens are shown by the start of their id.

import { api, query } from '../api.js';
import { scoreBar } from '../charts.js';
import { announce, h, num, show, uid } from '../dom.js';
import { need } from '../labels.js';
import { experienceMatch, goalMatch, needCheck, wishesMet, wordPart } from '../reasons.js';
import { companyHref, hoursText, scheduleText } from './companies.js';
import { proposeButton } from './matches.js';

const LIMIT = 20;

export async function candidatesPage(companyId, taskId) {
  const { data: company } = await api(`/companies/${companyId}`);
  const task = company.partialTasks.find(t => t.taskId === taskId);
  if (!task) {
    show(h('p', { class: 'crumbs' }, h('a', { href: '#/virksomheder' }, 'Virksomheder'), ' › ',
      h('a', { href: companyHref(companyId) }, company.name)),
    h('h1', {}, 'Delfunktionen findes ikke'),
    h('p', {}, 'Delfunktionen er fjernet fra virksomheden. ', h('a', { href: companyHref(companyId) }, `Tilbage til ${company.name}`)));
    return;
  }
  const { data } = await api(`/companies/${companyId}/tasks/${taskId}/candidates${query({ limit: LIMIT })}`);
  const max = Object.values(data.weights).reduce((sum, w) => sum + w, 0);
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/virksomheder' }, 'Virksomheder'), ' › ',
      h('a', { href: companyHref(companyId), class: 'company-link' }, company.name), ' › Borgere'),
    h('h1', {}, `Borgere til ${task.title}`),
    h('p', { class: 'lead' }, h('a', { href: companyHref(companyId), class: 'company-link' }, company.name), ` · ${hoursText(task.weeklyHoursMin, task.weeklyHoursMax)} · ${scheduleText(task.schedule)}`),
    data.companyAvailable ? null : h('p', { class: 'notice', id: 'ikke-ledig' },
      'Virksomheden tager ikke imod nye forløb lige nu (pause, ikke ledig endnu eller loftet for måneden er nået). Du kan stadig forberede et forslag.'),
    h('h2', { id: 'kandidater-titel' }, data.candidates.length === 1 ? '1 borger i dit jobcenter passer' : `${data.candidates.length} borgere i dit jobcenter passer`),
    data.candidates.length === 0
      ? h('p', { class: 'notice', id: 'ingen-kandidater' }, 'Ingen borgere i dit jobcenter passer til delfunktionen lige nu.')
      : h('ol', { class: 'matches', id: 'kandidater', 'aria-labelledby': 'kandidater-titel' },
        data.candidates.map(c => candidateRow(c, company, task, data.weights, max))));
  announce(`${data.candidates.length} borgere fundet.`);
}

function candidateRow(candidate, company, task, weights, max) {
  const r = candidate.reasons;
  const short = [];
  if (r.goals.length) short.push(`jobmål ${r.goals[0].rank}: ${goalMatch(r.goals[0])}`);
  if (r.experience) short.push(experienceMatch(r.experience, null));
  const wishes = wishesMet(r.wishesMet);
  if (wishes) short.push(wishes);
  short.push(`kan ${r.hours.citizenNow} timer nu, mål ${r.hours.citizenTarget}`);
  short.push(`${num(r.distanceKm)} km væk`);
  if (r.paidHoursPotential) short.push('mulighed for ordinære timer');
  const citizenShort = candidate.citizenId.slice(0, 8);
  // The row as a match row, so the match page's propose button takes it as it is.
  const match = {
    companyId: company.companyId,
    tasks: [{
      taskId: task.taskId, title: task.title, occupationCode: task.occupationCode,
      weeklyHoursMin: task.weeklyHoursMin, weeklyHoursMax: task.weeklyHoursMax,
      score: candidate.score, scoreBreakdown: candidate.scoreBreakdown, reasons: r,
    }],
  };
  const detailsId = uid('begrundelser');
  const details = h('ul', { id: detailsId, class: 'reasons', hidden: true }, allReasons(r).map(text =>
    h('li', { class: text.startsWith('Ikke opfyldt') ? 'conflict' : null }, text)));
  const toggle = h('button', { type: 'button', class: 'secondary toggle', 'aria-expanded': 'false', 'aria-controls': detailsId, onclick: () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    details.hidden = open;
    toggle.firstChild.textContent = open ? 'Vis begrundelser' : 'Skjul begrundelser';
  } }, 'Vis begrundelser', h('span', { class: 'visually-hidden' }, ` for borger ${citizenShort}`));
  return h('li', { class: 'match candidate', dataset: { citizenId: candidate.citizenId } },
    h('div', { class: 'match-head' },
      h('h3', {}, h('span', { class: 'rank' }, `${candidate.rank}.`), ' ',
        h('a', { href: `#/borgere/${candidate.citizenId}` }, `Borger ${citizenShort}`)),
      h('p', { class: 'score' }, h('span', { class: 'visually-hidden' }, 'Point: '), num(candidate.score),
        h('span', { class: 'score-max' }, ` af ${num(max)}`))),
    h('p', { class: 'short-reasons' }, short.join(' · ')),
    r.softConflicts.length ? h('p', { class: 'conflict' }, h('strong', {}, 'Bemærk: '),
      `ikke opfyldt: ${r.softConflicts.map(need).join(', ')}`) : null,
    scoreBar(candidate.scoreBreakdown, weights, candidate.score),
    h('div', { class: 'row-actions' }, toggle, proposeButton(match, { citizenId: candidate.citizenId }),
      h('a', { href: `#/borgere/${candidate.citizenId}/match` }, 'Virksomheder til borgeren',
        h('span', { class: 'visually-hidden' }, ` ${citizenShort}`))),
    details);
}

function allReasons(r) {
  const items = [];
  r.goals.forEach(g => items.push(`Jobmål ${g.rank} (${g.title}): ${goalMatch(g)}.`));
  if (!r.goals.length) items.push('Matcher ikke et jobmål direkte.');
  if (r.experience) items.push(`Erfaring: ${experienceMatch(r.experience, null)}.`);
  if (r.matchedSkills.length) items.push(`Kompetencer fra CV i opgaven: ${r.matchedSkills.join(', ')}.`);
  (r.matchedSkillParts || []).forEach(p => items.push(`Kompetence fra CV: ${wordPart(p)}.`));
  if (r.matchedDevelopmentGoals.length) items.push(`Udviklingsmål: ${r.matchedDevelopmentGoals.join(', ')}.`);
  items.push(`${r.hours.taskMin}–${r.hours.taskMax} timer om ugen; borgeren kan ${r.hours.citizenNow} nu, mål ${r.hours.citizenTarget}.`);
  items.push(`${num(r.distanceKm)} km fra hjemmet.`);
  r.needs.forEach(n => items.push(needCheck(n)));
  items.push(r.paidHoursPotential ? 'Opgaven kan blive til ordinære timer.' : 'Ingen udsigt til ordinære timer på denne opgave.');
  return items;
}
