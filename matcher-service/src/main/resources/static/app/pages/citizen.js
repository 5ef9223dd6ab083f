// A citizen's profile as matching uses it: the consultant's label, job goals (jobmål) with occupation
// suggestions, wishes (ønsker), hours now and target, accommodation needs (skånehensyn) with
// MUST/PREFER, commute radius, excluded companies, and the caseload the citizen is in ("Tildel mig").
// Saved with PUT and If-Match (the ETag read), so a colleague's change is never overwritten. The CV
// and development goals are shown but go back as read: they are kept in the case system, so this page
// does not edit them. "Opret borger" registers a new citizen with the same fields.

import { api } from '../api.js';
import { pageConfig, session } from '../auth.js';
import { citizenInput } from '../citizen-input.js';
import { occupationCombobox } from '../combobox.js';
import { announce, h, num, show, uid } from '../dom.js';
import { clearErrors, numberOrText, showErrors } from '../forms.js';
import { citizenRef, jobCentreName, needOptions, STRICTNESS, wishOptions } from '../labels.js';
import { placementTable } from './placements.js';

const LABEL_HINT = 'Et sagsnummer eller initialer, fx 2024-0113 eller AB, så du kan kende borgeren igen. Aldrig navn eller CPR-nummer. '
  + 'Højst 40 tegn: bogstaver, tal, mellemrum og . _ / # -';

export async function citizenPage(citizenId) {
  const { data, etag } = await api(`/citizens/${citizenId}`);
  let citizen = data;
  let version = etag;

  const goals = h('div', { class: 'rows', id: 'jobmaal' });
  const needs = h('div', { class: 'rows', id: 'skaanehensyn' });
  const excluded = h('div', { class: 'rows', id: 'fravalgte' });
  const renumber = () => {
    [...goals.children].forEach((row, i) => setIndex(row, 'jobGoals', i));
    [...needs.children].forEach((row, i) => setIndex(row, 'accommodationNeeds', i));
    [...excluded.children].forEach((row, i) => setIndex(row, 'excludedCompanies', i));
  };
  const sortedGoals = [...(citizen.jobGoals || [])].sort((a, b) => a.rank.localeCompare(b.rank));
  sortedGoals.forEach(g => goals.append(goalRow(g, renumber)));
  (citizen.accommodationNeeds || []).forEach(n => needs.append(needRow(n, renumber)));
  (citizen.excludedCompanies || []).forEach(x => excluded.append(excludedRow(x, renumber)));
  renumber();
  const wishes = wishGroup();
  wishes.render(citizen);

  const now = numberField('hoursCapacity.now', 'Timer om ugen nu', citizen.hoursCapacity.now, 'Det antal timer borgeren kan arbejde nu.');
  const target = numberField('hoursCapacity.target', 'Mål for timer om ugen', citizen.hoursCapacity.target, 'Det antal timer planen arbejder hen imod.');
  const label = labelField(citizen.label);
  const consultantId = uid('konsulent');
  const consultant = h('input', { id: consultantId, type: 'text', name: 'consultant', 'data-field': 'consultant', value: citizen.consultant || '' });
  const assigned = h('p', { class: 'assigned-status', role: 'status' });
  const assign = h('button', { type: 'button', class: 'secondary', id: 'tildel-mig', onclick: async () => {
    assigned.textContent = '';
    try {
      const result = await api(`/citizens/${citizenId}/assign-to-me`, { method: 'POST', etag: version });
      citizen = result.data;
      version = result.etag;
      consultant.value = citizen.consultant || '';
      assigned.textContent = 'Borgeren er i din sagsstamme.';
      announce('Borgeren er i din sagsstamme.');
    } catch (error) {
      showErrors(form, error);
    }
  } }, 'Tildel mig');
  const commute = numberField('home.maxCommuteKm', 'Længste transport (km)', citizen.home.maxCommuteKm, 'Hvor langt borgeren kan komme fra hjemmet.');
  const saved = h('p', { class: 'saved', role: 'status' });

  const form = h('form', { class: 'profile', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    saved.textContent = '';
    // Everything the page does not edit (CV, development goals...) goes back as read.
    const body = {
      ...citizenInput(citizen),
      label: label.input.value.trim() || undefined,
      jobGoals: [...goals.children].map(readGoal),
      wishes: wishes.read(),
      hoursCapacity: { now: numberOrText(now.input.value), target: numberOrText(target.input.value) },
      accommodationNeeds: [...needs.children].map(readNeed),
      home: { location: citizen.home.location, maxCommuteKm: numberOrText(commute.input.value) },
      excludedCompanies: [...excluded.children].map(readExcluded),
      consultant: consultant.value.trim() || undefined,
    };
    try {
      const result = await api(`/citizens/${citizenId}`, { method: 'PUT', body, etag: version });
      citizen = result.data;
      version = result.etag;
      // A suggestion the consultant ticked is now the citizen's own wish: its mark goes.
      wishes.render(citizen);
      heading.textContent = `Profil for borger ${citizenRef(citizen)}`;
      saved.textContent = 'Profilen er gemt.';
      announce('Profilen er gemt.');
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('fieldset', {}, h('legend', {}, 'Mærke'), label.field),
  goalsFieldset(goals, renumber),
  h('fieldset', {}, h('legend', {}, 'Ønsker'),
    h('p', { class: 'hint' }, 'Hvad borgeren gerne vil i arbejdet. Opgaver der opfylder et ønske, kommer højere op; ingen opgaver skjules.'),
    wishes.hint,
    h('div', { class: 'field' }, wishes.box)),
  h('fieldset', {}, h('legend', {}, 'Timer'), h('div', { class: 'inline' }, now.field, target.field)),
  h('fieldset', {}, h('legend', {}, 'Skånehensyn'),
    h('p', { class: 'hint' }, '"Skal" skjuler opgaver der bryder hensynet. "Foretrækkes" rangerer dem lavere og viser konflikten.'),
    needs,
    h('button', { type: 'button', class: 'secondary', onclick: () => { needs.append(needRow({ code: needOptions()[0][0], strictness: 'PREFER' }, renumber)); renumber(); needs.lastChild.querySelector('select').focus(); } }, 'Tilføj skånehensyn')),
  h('fieldset', {}, h('legend', {}, 'Transport'), commute.field),
  h('fieldset', {}, h('legend', {}, 'Sagsstamme'),
    h('div', { class: 'field' }, h('label', { for: consultantId }, 'Virksomhedskonsulent'), consultant),
    h('div', { class: 'actions' }, assign, assigned)),
  h('fieldset', {}, h('legend', {}, 'Fravalgte virksomheder'),
    h('p', { class: 'hint' }, 'Virksomheder der aldrig skal foreslås for borgeren, med en kort begrundelse.'),
    excluded,
    h('button', { type: 'button', class: 'secondary', onclick: () => { excluded.append(excludedRow({ companyId: '', reason: '' }, renumber)); renumber(); excluded.lastChild.querySelector('input').focus(); } }, 'Tilføj fravalgt virksomhed')),
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', id: 'gem-profil' }, 'Gem profil'),
    h('a', { class: 'button-link', href: `#/borgere/${citizenId}/match` }, 'Find virksomheder'),
    saved));

  const heading = h('h1', {}, `Profil for borger ${citizenRef(citizen)}`);
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/borgere' }, 'Borgere'), ' › ', `Borger ${citizenRef(citizen)}`),
    heading,
    h('p', { class: 'lead' }, `Det er disse oplysninger, matchningen bruger. CV og udviklingsmål rettes i sagssystemet. Borgerens id begynder med ${citizenId.slice(0, 8)}.`),
    cvSection(citizen),
    form,
    await placementsOf(citizenId));
}

/** The CV as matching reads it (kept in the case system, so shown, not edited here). */
function cvSection(citizen) {
  const cv = citizen.cv || {};
  const experience = cv.experience || [];
  const education = cv.education || [];
  const skills = cv.skills || [];
  const occupation = code => (code ? ` (DISCO ${code})` : '');
  // No end year means ongoing or not stated in the CV, so nothing is said about it.
  const years = e => [e.years !== undefined && e.years !== null ? `${num(e.years)} år` : null, e.endYear ? `sidst i ${e.endYear}` : null]
    .filter(Boolean).join(', ');
  const list = (items, empty, render) => (items.length ? h('ul', {}, items.map(item => h('li', {}, render(item)))) : h('p', { class: 'muted' }, empty));
  return h('section', { class: 'panel wide cv', 'aria-labelledby': 'borgerens-cv' },
    h('h2', { id: 'borgerens-cv' }, 'CV'),
    h('h3', {}, 'Erhvervserfaring'),
    list(experience, 'Ingen erfaring i CV’et.', e => `${e.title}${occupation(e.occupationCode)}${years(e) ? ` – ${years(e)}` : ''}`),
    h('h3', {}, 'Uddannelse'),
    list(education, 'Ingen uddannelse i CV’et.', e => `${e.title}${e.completed === false ? ' (ikke fuldført)' : e.completed ? ' (fuldført)' : ''}`),
    h('h3', {}, 'Kompetencer'),
    list(skills, 'Ingen kompetencer i CV’et.', skill => skill),
    h('p', {}, cv.drivingLicence ? 'Har kørekort.' : 'Har ikke kørekort.'),
    citizen.developmentGoals?.length
      ? [h('h3', {}, 'Udviklingsmål'), list(citizen.developmentGoals, '', goal => goal)]
      : null);
}

/**
 * Registers a citizen of my job centre: label, job goals, hours, home (the municipality, not the
 * address) and commute radius, accommodation needs; in my caseload unless I untick it. Every refusal
 * is the service's Danish text by the field it names.
 */
export async function newCitizenPage() {
  const goals = h('div', { class: 'rows', id: 'jobmaal' });
  const needs = h('div', { class: 'rows', id: 'skaanehensyn' });
  const renumber = () => {
    [...goals.children].forEach((row, i) => setIndex(row, 'jobGoals', i));
    [...needs.children].forEach((row, i) => setIndex(row, 'accommodationNeeds', i));
  };
  goals.append(goalRow({ rank: 'A', title: '' }, renumber));
  renumber();
  const label = labelField('');
  const now = numberField('hoursCapacity.now', 'Timer om ugen nu', '', 'Det antal timer borgeren kan arbejde nu.');
  const target = numberField('hoursCapacity.target', 'Mål for timer om ugen', '', 'Det antal timer planen arbejder hen imod.');
  const home = homeField(session().jobCentre);
  const commute = numberField('home.maxCommuteKm', 'Længste transport (km)', 15, 'Hvor langt borgeren kan komme fra hjemmet.');
  const mineId = uid('mine');
  const mine = h('input', { id: mineId, type: 'checkbox', checked: true, 'data-field': 'consultant' });

  const form = h('form', { class: 'profile', novalidate: true, id: 'opret-borger-form', onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    const body = {
      label: label.input.value.trim() || undefined,
      jobGoals: [...goals.children].map(readGoal),
      hoursCapacity: { now: numberOrText(now.input.value), target: numberOrText(target.input.value) },
      accommodationNeeds: [...needs.children].map(readNeed),
      home: { location: home.location(), maxCommuteKm: numberOrText(commute.input.value) },
      consultant: mine.checked ? session().consultant : undefined,
    };
    try {
      const { data } = await api('/citizens', { method: 'POST', body });
      announce(`Borger ${citizenRef(data)} er oprettet.`);
      location.hash = `#/borgere/${data.citizenId}`;
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('fieldset', {}, h('legend', {}, 'Mærke'), label.field),
  goalsFieldset(goals, renumber),
  h('fieldset', {}, h('legend', {}, 'Timer'), h('div', { class: 'inline' }, now.field, target.field)),
  h('fieldset', {}, h('legend', {}, 'Bopæl og transport'), h('div', { class: 'inline' }, home.field, commute.field)),
  h('fieldset', {}, h('legend', {}, 'Skånehensyn'),
    h('p', { class: 'hint' }, '"Skal" skjuler opgaver der bryder hensynet. "Foretrækkes" rangerer dem lavere og viser konflikten.'),
    needs,
    h('button', { type: 'button', class: 'secondary', onclick: () => { needs.append(needRow({ code: needOptions()[0][0], strictness: 'PREFER' }, renumber)); renumber(); needs.lastChild.querySelector('select').focus(); } }, 'Tilføj skånehensyn')),
  h('fieldset', {}, h('legend', {}, 'Sagsstamme'),
    h('div', { class: 'check' }, mine, h('label', { for: mineId }, 'Borgeren er i min sagsstamme'))),
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', id: 'gem-ny-borger' }, 'Opret borger'),
    h('a', { href: '#/borgere' }, 'Fortryd')));

  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/borgere' }, 'Borgere'), ' › Ny borger'),
    h('h1', {}, 'Opret borger'),
    h('p', { class: 'lead' }, 'Borgeren får et tilfældigt id. Skriv aldrig navn eller CPR-nummer; hold forbindelsen til borgeren i sagssystemet. CV og udviklingsmål kommer fra sagssystemet.'),
    form);
}

function labelField(value) {
  const id = uid('maerke');
  const hintId = uid('hjaelp');
  const input = h('input', { id, type: 'text', name: 'label', 'data-field': 'label', value: value || '', autocomplete: 'off', 'aria-describedby': hintId });
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, 'Mærke'), h('p', { class: 'hint', id: hintId }, LABEL_HINT), input) };
}

/** The home as the municipality's centre: the approximate location the API asks for, never an address. */
function homeField(jobCentre) {
  const id = uid('bopael');
  const hintId = uid('hjaelp');
  const centres = pageConfig()?.jobCentres || [];
  const select = h('select', { id, name: 'home', 'data-field': 'home.location', 'aria-describedby': hintId },
    centres.map(j => h('option', { value: j.code, selected: j.code === jobCentre }, j.name)));
  const location = () => {
    const chosen = centres.find(j => j.code === select.value);
    return chosen ? { lat: chosen.lat, lon: chosen.lon } : undefined;
  };
  return {
    location,
    field: h('div', { class: 'field grow' }, h('label', { for: id }, 'Bopælskommune'),
      h('p', { class: 'hint', id: hintId }, `Afstande regnes fra kommunens midte. Forvalgt: ${jobCentreName(jobCentre)}.`), select),
  };
}

async function placementsOf(citizenId) {
  try {
    const { data } = await api(`/placements?citizenId=${citizenId}&size=20`);
    return h('section', { 'aria-labelledby': 'borgerens-forloeb' }, h('h2', { id: 'borgerens-forloeb' }, 'Borgerens forløb'),
      placementTable(data.items, `${data.page.totalItems} forløb`));
  } catch (e) {
    return null; // a token without placements.read still edits the profile
  }
}

/**
 * The citizen's wishes, one checkbox per wish of the vocabulary. Wishes the development goals suggest
 * are marked and left unticked: matching counts them already, and ticking one makes it the
 * citizen's own, so it stays when the development goals change.
 */
function wishGroup() {
  const box = h('div', { class: 'wish-grid', id: 'oensker' });
  const hint = h('p', { class: 'hint' });
  const render = citizen => {
    const stated = new Set(citizen.wishes || []);
    const suggested = new Set(citizen.suggestedWishes || []);
    hint.hidden = suggested.size === 0;
    hint.textContent = suggested.size === 0 ? '' : `Ønsker markeret »Foreslået ud fra udviklingsmål« tæller allerede med i matchningen `
      + `(udviklingsmål: ${(citizen.developmentGoals || []).map(g => `»${g}«`).join(', ')}). Sæt flueben, når borgeren bekræfter dem.`;
    box.replaceChildren(...wishOptions().map(([code, label], i) => {
      const id = uid('oenske');
      const noteId = suggested.has(code) ? uid('foreslaaet') : null;
      return h('div', { class: 'check', dataset: { wish: code } },
        // The API's error for "wishes" or "wishes[n]" lands by the first box (see forms.js).
        h('input', { id, type: 'checkbox', value: code, checked: stated.has(code), 'data-field': i === 0 ? 'wishes' : null, 'aria-describedby': noteId }),
        h('label', { for: id }, label),
        noteId ? h('span', { class: 'suggested', id: noteId }, 'Foreslået ud fra udviklingsmål') : null);
    }));
  };
  const read = () => [...box.querySelectorAll('input:checked')].map(input => input.value);
  return { box, hint, render, read };
}

function setIndex(row, list, index) {
  row.querySelectorAll('[data-part]').forEach(el => {
    el.dataset.field = `${list}[${index}].${el.dataset.part}`;
  });
  row.dataset.field = `${list}[${index}]`;
}

function numberField(field, label, value, hint) {
  const id = uid('felt');
  const hintId = uid('hjaelp');
  const input = h('input', { id, name: field, type: 'number', inputmode: 'numeric', 'data-field': field, value, 'aria-describedby': hintId });
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), h('p', { class: 'hint', id: hintId }, hint), input) };
}

function goalRow(goal, renumber) {
  const rankId = uid('rang');
  const titleId = uid('stilling');
  const codeId = uid('kode');
  const rank = h('select', { id: rankId, 'data-part': 'rank' }, ['A', 'B', 'C'].map(r => h('option', { value: r, selected: r === goal.rank }, r)));
  const title = h('input', { id: titleId, type: 'text', 'data-part': 'title', value: goal.title || '', class: 'goal-title' });
  const code = h('input', { id: codeId, type: 'text', inputmode: 'numeric', 'data-part': 'occupationCode', value: goal.occupationCode || '', class: 'code-input' });
  const suggestions = occupationCombobox(title, suggestion => { code.value = suggestion ? suggestion.occupationCode : ''; });
  const row = h('div', { class: 'row goal' },
    h('div', { class: 'field narrow' }, h('label', { for: rankId }, 'Prioritet'), rank),
    h('div', { class: 'field grow combo' }, h('label', { for: titleId }, 'Stilling'), title, suggestions),
    h('div', { class: 'field narrow' }, h('label', { for: codeId }, 'DISCO-kode'), code),
    h('button', { type: 'button', class: 'remove', 'aria-label': 'Fjern jobmål', onclick: () => { row.remove(); renumber(); } }, 'Fjern'));
  return row;
}

function readGoal(row) {
  const value = part => row.querySelector(`[data-part="${part}"]`).value.trim();
  const goal = { rank: value('rank'), title: value('title') };
  if (value('occupationCode')) goal.occupationCode = value('occupationCode');
  return goal;
}

function needRow(need, renumber) {
  const codeId = uid('hensyn');
  const strictId = uid('styrke');
  const code = h('select', { id: codeId, 'data-part': 'code' },
    needOptions().map(([value, label]) => h('option', { value, selected: value === need.code }, label)));
  const strictness = h('select', { id: strictId, 'data-part': 'strictness' },
    Object.entries(STRICTNESS).map(([value, label]) => h('option', { value, selected: value === need.strictness }, label)));
  const row = h('div', { class: 'row need' },
    h('div', { class: 'field grow' }, h('label', { for: codeId }, 'Hensyn'), code),
    h('div', { class: 'field narrow' }, h('label', { for: strictId }, 'Skal eller foretrækkes'), strictness),
    h('button', { type: 'button', class: 'remove', 'aria-label': 'Fjern skånehensyn', onclick: () => { row.remove(); renumber(); } }, 'Fjern'));
  return row;
}

function readNeed(row) {
  return { code: row.querySelector('[data-part="code"]').value, strictness: row.querySelector('[data-part="strictness"]').value };
}

function excludedRow(excluded, renumber) {
  const idId = uid('virksomhed');
  const reasonId = uid('grund');
  const name = h('p', { class: 'hint company-name' });
  if (excluded.companyId) {
    api(`/companies/${excluded.companyId}`).then(({ data }) => { name.textContent = data.name; }).catch(() => {});
  }
  const row = h('div', { class: 'row excluded' },
    h('div', { class: 'field grow' }, h('label', { for: idId }, 'Virksomhedens id'),
      h('input', { id: idId, type: 'text', 'data-part': 'companyId', value: excluded.companyId, class: 'id-input' }), name),
    h('div', { class: 'field grow' }, h('label', { for: reasonId }, 'Begrundelse'),
      h('input', { id: reasonId, type: 'text', 'data-part': 'reason', value: excluded.reason || '' })),
    h('button', { type: 'button', class: 'remove', 'aria-label': 'Fjern fravalgt virksomhed', onclick: () => { row.remove(); renumber(); } }, 'Fjern'));
  return row;
}

function readExcluded(row) {
  const reason = row.querySelector('[data-part="reason"]').value.trim();
  const out = { companyId: row.querySelector('[data-part="companyId"]').value.trim() };
  if (reason) out.reason = reason;
  return out;
}

/** The job goals (A, B, C) with the button that adds one: the same on the profile and in "Opret borger". */
function goalsFieldset(goals, renumber) {
  return h('fieldset', {}, h('legend', {}, 'Jobmål'),
    h('p', { class: 'hint' }, 'A er drømmejobbet, B det realistiske, C et job der fører mod A eller B. Skriv en stilling og vælg et forslag.'),
    goals,
    h('button', { type: 'button', class: 'secondary', onclick: () => { goals.append(goalRow({ rank: 'B', title: '' }, renumber)); renumber(); goals.lastChild.querySelector('input').focus(); } }, 'Tilføj jobmål'));
}
