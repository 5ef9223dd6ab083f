// Matches for one citizen: ranked companies with their partial tasks (delfunktioner), the reasons
// for every row as short Danish phrases, the score breakdown as a bar, soft conflicts and unmet
// PREFER needs in plain words, the companies held back and why, weights for this search, and apart
// below the list the near misses (næsten-match): what keeps each out and what relaxing would open.

import { api, query } from '../api.js';
import { citizenInput } from '../citizen-input.js';
import { partsKey, scoreBar, scoreLegend } from '../charts.js';

/** The API's largest limit for one match list. */
const MAX_LIMIT = 100;
import { announce, h, num, show, uid } from '../dom.js';
import { clearErrors, showErrors } from '../forms.js';
import { need, OPEN_TO_ORDINARY_HOURS, WEIGHTS } from '../labels.js';
import { experienceMatch, goalMatch, keptOut, needCheck, opening, wishesMet, wordPart } from '../reasons.js';

export async function matchesPage(citizenId, params) {
  const { data: citizen } = await api(`/citizens/${citizenId}`);
  let weights = params.get('vaegte') || '';
  const results = h('section', { id: 'resultater', 'aria-labelledby': 'resultater-titel' });
  const nearMisses = h('section', { id: 'naesten-match', 'aria-labelledby': 'naesten-titel' });
  const weightInputs = {};
  const weightForm = h('form', { class: 'weights', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    weights = WEIGHTS.map(([key]) => `${key}:${weightInputs[key].value.trim()}`).join(',');
    await search();
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('p', { class: 'hint' }, 'Vægtene gælder kun denne søgning. Hver del giver højst sin vægt i point (0 til 50).'),
  h('div', { class: 'weight-grid' }, WEIGHTS.map(([key, label]) => {
    const id = uid('vaegt');
    weightInputs[key] = h('input', { id, type: 'number', min: 0, max: 50, step: 0.5, inputmode: 'decimal', name: `weights.${key}`, 'data-field': `weights.${key}` });
    return h('div', { class: 'field' }, h('label', { for: id }, label), weightInputs[key]);
  })),
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', id: 'soeg-igen' }, 'Søg med disse vægte'),
    h('button', { type: 'button', class: 'secondary', onclick: async () => { weights = ''; await search(); } }, 'Jobcentrets vægte')));

  let limit = 10;
  async function search() {
    clearErrors(weightForm);
    try {
      const { data } = await api(`/citizens/${citizenId}/matches${query({ limit, weights })}`);
      WEIGHTS.forEach(([key]) => { weightInputs[key].value = String(data.weights[key]); });
      const hash = `#/borgere/${citizenId}/match${weights ? `?vaegte=${encodeURIComponent(weights)}` : ''}`;
      history.replaceState(null, '', hash);
      // replaceChildren would write a left-out part (null) as the text "null".
      results.replaceChildren(...renderResults(data, citizen, search).filter(Boolean),
        // As many as asked for came back: there may be more.
        data.matches.length === limit && limit < MAX_LIMIT
          ? h('p', {}, h('button', { type: 'button', class: 'secondary', id: 'vis-flere', onclick: async () => {
            limit = Math.min(MAX_LIMIT, limit + 10);
            await search();
            document.querySelector(`#matchliste > li:nth-child(${limit - 9}) h3`)?.setAttribute('tabindex', '-1');
            document.querySelector(`#matchliste > li:nth-child(${limit - 9}) h3`)?.focus();
          } }, 'Vis 10 flere virksomheder')) : null);
      nearMisses.replaceChildren(...renderNearMisses(data, citizen).filter(Boolean));
      announce(`${data.matches.length} virksomheder fundet.`);
    } catch (error) {
      if (error.field?.startsWith('weights')) showErrors(weightForm, error);
      else {
        results.replaceChildren(h('p', { class: 'alert', role: 'alert' }, error.message));
        nearMisses.replaceChildren();
      }
    }
  }

  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/borgere' }, 'Borgere'), ' › ',
      h('a', { href: `#/borgere/${citizenId}` }, `Borger ${citizenId.slice(0, 8)}`), ' › Virksomheder'),
    h('h1', {}, `Virksomheder til borger ${citizenId.slice(0, 8)}`),
    citizenSummary(citizen, citizenId),
    h('details', { class: 'panel', open: weights ? true : null }, h('summary', {}, 'Vægte for denne søgning'), weightForm),
    results,
    nearMisses);
  await search();
}

function citizenSummary(c, citizenId) {
  const goals = [...(c.jobGoals || [])].sort((a, b) => a.rank.localeCompare(b.rank)).map(g => `${g.rank}: ${g.title}`).join(', ') || 'ingen jobmål';
  return h('p', { class: 'lead' },
    `Jobmål ${goals}. ${c.hoursCapacity.now} timer om ugen nu, mål ${c.hoursCapacity.target}. Op til ${c.home.maxCommuteKm} km transport. `,
    h('a', { href: `#/borgere/${citizenId}` }, 'Ret profilen'));
}

function renderResults(data, citizen, research) {
  const held = data.heldBack;
  const heldTotal = held.paused + held.monthlyLimitReached;
  const heldText = heldTotal === 0
    ? 'Ingen virksomheder er holdt tilbage af hensyn til deres kapacitet.'
    : `${heldTotal} ${heldTotal === 1 ? 'virksomhed passer' : 'virksomheder passer'} ellers, men er holdt tilbage: `
      + [held.paused ? `${held.paused} holder pause eller er ikke ledige endnu` : null,
        held.monthlyLimitReached ? `${held.monthlyLimitReached} har nået deres loft for nye forløb denne måned` : null]
        .filter(Boolean).join(', ') + '.';
  return [
    h('h2', { id: 'resultater-titel' }, `${data.matches.length} virksomheder inden for ${data.radiusKm} km`),
    h('p', { class: 'held-back', id: 'holdt-tilbage' }, heldText),
    data.matches.length ? partsKey() : null,
    data.matches.length === 0
      ? h('p', { class: 'notice' }, 'Ingen virksomheder passer lige nu. Prøv at øge transportafstanden eller se på skånehensyn markeret "Skal".')
      : h('ol', { class: 'matches', id: 'matchliste' }, data.matches.map(m => companyRow(m, data.weights, citizen, research))),
  ];
}

/** The most points a task can have: every part at its full weight. */
function maxPoints(weights) {
  return Object.values(weights).reduce((sum, w) => sum + w, 0);
}

function companyRow(match, weights, citizen, research) {
  const best = match.tasks[0];
  const { toggle, details } = reasonsToggle(match.tasks.map(t => taskDetails(t, weights, citizen)),
    h('p', {}, paidHoursRecord(match)));
  return h('li', { class: 'match', dataset: { companyId: match.companyId } },
    rowHead(h('span', { class: 'rank' }, `${match.rank}.`), h('a', { href: `#/virksomheder/${match.companyId}`, class: 'company-link' }, match.name), match.score, maxPoints(weights)),
    h('p', { class: 'facts' }, `${num(match.distanceKm)} km · ${OPEN_TO_ORDINARY_HOURS[match.openToOrdinaryHours]}`),
    scoreBar(best.scoreBreakdown, weights, best.score),
    taskList(match.tasks, citizen),
    match.combination ? combination(match) : null,
    h('div', { class: 'row-actions' }, toggle, proposeButton(match, citizen), excludeToggle(match, citizen, research),
      h('a', { class: 'contact-log-link', href: `#/virksomheder/${match.companyId}/kontaktlog?borger=${citizen.citizenId}` },
        'Kontaktlog', h('span', { class: 'visually-hidden' }, ` for ${match.name}`))),
    details);
}

/**
 * The PREFER needs a task breaks, said on the task's own line: never silent, and never charged to a
 * company whose other task meets them.
 */
function conflictNote(task) {
  const conflicts = task.reasons.softConflicts;
  return conflicts.length ? h('span', { class: 'conflict' }, ' · ', h('strong', {}, 'Bemærk: '),
    `ikke opfyldt: ${conflicts.map(need).join(', ')}`) : null;
}

/** A row's heading and points, the same for a match and a near miss. */
function rowHead(rank, name, score, max) {
  return h('div', { class: 'match-head' },
    h('h3', {}, rank, rank ? ' ' : null, name),
    h('p', { class: 'score' }, h('span', { class: 'visually-hidden' }, 'Point: '), num(score),
      h('span', { class: 'score-max' }, ` af ${num(max)}`)));
}

function taskList(tasks, citizen) {
  return h('ul', { class: 'tasks' }, tasks.map(t => {
    const short = shortReasons(t, citizen);
    return h('li', {},
      h('strong', {}, t.title), ` · ${hours(t.weeklyHoursMin, t.weeklyHoursMax)} om ugen`,
      short.length ? h('span', { class: 'short-reasons' }, ' · ', short.join(' · ')) : null,
      conflictNote(t));
  }));
}

/** "Vis begrundelser": the row's full reasons, hidden until asked for (aria-expanded tells a screen reader). */
function reasonsToggle(...content) {
  const detailsId = uid('begrundelser');
  const details = h('div', { id: detailsId, class: 'reasons', hidden: true }, content);
  const toggle = h('button', { type: 'button', class: 'secondary toggle', 'aria-expanded': 'false', 'aria-controls': detailsId, onclick: () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    details.hidden = open;
    toggle.textContent = open ? 'Vis begrundelser' : 'Skjul begrundelser';
  } }, 'Vis begrundelser');
  return { toggle, details };
}

/**
 * Near misses (næsten-match), apart from the list they are not in: each company with its task, the
 * one rule that keeps it out, and what relaxing a rule would open. Reasons as in the list above.
 */
function renderNearMisses(data, citizen) {
  const { companies, openings } = data.nearMisses;
  const openingsId = uid('aabninger');
  return [
    h('h2', { id: 'naesten-titel' }, 'Næsten-match'),
    h('p', { class: 'hint' }, 'Virksomheder med en opgave inden for borgerens jobmål eller erfaring, som én regel holder ude af listen ovenfor.'),
    openings.length ? h('div', { class: 'openings' },
      h('p', { id: openingsId }, h('strong', {}, 'Hvis én regel lempes, kommer flere virksomheder med:')),
      h('ul', { id: 'aabninger', 'aria-labelledby': openingsId }, openings.map(o => h('li', {}, `${opening(o)}.`)))) : null,
    // The list above carries the colour key of the bars; without it the near misses need their own.
    companies.length && !data.matches.length ? partsKey() : null,
    companies.length === 0
      ? h('p', { class: 'notice', id: 'ingen-naesten-match' }, 'Ingen næsten-match.')
      : h('ol', { class: 'matches near-misses', id: 'naesten-liste' }, companies.map(m => nearMissRow(m, data.weights, citizen))),
  ];
}

function nearMissRow(miss, weights, citizen) {
  const { toggle, details } = reasonsToggle(taskDetails(miss.task, weights, citizen));
  return h('li', { class: 'match near-miss', dataset: { companyId: miss.companyId } },
    rowHead(null, miss.name, miss.task.score, maxPoints(weights)),
    h('p', { class: 'facts' }, `${num(miss.distanceKm)} km`),
    h('p', { class: 'kept-out' }, h('strong', {}, 'Holdes ude: '), `${keptOut(miss)}.`),
    scoreBar(miss.task.scoreBreakdown, weights, miss.task.score),
    taskList([miss.task], citizen),
    h('div', { class: 'row-actions' }, toggle),
    details);
}

/** Proposes a placement (status PROPOSED) with the row's best task, or its combination, and opens it. */
export function proposeButton(match, citizen) {
  const taskIds = match.combination ? match.combination.taskIds : [match.tasks[0].taskId];
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'button', class: 'primary propose', onclick: async () => {
    error.hidden = true;
    button.disabled = true;
    try {
      const { data } = await api('/placements', { method: 'POST', body: {
        citizenId: citizen.citizenId,
        companyId: match.companyId,
        taskIds,
        matchedTasks: match.tasks.filter(t => taskIds.includes(t.taskId)),
      } });
      location.hash = `#/forloeb/${data.placementId}`;
    } catch (e) {
      error.hidden = false;
      error.textContent = e.message;
      button.disabled = false;
    }
  } }, match.combination ? 'Foreslå forløb med det samlede forslag' : 'Foreslå forløb');
  return [button, error];
}

function hours(min, max) {
  return min === max ? `${min} timer` : `${min}–${max} timer`;
}

/** "Fravælg": the citizen's profile excludes the company from now on (PUT with If-Match), then the list is fetched again. */
function excludeToggle(match, citizen, research) {
  const reasonId = uid('fravalg');
  const reason = h('input', { id: reasonId, type: 'text', 'data-field': 'excludedCompanies', maxlength: 500 });
  const form = h('form', { class: 'exclude', novalidate: true, hidden: true, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    try {
      const { data: fresh, etag } = await api(`/citizens/${citizen.citizenId}`);
      const body = citizenInput(fresh);
      body.excludedCompanies = [...(fresh.excludedCompanies || []),
        { companyId: match.companyId, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) }];
      await api(`/citizens/${citizen.citizenId}`, { method: 'PUT', body, etag });
      announce(`${match.name} er fravalgt for borgeren.`);
      await research();
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('div', { class: 'field' }, h('label', { for: reasonId }, 'Hvorfor skal virksomheden ikke foreslås for borgeren?'), reason),
  h('button', { type: 'submit', class: 'secondary exclude-confirm' }, 'Fravælg virksomheden'));
  const button = h('button', { type: 'button', class: 'secondary exclude-open', 'aria-expanded': 'false', onclick: () => {
    form.hidden = !form.hidden;
    button.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) reason.focus();
  } }, 'Fravælg');
  return [button, form];
}

function combination(match) {
  const titles = match.combination.taskIds.map(id => match.tasks.find(t => t.taskId === id)?.title || 'delfunktion');
  return h('div', { class: 'combination' },
    h('p', {}, h('strong', {}, 'Samlet forslag: '), titles.join(' + '),
      ` – ${match.combination.weeklyHoursMin}–${match.combination.weeklyHoursMax} timer om ugen tilsammen.`),
    h('p', { class: 'hint' }, match.combination.reason));
}

/** The few reasons shown on the row itself: the best goal, the CV's evidence, wishes met, paid hours. */
function shortReasons(task, citizen) {
  const r = task.reasons;
  const out = [];
  if (r.goals.length) out.push(`jobmål ${r.goals[0].rank}: ${goalMatch(r.goals[0])}`);
  if (r.experience) out.push(experienceMatch(r.experience, citizen.cv));
  const wishes = wishesMet(r.wishesMet);
  if (wishes) out.push(wishes);
  if (r.paidHoursPotential) out.push('mulighed for ordinære timer');
  return out;
}

const sentence = text => `${text[0].toUpperCase()}${text.slice(1)}.`;

function taskDetails(task, weights, citizen) {
  const r = task.reasons;
  const items = [];
  r.goals.forEach(g => items.push(`Jobmål ${g.rank} (${g.title}): ${goalMatch(g)}.`));
  if (!r.goals.length) items.push('Matcher ikke et jobmål direkte.');
  if (r.experience) items.push(sentence(experienceMatch(r.experience, citizen.cv)));
  if (r.matchedSkills.length) items.push(`Kompetencer fra CV i opgaven: ${r.matchedSkills.join(', ')}.`);
  (r.matchedSkillParts || []).forEach(p => items.push(`Kompetence fra CV: ${wordPart(p)}.`));
  const wishes = wishesMet(r.wishesMet);
  if (wishes) items.push(sentence(wishes));
  if (r.matchedDevelopmentGoals.length) items.push(`Udviklingsmål: ${r.matchedDevelopmentGoals.join(', ')}.`);
  items.push(`${r.hours.taskMin}–${r.hours.taskMax} timer om ugen; borgeren kan ${r.hours.citizenNow} nu, mål ${r.hours.citizenTarget}.`);
  items.push(`${num(r.distanceKm)} km fra hjemmet.`);
  r.needs.forEach(n => items.push(needCheck(n)));
  items.push(r.paidHoursPotential ? 'Opgaven kan blive til ordinære timer.' : 'Ingen udsigt til ordinære timer på denne opgave.');
  return h('section', { class: 'task-reasons' },
    h('h4', {}, task.title),
    h('ul', {}, items.map(text => h('li', { class: text.startsWith('Ikke opfyldt') ? 'conflict' : null }, text))),
    h('p', { class: 'hint' }, `Point ${num(task.score)}:`),
    scoreBar(task.scoreBreakdown, weights, task.score),
    scoreLegend(task.scoreBreakdown));
}

function paidHoursRecord(match) {
  const r = match.paidHoursRecord;
  return r.placementsEnded === 0
    ? 'Virksomheden har ingen afsluttede forløb endnu.'
    : `${r.withOrdinaryHours} af ${r.placementsEnded} afsluttede forløb hos virksomheden gav ordinære timer.`;
}
