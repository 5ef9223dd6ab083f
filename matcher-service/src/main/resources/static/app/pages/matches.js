// Matches for one citizen: ranked companies with their partial tasks (delfunktioner) and when each
// is done, one plain line per row on what sets it apart from the other rows, the reasons for every
// row as short Danish phrases, the score breakdown as a bar with its table, soft conflicts and unmet
// PREFER needs in plain words, the companies held back and why, weights for this search, and apart
// below the list the near misses (næsten-match): what keeps each out and what relaxing would open.

import { api, query } from '../api.js';
import { citizenInput } from '../citizen-input.js';
import { partsKey, scoreBar, scoreLegend } from '../charts.js';

/** The API's largest limit for one match list. */
const MAX_LIMIT = 100;
import { announce, date, h, num, show, uid } from '../dom.js';
import { clearErrors, showErrors } from '../forms.js';
import { citizenRef, need, OPEN_TO_ORDINARY_HOURS, WEIGHTS } from '../labels.js';
import {
  danishList, developmentGoalsMet, distanceFromHome, experienceMatch, goalMatch, hoursFit, keptOut, needCheck, opening,
  ORDINARY_HOURS_POSSIBLE, paidHoursRecord, partPhrase, schedule, skillsMatched, wishesMet, wordPart,
} from '../reasons.js';

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
      results.replaceChildren(...[...renderResults(data, citizen, search),
        // As many as asked for came back: there may be more.
        data.matches.length === limit && limit < MAX_LIMIT
          ? h('p', {}, h('button', { type: 'button', class: 'secondary', id: 'vis-flere', onclick: async () => {
            limit = Math.min(MAX_LIMIT, limit + 10);
            await search();
            document.querySelector(`#matchliste > li:nth-child(${limit - 9}) h3`)?.setAttribute('tabindex', '-1');
            document.querySelector(`#matchliste > li:nth-child(${limit - 9}) h3`)?.focus();
          } }, 'Vis 10 flere virksomheder')) : null].filter(Boolean));
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
      h('a', { href: `#/borgere/${citizenId}` }, `Borger ${citizenRef(citizen)}`), ' › Virksomheder'),
    h('h1', {}, `Virksomheder til borger ${citizenRef(citizen)}`),
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
  const heldTotal = held.paused + held.monthlyLimitReached + held.contactLimitReached;
  const heldText = heldTotal === 0
    ? 'Ingen virksomheder er holdt tilbage af hensyn til deres kapacitet.'
    : `${heldTotal} ${heldTotal === 1 ? 'virksomhed passer' : 'virksomheder passer'} ellers, men er holdt tilbage: `
      + [held.paused ? `${held.paused} holder pause eller er ikke ledige endnu` : null,
        held.contactLimitReached ? `${held.contactLimitReached} er kontaktet så ofte, som de ønsker, i deres periode` : null,
        held.monthlyLimitReached ? `${held.monthlyLimitReached} har nået deres loft for nye forløb denne måned` : null]
        .filter(Boolean).join(', ') + '.';
  return [
    h('h2', { id: 'resultater-titel' }, `${data.matches.length} virksomheder inden for ${data.radiusKm} km`),
    h('p', { class: 'held-back', id: 'holdt-tilbage' }, heldText),
    data.matches.length ? partsKey() : null,
    data.matches.length === 0
      ? h('p', { class: 'notice' }, 'Ingen virksomheder passer lige nu. Prøv at øge transportafstanden eller se på skånehensyn markeret "Skal".')
      : h('ol', { class: 'matches', id: 'matchliste' }, data.matches.map(m => companyRow(m, data.weights, citizen, research,
        standout(m, data.matches, citizen)))),
  ];
}

/** The most points a task can have: every part at its full weight. */
function maxPoints(weights) {
  return Object.values(weights).reduce((sum, w) => sum + w, 0);
}

/** Points below this difference from the other rows do not set a row apart. */
const NOTABLE = 0.1;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One plain line on what sets a row apart: the two or three score parts of its best task that
 * lead the other rows' (against their median) by the most points, each said in the words of its
 * reasons (partPhrase). A row that leads in none, or stands alone, gets its strongest parts instead.
 */
function standout(match, all, citizen) {
  const best = match.tasks[0];
  const others = all.filter(m => m !== match).map(m => m.tasks[0].scoreBreakdown);
  const phrases = parts => parts.map(([key]) => partPhrase(key, best, match, citizen.cv)).filter(Boolean).slice(0, 3);
  const leads = others.length ? WEIGHTS
    .map(([key]) => [key, (best.scoreBreakdown[key] || 0) - median(others.map(b => b[key] || 0))])
    .filter(([, lead]) => lead > NOTABLE)
    .sort((a, b) => b[1] - a[1]) : [];
  const apart = phrases(leads);
  if (apart.length) return { lead: 'Skiller sig ud ved', text: danishList(apart) };
  const strongest = WEIGHTS.map(([key]) => [key, best.scoreBreakdown[key] || 0]).filter(([, v]) => v > NOTABLE)
    .sort((a, b) => b[1] - a[1]);
  const own = phrases(strongest);
  return own.length ? { lead: 'Stærkest', text: danishList(own) } : null;
}

function companyRow(match, weights, citizen, research, apart) {
  const best = match.tasks[0];
  const names = taskNames(match.tasks);
  const { toggle, details } = reasonsToggle(match.tasks.map(t => taskDetails(t, weights, citizen, names.get(t.taskId).full)),
    h('p', {}, sentence(paidHoursRecord(match.paidHoursRecord))));
  return h('li', { class: 'match', dataset: { companyId: match.companyId } },
    rowHead(h('span', { class: 'rank' }, `${match.rank}.`), h('a', { href: `#/virksomheder/${match.companyId}`, class: 'company-link' }, match.name), match.score, maxPoints(weights)),
    apart ? h('p', { class: 'standout' }, h('strong', {}, `${apart.lead}: `), `${apart.text}.`) : null,
    h('p', { class: 'facts' }, `${num(match.distanceKm)} km · ${OPEN_TO_ORDINARY_HOURS[match.openToOrdinaryHours]}`),
    scoreBar(best.scoreBreakdown, weights, best.score),
    taskList(match.tasks, citizen, names),
    match.combination ? combination(match, names) : null,
    sharedOpenings(match),
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

/**
 * The name each task of a row goes by where it stands alone (in a combination, in the reasons): its
 * title, and where another task of the row has the same title, what tells the two apart: when they
 * are done, else their hours, else their place in the row. `onLine` is the name on the task's
 * own line, which shows its hours and times anyway: the title, numbered only when those are the same.
 */
function taskNames(tasks) {
  const names = new Map();
  tasks.forEach(t => {
    const same = tasks.filter(o => o.title.trim().toLowerCase() === t.title.trim().toLowerCase());
    if (same.length < 2) {
      names.set(t.taskId, { full: t.title, onLine: t.title });
      return;
    }
    const when = schedule(t.schedule);
    const hoursOf = o => hours(o.weeklyHoursMin, o.weeklyHoursMax);
    const numbered = `${t.title} (nr. ${same.indexOf(t) + 1} af ${same.length})`;
    const full = same.filter(o => schedule(o.schedule) === when).length === 1 ? `${t.title} (${when})`
      : same.filter(o => hoursOf(o) === hoursOf(t)).length === 1 ? `${t.title} (${hoursOf(t)} om ugen)` : numbered;
    names.set(t.taskId, { full, onLine: full === numbered ? numbered : t.title });
  });
  return names;
}

function taskList(tasks, citizen, names = taskNames(tasks)) {
  return h('ul', { class: 'tasks' }, tasks.map(t => {
    const short = shortReasons(t, citizen);
    return h('li', { dataset: { taskId: t.taskId } },
      h('strong', { class: 'task-name' }, names.get(t.taskId).onLine), ` · ${hours(t.weeklyHoursMin, t.weeklyHoursMax)} om ugen · `,
      h('span', { class: 'schedule' }, schedule(t.schedule)),
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

/**
 * Shared openings: the row's tasks already proposed for other citizens of my job centre, by
 * reference only, e.g. "Foreslået til borger 3f19a2c4 af anne, 2. dec. 2026".
 */
function sharedOpenings(match) {
  const open = match.openProposals || [];
  if (!open.length) return null;
  const several = match.tasks.length > 1;
  return h('ul', { class: 'shared-openings', 'aria-label': 'Allerede foreslået' }, open.map(p => h('li', {},
    `Foreslået til borger ${p.citizenRef}${p.consultant ? ` af ${p.consultant}` : ''}, ${date(p.proposedAt)}`
      + (p.status === 'AGREED' ? ' (aftalt)' : '')
      + (several ? ` – ${p.taskIds.map(id => match.tasks.find(t => t.taskId === id)?.title || 'delfunktion').join(', ')}` : ''))));
}

function combination(match, names) {
  const titles = match.combination.taskIds.map(id => names.get(id)?.full || 'delfunktion');
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
  if (r.paidHoursPotential) out.push(ORDINARY_HOURS_POSSIBLE);
  return out;
}

const sentence = text => `${text[0].toUpperCase()}${text.slice(1)}.`;

function taskDetails(task, weights, citizen, name = task.title) {
  const r = task.reasons;
  const items = [];
  r.goals.forEach(g => items.push(`Jobmål ${g.rank} (${g.title}): ${goalMatch(g)}.`));
  if (!r.goals.length) items.push('Matcher ikke et jobmål direkte.');
  if (r.experience) items.push(sentence(experienceMatch(r.experience, citizen.cv)));
  const skills = skillsMatched(r.matchedSkills);
  if (skills) items.push(sentence(skills));
  (r.matchedSkillParts || []).forEach(p => items.push(`Kompetence fra CV: ${wordPart(p)}.`));
  const wishes = wishesMet(r.wishesMet);
  if (wishes) items.push(sentence(wishes));
  const development = developmentGoalsMet(r.matchedDevelopmentGoals);
  if (development) items.push(sentence(development));
  items.push(sentence(hoursFit(r.hours)));
  items.push(`Tidspunkter: ${schedule(task.schedule)}.`);
  items.push(sentence(distanceFromHome(r.distanceKm)));
  r.needs.forEach(n => items.push(needCheck(n)));
  items.push(r.paidHoursPotential ? 'Opgaven kan blive til ordinære timer.' : 'Ingen udsigt til ordinære timer på denne opgave.');
  return h('section', { class: 'task-reasons' },
    h('h4', {}, name),
    h('ul', {}, items.map(text => h('li', { class: text.startsWith('Ikke opfyldt') ? 'conflict' : null }, text))),
    h('p', { class: 'hint' }, `Point ${num(task.score)}:`),
    scoreBar(task.scoreBreakdown, weights, task.score),
    scoreLegend(task.scoreBreakdown));
}
