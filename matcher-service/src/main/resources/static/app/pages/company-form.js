// Register a company (POST /companies) or change one (PUT with If-Match, so a colleague's change is
// never overwritten): its facts, contact persons and partial tasks (delfunktioner) with occupation,
// hours, schedule, demands and what each offers. From a task on the card only that task is shown
// (?delfunktion=id), or one new task (?ny-delfunktion=ja); the rest goes back as read. Problems
// are the service's Danish texts, by the field they name (forms.js).

import { api } from '../api.js';
import { occupationCombobox } from '../combobox.js';
import { announce, h, labelled, show, uid } from '../dom.js';
import { clearErrors, numberOrText, showErrors } from '../forms.js';
import { companyInput } from '../company-input.js';
import {
  accommodationOptions, COLLABORATION_STATUS, demandOptions, municipalityCentre, municipalityOptions,
  occupationTitle, ORDINARY_HOURS_CHOICE, SIZE_BAND, WEEKDAY,
} from '../labels.js';
import { companyHref } from './companies.js';

export async function newCompanyPage() {
  await companyFormPage(null, new URLSearchParams());
}

export async function editCompanyPage(companyId, params) {
  await companyFormPage(companyId, params);
}

async function companyFormPage(companyId, params) {
  const read = companyId ? await api(`/companies/${companyId}`) : null;
  const company = read?.data || null;
  const etag = read?.etag || null;
  const onlyTaskId = params.get('delfunktion');
  const onlyIndex = company && onlyTaskId ? company.partialTasks.findIndex(t => t.taskId === onlyTaskId) : -1;
  const newTaskOnly = company && params.get('ny-delfunktion') === 'ja';
  const oneTask = onlyIndex >= 0 || newTaskOnly;

  const tasks = h('div', { class: 'task-forms', id: 'delfunktioner-form' });
  const renumber = () => [...tasks.children].forEach((el, i) => setTaskIndex(el, oneTask ? (newTaskOnly ? company.partialTasks.length : onlyIndex) : i));
  const addTask = task => {
    tasks.append(taskFieldset(task, oneTask ? null : el => { el.remove(); renumber(); }));
    renumber();
  };
  if (onlyIndex >= 0) addTask(company.partialTasks[onlyIndex]);
  else if (newTaskOnly) addTask(null);
  else (company?.partialTasks || []).forEach(addTask);

  const facts = oneTask ? null : companyFields(company);
  const form = h('form', { class: 'company-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    const body = company ? companyInput(company) : {};
    if (facts) Object.assign(body, facts.read(body));
    const written = [...tasks.children].map(el => el.readTask());
    if (onlyIndex >= 0) body.partialTasks[onlyIndex] = written[0];
    else if (newTaskOnly) body.partialTasks.push(written[0]);
    else body.partialTasks = written;
    try {
      const { data } = company
        ? await api(`/companies/${company.companyId}`, { method: 'PUT', body, etag })
        : await api('/companies', { method: 'POST', body });
      location.hash = companyHref(data.companyId);
      announce(company ? 'Ændringerne er gemt.' : 'Virksomheden er registreret.');
    } catch (error) {
      showErrors(form, error);
      // A field folded away (the location) opens when it is at fault, so the consultant sees why.
      form.querySelectorAll('details').forEach(d => { if (d.querySelector('[aria-invalid]')) d.open = true; });
      form.querySelector('[aria-invalid]')?.focus();
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  facts?.element,
  oneTask ? tasks : h('fieldset', { class: 'tasks-fieldset' }, h('legend', {}, 'Delfunktioner'),
    h('p', { class: 'hint' }, 'De opgaver, en borger kan varetage nogle timer om ugen.'),
    tasks,
    h('button', { type: 'button', class: 'secondary', id: 'tilfoej-delfunktion', onclick: () => {
      addTask(null);
      tasks.lastChild.querySelector('input').focus();
    } }, 'Tilføj delfunktion')),
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', id: 'gem-virksomhed' },
      company ? (oneTask ? 'Gem delfunktionen' : 'Gem ændringerne') : 'Registrér virksomheden'),
    h('a', { href: company ? companyHref(company.companyId) : '#/virksomheder' }, 'Fortryd')));

  const title = !company ? 'Registrér en ny virksomhed'
    : onlyIndex >= 0 ? `Ret delfunktionen ${company.partialTasks[onlyIndex].title}`
      : newTaskOnly ? `Ny delfunktion hos ${company.name}` : `Ret ${company.name}`;
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/virksomheder' }, 'Virksomheder'),
      company ? [' › ', h('a', { href: companyHref(company.companyId) }, company.name)] : null, ' › ', company ? 'Ret' : 'Ny'),
    h('h1', {}, title),
    onlyTaskId && onlyIndex < 0 ? h('p', { class: 'alert' }, 'Delfunktionen findes ikke længere hos virksomheden. Her er hele virksomheden.') : null,
    form);
}

// ---- the company's own fields --------------------------------------------------------------------

function select(label, part, entries, value, hint) {
  return labelled(label, { tag: 'select', name: part, 'data-field': part,
    options: entries.map(([v, text]) => h('option', { value: v, selected: v === value }, text)) }, hint);
}

/** A decimal as a number ("55,68" too); anything else as typed, so the API names what is wrong. */
function decimalOrText(value) {
  const text = String(value).trim().replace(',', '.');
  if (text === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

function companyFields(c) {
  const name = labelled('Navn', { type: 'text', name: 'name', 'data-field': 'name', value: c?.name || '', maxlength: 200 });
  const cvr = labelled('CVR-nummer', { type: 'text', inputmode: 'numeric', name: 'cvr', 'data-field': 'cvr', value: c?.cvr || '', maxlength: 8 });
  const address = labelled('Adresse', { type: 'text', name: 'address', 'data-field': 'address', value: c?.address || '', maxlength: 300 },
    'Fx »Valby Langgade 12, 2500 Valby«.');
  const municipality = select('Kommune', 'municipalityCode', [['', 'Vælg kommune'], ...municipalityOptions()], c?.municipalityCode || '');
  const lat = labelled('Breddegrad', { type: 'text', inputmode: 'decimal', name: 'lat', 'data-field': 'location.lat', value: c?.location?.lat ?? '' });
  const lon = labelled('Længdegrad', { type: 'text', inputmode: 'decimal', name: 'lon', 'data-field': 'location.lon', value: c?.location?.lon ?? '' });
  // Until someone types the exact location, a new company sits at its municipality's centre.
  let placedByHand = Boolean(c);
  [lat.input, lon.input].forEach(input => input.addEventListener('input', () => { placedByHand = true; }));
  municipality.input.addEventListener('change', () => {
    const centre = municipalityCentre(municipality.input.value);
    if (!placedByHand && centre) {
      lat.input.value = centre.lat;
      lon.input.value = centre.lon;
    }
  });
  const industry = labelled('Branchekode (DB07)', { type: 'text', inputmode: 'numeric', name: 'industryCode', 'data-field': 'industryCode',
    value: c?.industryCode || '', maxlength: 6 }, 'Seks cifre, fx 471100 for supermarkeder.');
  const size = select('Antal ansatte', 'sizeBand', [['', 'Ikke oplyst'], ...Object.entries(SIZE_BAND)], c?.sizeBand || '');
  const ordinary = select('Åben for ordinære timer', 'openToOrdinaryHours', Object.entries(ORDINARY_HOURS_CHOICE), c?.openToOrdinaryHours || 'UNKNOWN');
  const ordinaryNote = labelled('Note om ordinære timer', { type: 'text', name: 'openToOrdinaryHoursNote', 'data-field': 'openToOrdinaryHoursNote',
    value: c?.openToOrdinaryHoursNote || '', maxlength: 1000 }, 'Valgfrit, fx »kun efter tre måneder«.');
  const status = select('Samarbejde', 'collaborationStatus', Object.entries(COLLABORATION_STATUS), c?.collaborationStatus || 'NEW');
  const offered = checkGroup('Tilbyder i hele virksomheden', 'accommodationsOffered', accommodationOptions(), c?.accommodationsOffered);

  const people = h('div', { class: 'rows', id: 'kontaktpersoner-form' });
  const renumberPeople = () => [...people.children].forEach((row, i) => row.querySelectorAll('[data-part]').forEach(el => {
    el.dataset.field = `contactPersons[${i}].${el.dataset.part}`;
  }));
  const addPerson = p => {
    people.append(personRow(p, row => { row.remove(); renumberPeople(); }));
    renumberPeople();
  };
  (c?.contactPersons || []).forEach(addPerson);

  const element = [
    h('fieldset', {}, h('legend', {}, 'Virksomheden'),
      h('div', { class: 'form-grid' }, name.field, cvr.field, address.field, municipality.field, industry.field, size.field),
      h('details', { class: 'location' }, h('summary', {}, 'Placering på kortet'),
        h('p', { class: 'hint' }, 'Bruges til afstanden til borgerne. En ny virksomhed placeres midt i kommunen, til du skriver den præcise placering.'),
        h('div', { class: 'inline' }, lat.field, lon.field))),
    h('fieldset', {}, h('legend', {}, 'Samarbejde'),
      h('div', { class: 'form-grid' }, status.field, ordinary.field, ordinaryNote.field), offered.element),
    h('fieldset', {}, h('legend', {}, 'Kontaktpersoner'),
      people,
      h('button', { type: 'button', class: 'secondary', id: 'tilfoej-kontaktperson', onclick: () => {
        addPerson(null);
        people.lastChild.querySelector('input').focus();
      } }, 'Tilføj kontaktperson')),
  ];

  const read = current => {
    const out = {
      name: name.input.value.trim(),
      cvr: cvr.input.value.trim(),
      municipalityCode: municipality.input.value,
      location: { lat: decimalOrText(lat.input.value), lon: decimalOrText(lon.input.value) },
      industryCode: industry.input.value.trim(),
      openToOrdinaryHours: ordinary.input.value,
      collaborationStatus: status.input.value,
      accommodationsOffered: offered.read(),
      contactPersons: [...people.children].map(readPerson),
      partialTasks: current.partialTasks || [],
    };
    const optional = { address: address.input.value.trim(), sizeBand: size.input.value, openToOrdinaryHoursNote: ordinaryNote.input.value.trim() };
    for (const [key, value] of Object.entries(optional)) {
      if (value) out[key] = value;
      else delete current[key];
    }
    return out;
  };
  return { element, read };
}

function checkGroup(legend, part, entries, chosen) {
  const picked = new Set(chosen || []);
  const box = h('fieldset', { class: 'checks check-grid', 'data-part': part, 'data-field': part }, h('legend', {}, legend),
    entries.map(([code, label]) => {
      const id = uid('valg');
      return h('div', { class: 'check' }, h('input', { type: 'checkbox', id, value: code, checked: picked.has(code) }), h('label', { for: id }, label));
    }));
  return { element: box, read: () => [...box.querySelectorAll('input:checked')].map(i => i.value) };
}

function personRow(p, remove) {
  const field = (label, part, attrs = {}) => {
    const id = uid('kontakt');
    return h('div', { class: 'field grow' }, h('label', { for: id }, label),
      h('input', { id, type: 'text', 'data-part': part, value: p?.[part] || '', ...attrs }));
  };
  const row = h('div', { class: 'row person' },
    field('Navn', 'name', { maxlength: 120 }),
    field('Rolle', 'role', { maxlength: 120 }),
    field('Telefon', 'phone', { type: 'tel', maxlength: 30 }),
    field('E-mail', 'email', { type: 'email', maxlength: 200 }),
    h('button', { type: 'button', class: 'remove', onclick: () => remove(row) }, 'Fjern',
      h('span', { class: 'visually-hidden' }, ' kontaktperson')));
  return row;
}

function readPerson(row) {
  const out = {};
  row.querySelectorAll('[data-part]').forEach(input => {
    const value = input.value.trim();
    if (value || input.dataset.part === 'name') out[input.dataset.part] = value;
  });
  return out;
}

// ---- one partial task ----------------------------------------------------------------------------

/** Sets the API path of every input of a task fieldset: partialTasks[i].title, partialTasks[i].schedule[j].from. */
function setTaskIndex(el, i) {
  el.dataset.field = `partialTasks[${i}]`;
  el.querySelectorAll('[data-part]').forEach(input => {
    input.dataset.field = `partialTasks[${i}].${input.dataset.part}`;
  });
  el.querySelectorAll('.slot').forEach((row, j) => row.querySelectorAll('[data-slot]').forEach(input => {
    input.dataset.field = `partialTasks[${i}].schedule[${j}].${input.dataset.slot}`;
  }));
}

function taskFieldset(task, remove) {
  const t = task || { weeklyHoursMin: '', weeklyHoursMax: '', capacity: 1, schedule: [] };
  const input = (label, part, attrs, hint) => labelled(label, { type: 'text', name: part, 'data-part': part, ...attrs }, hint);
  const title = input('Titel', 'title', { value: t.title || '', maxlength: 200 }, 'Fx »Opfyldning af varer«.');
  const occupationId = uid('stilling');
  const codeId = uid('kode');
  const occupation = h('input', { id: occupationId, type: 'text', class: 'occupation-title', value: t.occupationCode ? (occupationTitle(t.occupationCode) || '') : '' });
  const code = h('input', { id: codeId, type: 'text', inputmode: 'numeric', 'data-part': 'occupationCode', class: 'code-input', value: t.occupationCode || '', maxlength: 4 });
  const suggestions = occupationCombobox(occupation, s => { if (s) code.value = s.occupationCode; });
  const description = labelled('Beskrivelse', { tag: 'textarea', name: 'description', 'data-part': 'description', rows: 3, maxlength: 4000 });
  description.input.value = t.description || '';
  const min = input('Mindst timer om ugen', 'weeklyHoursMin', { type: 'number', inputmode: 'numeric', value: t.weeklyHoursMin ?? '' });
  const max = input('Højst timer om ugen', 'weeklyHoursMax', { type: 'number', inputmode: 'numeric', value: t.weeklyHoursMax ?? '' });
  const capacity = input('Borgere ad gangen', 'capacity', { type: 'number', inputmode: 'numeric', value: t.capacity ?? 1 });
  const team = input('Personer på holdet', 'teamSize', { type: 'number', inputmode: 'numeric', value: t.teamSize ?? '' }, 'Valgfrit, borgeren medregnet.');
  const skills = input('Kompetencer', 'skills', { value: (t.skills || []).join(', ') }, 'Adskil med komma, fx »kasse, kundeservice«.');
  const paidId = uid('loen');
  const paid = h('input', { type: 'checkbox', id: paidId, 'data-part': 'eligibleForPaidHours', checked: Boolean(t.eligibleForPaidHours) });
  const demands = checkGroup('Krav', 'demands', demandOptions(), t.demands);
  const offers = checkGroup('Tilbyder', 'accommodationsOffered', accommodationOptions(), t.accommodationsOffered);

  const slots = h('div', { class: 'rows slots' });
  const renumber = () => {
    const fieldset = slots.closest('fieldset.task-form');
    if (fieldset?.dataset.field) setTaskIndex(fieldset, Number(/\[(\d+)\]/.exec(fieldset.dataset.field)[1]));
  };
  const addSlot = slot => {
    slots.append(slotRow(slot, row => { row.remove(); renumber(); }));
    renumber();
  };
  (t.schedule || []).forEach(addSlot);

  const legend = h('legend', {}, t.title || 'Ny delfunktion');
  title.input.addEventListener('input', () => { legend.textContent = title.input.value.trim() || 'Ny delfunktion'; });
  const el = h('fieldset', { class: 'task-form', dataset: { taskId: t.taskId || '' } },
    legend,
    h('div', { class: 'form-grid' }, title.field,
      h('div', { class: 'field combo' }, h('label', { for: occupationId }, 'Stilling'),
        h('p', { class: 'hint' }, 'Skriv og vælg et forslag; koden udfyldes.'), occupation, suggestions),
      h('div', { class: 'field' }, h('label', { for: codeId }, 'DISCO-kode'), code)),
    description.field,
    h('div', { class: 'inline' }, min.field, max.field, capacity.field, team.field),
    h('div', { class: 'check' }, paid, h('label', { for: paidId }, 'Kan blive til ordinære timer')),
    h('fieldset', { class: 'checks', 'data-part': 'schedule' }, h('legend', {}, 'Tidspunkter'),
      h('p', { class: 'hint' }, 'Hvornår opgaven udføres. Ingen tidspunkter: efter aftale.'),
      slots,
      h('button', { type: 'button', class: 'secondary add-slot', onclick: () => {
        addSlot(null);
        slots.lastChild.querySelector('select').focus();
      } }, 'Tilføj tidspunkt')),
    demands.element, offers.element, skills.field,
    remove ? h('button', { type: 'button', class: 'remove', onclick: () => remove(el) }, 'Fjern delfunktionen',
      h('span', { class: 'visually-hidden' }, ` ${t.title || ''}`)) : null);

  el.readTask = () => {
    const out = {
      title: title.input.value.trim(),
      occupationCode: code.value.trim(),
      weeklyHoursMin: numberOrText(min.input.value),
      weeklyHoursMax: numberOrText(max.input.value),
      capacity: numberOrText(capacity.input.value),
      eligibleForPaidHours: paid.checked,
      demands: demands.read(),
      accommodationsOffered: offers.read(),
      schedule: [...slots.children].map(readSlot),
      skills: skills.input.value.split(',').map(s => s.trim()).filter(Boolean),
    };
    if (t.taskId) out.taskId = t.taskId;
    if (description.input.value.trim()) out.description = description.input.value.trim();
    const teamSize = numberOrText(team.input.value);
    if (teamSize !== null) out.teamSize = teamSize;
    return out;
  };
  return el;
}

function slotRow(slot, remove) {
  const dayId = uid('dag');
  const fromId = uid('fra');
  const toId = uid('til');
  const row = h('div', { class: 'row slot' },
    h('div', { class: 'field' }, h('label', { for: dayId }, 'Dag'),
      h('select', { id: dayId, 'data-slot': 'day' }, Object.entries(WEEKDAY).map(([value, label]) =>
        h('option', { value, selected: value === (slot?.day || 'MON') }, label)))),
    h('div', { class: 'field' }, h('label', { for: fromId }, 'Fra'), h('input', { id: fromId, type: 'time', 'data-slot': 'from', value: slot?.from || '09:00' })),
    h('div', { class: 'field' }, h('label', { for: toId }, 'Til'), h('input', { id: toId, type: 'time', 'data-slot': 'to', value: slot?.to || '12:00' })),
    h('button', { type: 'button', class: 'remove', onclick: () => remove(row) }, 'Fjern', h('span', { class: 'visually-hidden' }, ' tidspunkt')));
  return row;
}

function readSlot(row) {
  const value = part => row.querySelector(`[data-slot="${part}"]`).value;
  return { day: value('day'), from: value('from'), to: value('to') };
}
