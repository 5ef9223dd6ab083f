// Companies (virksomheder): a search by name, CVR number, occupation or municipality, and the
// company card (virksomhedskort) with contact persons, address, size, openness to ordinary hours,
// collaboration, availability (pause, next available date, monthly limit), the latest contact and
// every partial task (delfunktion) with its schedule, hours, demands and what it offers.

import { api, query } from '../api.js';
import { occupationCombobox } from '../combobox.js';
import { announce, date, dateTime, h, labelled, show, today, uid } from '../dom.js';
import { clearErrors, numberOrText, showErrors } from '../forms.js';
import { companyInput } from '../company-input.js';
import {
  accommodation, COLLABORATION_STATUS, CONTACT_KIND, demand, municipalityName, municipalityOptions,
  occupationTitle, OPEN_TO_ORDINARY_HOURS, SIZE_BAND, WEEKDAY,
} from '../labels.js';
import { danishList } from '../reasons.js';

const SIZE = 20;

/** The card's address; every page that names a company links to it. */
export const companyHref = companyId => `#/virksomheder/${companyId}`;

// ---- search --------------------------------------------------------------------------------------

/** Search parameters in the page's address (Danish names) and the API's. */
const SEARCH = [['navn', 'name'], ['cvr', 'cvr'], ['stilling', 'occupationCode'], ['kommune', 'municipalityCode']];

export async function companiesPage(params) {
  const page = Math.max(0, Number(params.get('side') || '1') - 1);
  const asked = Object.fromEntries(SEARCH.map(([ours, theirs]) => [theirs, params.get(ours) || '']));
  const form = searchForm(params);
  let results = null;
  let refused = null;
  try {
    const { data } = await api(`/companies${query({ ...asked, page, size: SIZE })}`);
    results = resultTable(data, params);
  } catch (error) {
    // A bad value in the search (a CVR number of 7 digits) is shown by its field, in the service's words.
    if (error.status !== 400) throw error;
    refused = error;
  }
  show(
    h('h1', {}, 'Virksomheder'),
    h('p', { class: 'lead' }, 'Find en virksomhed ved navn, CVR-nummer, stilling eller kommune. Alle jobcentre ser de samme virksomheder.'),
    h('p', {}, h('a', { class: 'button-link', href: '#/virksomheder/ny', id: 'ny-virksomhed' }, 'Registrér en ny virksomhed')),
    form,
    results);
  if (refused) showErrors(form, refused);
}

function searchForm(params) {
  const name = labelled('Navn', { type: 'search', name: 'name', 'data-field': 'name', value: params.get('navn') || '', maxlength: 200 },
    'En del af navnet er nok.');
  const cvr = labelled('CVR-nummer', { type: 'text', inputmode: 'numeric', name: 'cvr', 'data-field': 'cvr', value: params.get('cvr') || '', maxlength: 8 });
  const occupationId = uid('stilling');
  const occupation = h('input', { id: occupationId, type: 'text', name: 'occupation', 'data-field': 'occupationCode', value: params.get('titel') || '' });
  let occupationCode = params.get('stilling') || '';
  const suggestions = occupationCombobox(occupation, s => { occupationCode = s ? s.occupationCode : ''; });
  const municipality = labelled('Kommune', { tag: 'select', name: 'municipalityCode', 'data-field': 'municipalityCode',
    options: [h('option', { value: '' }, 'Alle kommuner'),
      ...municipalityOptions().map(([code, label]) => h('option', { value: code, selected: code === params.get('kommune') }, label))] });
  const form = h('form', { class: 'company-search panel', role: 'search', novalidate: true, onsubmit: e => {
    e.preventDefault();
    clearErrors(form);
    if (occupation.value.trim() && !occupationCode) {
      showErrors(form, { message: 'Søgningen blev ikke udført.', field: null,
        errors: [{ field: 'occupationCode', message: 'Vælg en stilling fra forslagene.' }] });
      return;
    }
    const chosen = new URLSearchParams();
    if (name.input.value.trim()) chosen.set('navn', name.input.value.trim());
    if (cvr.input.value.trim()) chosen.set('cvr', cvr.input.value.trim());
    if (occupationCode) {
      chosen.set('stilling', occupationCode);
      chosen.set('titel', occupation.value.trim());
    }
    if (municipality.input.value) chosen.set('kommune', municipality.input.value);
    const hash = `#/virksomheder${chosen.size ? `?${chosen}` : ''}`;
    // The same search again (e.g. after a change elsewhere) still fetches: hashchange would not fire.
    if (location.hash === hash) companiesPage(chosen);
    else location.hash = hash;
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('div', { class: 'search-grid' }, name.field, cvr.field,
    h('div', { class: 'field combo' }, h('label', { for: occupationId }, 'Stilling'),
      h('p', { class: 'hint' }, 'Virksomheder med en delfunktion i stillingen.'), occupation, suggestions),
    municipality.field),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'soeg-virksomheder' }, 'Søg'),
    h('a', { href: '#/virksomheder' }, 'Ryd søgningen')));
  return form;
}

function resultTable(data, params) {
  const info = data.page;
  if (info.totalItems === 0) return h('p', { class: 'notice', id: 'ingen-virksomheder' }, 'Ingen virksomheder passer til søgningen.');
  return [
    h('div', { class: 'table-wrap' }, h('table', { class: 'companies', id: 'virksomheder' },
      h('caption', {}, `${info.totalItems} ${info.totalItems === 1 ? 'virksomhed' : 'virksomheder'}, side ${info.page + 1} af ${Math.max(1, info.totalPages)}`),
      h('thead', {}, h('tr', {}, ['Virksomhed', 'CVR-nummer', 'Kommune', 'Delfunktioner', 'Samarbejde', 'Tilgængelighed']
        .map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, data.items.map(c => h('tr', { dataset: { companyId: c.companyId } },
        h('th', { scope: 'row' }, h('a', { href: companyHref(c.companyId), class: 'company-link' }, c.name)),
        h('td', {}, c.cvr),
        h('td', {}, municipalityName(c.municipalityCode)),
        h('td', {}, c.partialTasks.length ? danishList([...new Set(c.partialTasks.map(t => t.title))].slice(0, 3))
          + (c.partialTasks.length > 3 ? ` og ${c.partialTasks.length - 3} flere` : '') : h('span', { class: 'muted' }, 'Ingen endnu')),
        h('td', {}, COLLABORATION_STATUS[c.collaborationStatus] || c.collaborationStatus),
        h('td', {}, availabilityShort(c.availability))))))),
    pager(info, params),
  ];
}

function pager(info, params) {
  if (info.totalPages <= 1) return null;
  const page = info.page + 1;
  const to = n => {
    const next = new URLSearchParams(params);
    next.set('side', n);
    return `#/virksomheder?${next}`;
  };
  return h('nav', { class: 'pager', 'aria-label': 'Sider' },
    page > 1 ? h('a', { href: to(page - 1) }, '← Forrige side') : null,
    h('span', {}, `Side ${page} af ${info.totalPages}`),
    page < info.totalPages ? h('a', { href: to(page + 1), id: 'naeste-side' }, 'Næste side →') : null);
}

function availabilityShort(a) {
  const now = today();
  if (a?.pausedUntil && a.pausedUntil > now) return `Pause til ${date(a.pausedUntil)}`;
  if (a?.nextAvailableDate && a.nextAvailableDate > now) return `Ledig fra ${date(a.nextAvailableDate)}`;
  if (a?.maxNewPlacementsPerMonth !== undefined) return `Højst ${a.maxNewPlacementsPerMonth} nye forløb om måneden`;
  return 'Ledig';
}

// ---- the card ------------------------------------------------------------------------------------

export async function companyPage(companyId) {
  const { data: company, etag } = await api(`/companies/${companyId}`);
  const reload = async message => {
    await companyPage(companyId);
    if (message) announce(message);
  };
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/virksomheder' }, 'Virksomheder'), ' › ', company.name),
    h('h1', {}, company.name),
    h('p', { class: 'lead', id: 'virksomhed-fakta' }, facts(company)),
    h('div', { class: 'actions' },
      editable(company) ? [
        h('a', { class: 'button-link', href: `${companyHref(companyId)}/ret`, id: 'ret-virksomhed' }, 'Ret virksomheden'),
        h('a', { class: 'button-link', href: `${companyHref(companyId)}/ret?ny-delfunktion=ja` }, 'Tilføj delfunktion')] : null,
      h('a', { class: 'button-link', href: `${companyHref(companyId)}/kontaktlog` }, 'Kontaktlog')),
    ownership(company),
    h('div', { class: 'card-grid' },
      contactSection(company),
      collaborationSection(company, etag, reload)),
    taskSection(company));
}

/** Whether the signed-in consultant's job centre owns the company and so may change it. */
function editable(c) {
  return c.editable !== false;
}

/** Who owns a company the consultant may read but not change, in one plain line. */
function ownership(c) {
  if (editable(c)) return null;
  const owner = c.owner?.crmSource ? `CRM-systemet ${c.owner.crmSource}`
    : c.owner?.jobCentre ? `Jobcenter ${municipalityName(c.owner.jobCentre)}` : 'et andet jobcenter';
  return h('p', { class: 'hint', id: 'ejer' }, `Virksomheden hører til ${owner}. Du kan læse den og skrive i kontaktloggen, men ikke rette den.`);
}

function facts(c) {
  return [
    `CVR-nummer ${c.cvr}`,
    c.address ? c.address : null,
    `${municipalityName(c.municipalityCode)} Kommune`,
    c.sizeBand ? SIZE_BAND[c.sizeBand] : 'antal ansatte ikke oplyst',
    `branchekode ${c.industryCode}`,
  ].filter(Boolean).join(' · ');
}

function contactSection(c) {
  const people = c.contactPersons || [];
  return h('section', { class: 'panel', 'aria-labelledby': 'kontaktpersoner-titel' },
    h('h2', { id: 'kontaktpersoner-titel' }, 'Kontaktpersoner'),
    people.length === 0
      ? h('p', { class: 'muted' }, 'Ingen kontaktpersoner registreret.')
      : h('ul', { class: 'contact-persons', id: 'kontaktpersoner' }, people.map(p => h('li', {},
        h('strong', {}, p.name), p.role ? `, ${p.role}` : null,
        p.phone ? [h('br'), h('a', { href: `tel:${p.phone.replace(/[^+0-9]/g, '')}`, class: 'tel' },
          h('span', { class: 'visually-hidden' }, `Ring til ${p.name} på `), p.phone)] : null,
        p.email ? [h('br'), h('a', { href: `mailto:${p.email}`, class: 'mail' },
          h('span', { class: 'visually-hidden' }, `Skriv til ${p.name} på `), p.email)] : null))),
    h('h3', {}, 'Adresse'),
    h('p', { id: 'adresse' }, c.address || h('span', { class: 'muted' }, 'Ingen adresse registreret.'),
      h('br'), `${municipalityName(c.municipalityCode)} Kommune`),
    h('h3', {}, 'Seneste kontakt'),
    h('p', { id: 'seneste-kontakt' }, c.lastContact
      ? [`${CONTACT_KIND[c.lastContact.kind]} ${dateTime(c.lastContact.at)}. `,
        h('a', { href: `${companyHref(c.companyId)}/kontaktlog` }, 'Se kontaktloggen')]
      : ['Ingen kontakter endnu. ', h('a', { href: `${companyHref(c.companyId)}/kontaktlog` }, 'Registrér en kontakt')]));
}

function availabilityText(a) {
  const now = today();
  const lines = [];
  if (a?.pausedUntil) {
    lines.push(a.pausedUntil > now ? `Holder pause: tager ikke nye forløb før ${date(a.pausedUntil)}.`
      : `Holdt pause til ${date(a.pausedUntil)}.`);
  }
  if (a?.nextAvailableDate) {
    lines.push(a.nextAvailableDate > now ? `Næste ledige dato: ${date(a.nextAvailableDate)}.`
      : `Ledig siden ${date(a.nextAvailableDate)}.`);
  }
  lines.push(a?.maxNewPlacementsPerMonth !== undefined
    ? `Højst ${a.maxNewPlacementsPerMonth} nye forløb om måneden.`
    : 'Intet loft over nye forløb om måneden.');
  if (!a?.pausedUntil && !a?.nextAvailableDate) lines.unshift('Ingen pause.');
  return lines.join(' ');
}

function collaborationSection(c, etag, reload) {
  return h('section', { class: 'panel', 'aria-labelledby': 'samarbejde-titel' },
    h('h2', { id: 'samarbejde-titel', tabindex: '-1' }, 'Samarbejde'),
    h('dl', { class: 'facts-list' },
      h('dt', {}, 'Samarbejde'), h('dd', { id: 'samarbejdsstatus' }, COLLABORATION_STATUS[c.collaborationStatus] || c.collaborationStatus),
      h('dt', {}, 'Ordinære timer'), h('dd', { id: 'ordinaere-timer' }, capitalised(OPEN_TO_ORDINARY_HOURS[c.openToOrdinaryHours]),
        c.openToOrdinaryHoursNote ? ` – ${c.openToOrdinaryHoursNote}` : ''),
      h('dt', {}, 'Tilbyder i hele virksomheden'), h('dd', {}, c.accommodationsOffered?.length
        ? danishList(c.accommodationsOffered.map(accommodation)) : 'Intet oplyst'),
      h('dt', {}, 'Tilgængelighed'), h('dd', { id: 'tilgaengelighed' }, availabilityText(c.availability))),
    editable(c) ? availabilityForm(c, etag, reload) : null);
}

const capitalised = text => text ? text[0].toUpperCase() + text.slice(1) : '';

/** "Pause og loft": the availability alone, saved as the whole company with If-Match (PUT replaces it all). */
function availabilityForm(c, etag, reload) {
  const a = c.availability || {};
  const paused = labelled('Ingen nye forløb før', { type: 'date', name: 'pausedUntil', 'data-field': 'availability.pausedUntil', value: a.pausedUntil || '' },
    'Tom: ingen pause.');
  const next = labelled('Næste ledige dato', { type: 'date', name: 'nextAvailableDate', 'data-field': 'availability.nextAvailableDate', value: a.nextAvailableDate || '' });
  const limit = labelled('Højst nye forløb om måneden', { type: 'number', inputmode: 'numeric', name: 'maxNewPlacementsPerMonth',
    'data-field': 'availability.maxNewPlacementsPerMonth', value: a.maxNewPlacementsPerMonth ?? '' }, 'Tom: intet loft.');
  const form = h('form', { class: 'availability-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    const availability = {};
    if (paused.input.value) availability.pausedUntil = paused.input.value;
    if (next.input.value) availability.nextAvailableDate = next.input.value;
    const max = numberOrText(limit.input.value);
    if (max !== null) availability.maxNewPlacementsPerMonth = max;
    const body = companyInput(c);
    if (Object.keys(availability).length) body.availability = availability;
    else delete body.availability;
    try {
      await api(`/companies/${c.companyId}`, { method: 'PUT', body, etag });
      await reload('Pause og loft er gemt.');
      document.getElementById('samarbejde-titel')?.focus();
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('div', { class: 'inline' }, paused.field, next.field, limit.field),
  h('button', { type: 'submit', class: 'primary', id: 'gem-tilgaengelighed' }, 'Gem pause og loft'));
  return h('details', { class: 'availability' }, h('summary', {}, 'Sæt pause eller loft'), form);
}

/** "tirsdag 09.00–12.00": a time slot as the page writes times. */
export function slotText(slot) {
  return `${WEEKDAY[slot.day]} ${slot.from.replace(':', '.')}–${slot.to.replace(':', '.')}`;
}

const DAY_ORDER = Object.keys(WEEKDAY);

export function scheduleText(schedule) {
  if (!schedule?.length) return 'Ingen faste tidspunkter';
  return [...schedule].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || a.from.localeCompare(b.from))
    .map(slotText).join(', ');
}

export function hoursText(min, max) {
  return min === max ? `${min} timer om ugen` : `${min}–${max} timer om ugen`;
}

function taskSection(c) {
  return h('section', { 'aria-labelledby': 'delfunktioner-titel' },
    h('h2', { id: 'delfunktioner-titel' }, `Delfunktioner (${c.partialTasks.length})`),
    c.partialTasks.length === 0
      ? h('p', { class: 'notice' }, 'Virksomheden har ingen delfunktioner endnu. ',
        editable(c) ? h('a', { href: `${companyHref(c.companyId)}/ret?ny-delfunktion=ja` }, 'Tilføj en delfunktion') : null)
      : h('ul', { class: 'task-cards', id: 'delfunktioner' }, c.partialTasks.map(t => taskCard(c, t))));
}

function taskCard(c, t) {
  const titleId = uid('delfunktion');
  const occupation = occupationTitle(t.occupationCode);
  return h('li', { class: 'task-card', dataset: { taskId: t.taskId }, 'aria-labelledby': titleId },
    h('h3', { id: titleId }, t.title),
    h('p', { class: 'muted' }, `${occupation ? `${capitalised(occupation)} ` : 'Stilling '}(${t.occupationCode})`),
    t.description ? h('p', { class: 'task-description' }, t.description) : null,
    h('dl', { class: 'facts-list' },
      h('dt', {}, 'Timer'), h('dd', { class: 'task-hours' }, hoursText(t.weeklyHoursMin, t.weeklyHoursMax)),
      h('dt', {}, 'Tidspunkter'), h('dd', { class: 'task-schedule' }, scheduleText(t.schedule)),
      h('dt', {}, 'Pladser'), h('dd', {}, `${t.capacity} ${t.capacity === 1 ? 'borger' : 'borgere'} ad gangen`
        + (t.teamSize ? ` · ${t.teamSize} på holdet` : '')),
      h('dt', {}, 'Krav'), h('dd', { class: 'task-demands' }, t.demands?.length ? capitalised(danishList(t.demands.map(demand))) : 'Ingen særlige krav'),
      h('dt', {}, 'Tilbyder'), h('dd', { class: 'task-offers' }, t.accommodationsOffered?.length
        ? capitalised(danishList(t.accommodationsOffered.map(accommodation))) : 'Intet ud over virksomhedens'),
      h('dt', {}, 'Ordinære timer'), h('dd', {}, t.eligibleForPaidHours ? 'Kan blive til ordinære timer' : 'Ikke som udgangspunkt'),
      t.skills?.length ? [h('dt', {}, 'Kompetencer'), h('dd', {}, t.skills.join(', '))] : null),
    h('div', { class: 'row-actions' },
      h('a', { class: 'button-link candidates-link', href: `${companyHref(c.companyId)}/delfunktioner/${t.taskId}/kandidater` },
        'Find borgere', h('span', { class: 'visually-hidden' }, ` til ${t.title}`)),
      editable(c) ? h('a', { class: 'button-link edit-task', href: `${companyHref(c.companyId)}/ret?delfunktion=${t.taskId}` },
        'Ret delfunktionen', h('span', { class: 'visually-hidden' }, ` ${t.title}`)) : null));
}
