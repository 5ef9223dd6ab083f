// The contact log (kontaktlog) of a company: its contacts newest first, a form to register one with an
// optional next step (næste skridt), and "Mine næste skridt": the open next steps, oldest due first.
// Every job centre's consultants see a company's log; the citizen a contact was about only their own.

import { api, query } from '../api.js';
import { addDays, announce, date, dateTime, h, labelled, nowLocal, show, today } from '../dom.js';
import { clearErrors, showErrors } from '../forms.js';
import { CONTACT_KIND, CONTACT_OUTCOME, jobCentreName } from '../labels.js';

const PAGE_SIZE = 20;

/** A company's contact log; {@code params} may name the citizen the consultant came from (?borger=). */
export async function contactLogPage(companyId, params) {
  const citizenId = params.get('borger');
  const { data: company } = await api(`/companies/${companyId}`);
  const list = h('ol', { class: 'contacts', id: 'kontakter' });
  const more = h('button', { type: 'button', class: 'secondary', id: 'flere-kontakter', hidden: true }, 'Vis flere kontakter');
  const heading = h('h2', { id: 'kontakter-titel' }, 'Kontakter');
  let page = 0;

  async function load(reset) {
    if (reset) { page = 0; list.replaceChildren(); }
    const { data } = await api(`/companies/${companyId}/contacts${query({ page, size: PAGE_SIZE })}`);
    heading.textContent = `Kontakter (${data.page.totalItems})`;
    if (!data.items.length && page === 0) list.replaceChildren(h('li', { class: 'muted' }, 'Ingen kontakter registreret endnu.'));
    data.items.forEach(contact => list.append(contactItem(contact, companyId, () => load(true))));
    more.hidden = page + 1 >= data.page.totalPages;
  }
  more.addEventListener('click', async () => { page += 1; await load(false); });

  const back = citizenId
    ? h('a', { href: `#/borgere/${citizenId}/match` }, `Virksomheder til borger ${citizenId.slice(0, 8)}`)
    : h('a', { href: '#/naeste-skridt' }, 'Næste skridt');
  show(
    h('p', { class: 'crumbs' }, back, ' › ', h('a', { href: `#/virksomheder/${companyId}`, class: 'company-link' }, company.name), ' › Kontaktlog'),
    h('h1', {}, `Kontaktlog: ${company.name}`),
    h('p', { class: 'lead', id: 'seneste-kontakt' }, company.lastContact
      ? `Seneste kontakt: ${CONTACT_KIND[company.lastContact.kind].toLowerCase()} ${dateTime(company.lastContact.at)}.`
      : 'Ingen kontakter med virksomheden endnu.'),
    contactForm(company, citizenId, async () => {
      await contactLogPage(companyId, params);
      announce('Kontakten er registreret.');
      document.getElementById('kontakter-titel')?.focus();
    }),
    h('section', { 'aria-labelledby': 'kontakter-titel' }, heading, list, more));
  heading.setAttribute('tabindex', '-1');
  await load(true);
}

function contactItem(c, companyId, reload) {
  const who = [c.contactPerson ? `med ${c.contactPerson}` : null,
    `registreret af ${c.recordedBy} (Jobcenter ${jobCentreName(c.jobCentre)})`].filter(Boolean).join(', ');
  return h('li', { class: 'contact', dataset: { contactId: c.contactId } },
    h('p', {}, h('strong', {}, `${CONTACT_KIND[c.kind]} ${dateTime(c.at)}`), ` · ${CONTACT_OUTCOME[c.outcome]}`),
    h('p', { class: 'hint' }, who, c.citizenId ? ` · om borger ${c.citizenId.slice(0, 8)}` : ''),
    c.note ? h('p', {}, c.note) : null,
    c.nextStep ? nextStepLine(c, companyId, reload) : null);
}

function nextStepLine(c, companyId, reload) {
  const step = c.nextStep;
  if (step.done) {
    return h('p', { class: 'next-step done' }, h('strong', {}, 'Næste skridt: '), `${step.text} – udført ${dateTime(step.doneAt)}.`);
  }
  const overdue = step.dueDate < today();
  return h('p', { class: `next-step${overdue ? ' overdue' : ''}` },
    h('strong', {}, 'Næste skridt: '), `${step.text} – senest ${date(step.dueDate)}${overdue ? ' (overskredet)' : ''}. `,
    doneButton(companyId, c.contactId, reload));
}

/** "Markér som udført": only the job centre that recorded the contact may; the API says so otherwise. */
function doneButton(companyId, contactId, reload) {
  const error = h('span', { class: 'field-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'button', class: 'secondary mark-done', onclick: async () => {
    button.disabled = true;
    error.hidden = true;
    try {
      await api(`/companies/${companyId}/contacts/${contactId}/next-step/done`, { method: 'POST' });
      announce('Næste skridt er markeret som udført.');
      await reload();
    } catch (e) {
      error.hidden = false;
      error.textContent = e.message;
      button.disabled = false;
    }
  } }, 'Markér som udført');
  return [button, ' ', error];
}

function select(label, name, entries, value) {
  return labelled(label, { tag: 'select', name, 'data-field': name,
    options: entries.map(([v, text]) => h('option', { value: v, selected: v === value }, text)) });
}

function contactForm(company, citizenId, done) {
  const kind = select('Type', 'kind', Object.entries(CONTACT_KIND), 'CALL');
  const at = labelled('Tidspunkt', { type: 'datetime-local', name: 'at', 'data-field': 'at', value: nowLocal() });
  const outcome = select('Resultat', 'outcome', Object.entries(CONTACT_OUTCOME), 'NEUTRAL');
  const listId = `kontaktpersoner-${company.companyId}`;
  const person = labelled('Kontaktperson hos virksomheden', { type: 'text', name: 'contactPerson', 'data-field': 'contactPerson',
    maxlength: 120, list: listId }, 'Valgfrit.');
  const people = h('datalist', { id: listId }, (company.contactPersons || []).map(p => h('option', { value: p.name })));
  const task = select('Delfunktion', 'taskId', [['', 'Ingen bestemt'], ...company.partialTasks.map(t => [t.taskId, t.title])], '');
  const note = labelled('Note', { tag: 'textarea', name: 'note', 'data-field': 'note', rows: 3, maxlength: 2000 },
    'Hvad blev sagt eller aftalt. Ingen helbredsoplysninger eller andre følsomme oplysninger om borgere.');
  const stepText = labelled('Næste skridt', { type: 'text', name: 'nextStep.text', 'data-field': 'nextStep.text', maxlength: 500 },
    'Valgfrit, fx »Ring igen om praktikplads«.');
  const stepDue = labelled('Frist for næste skridt', { type: 'date', name: 'nextStep.dueDate', 'data-field': 'nextStep.dueDate',
    value: addDays(today(), 7) });
  let about = null;
  if (citizenId) {
    about = h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: 'om-borger', 'data-field': 'citizenId' }),
      h('label', { for: 'om-borger' }, `Kontakten handlede om borger ${citizenId.slice(0, 8)} (vises kun for dit jobcenter)`));
  }
  const form = h('form', { class: 'contact-form panel', id: 'ny-kontakt', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    const body = {
      kind: kind.input.value,
      // The browser's local time with its offset, as the API's date-time; an empty field is left for the API to name.
      at: at.input.value ? new Date(at.input.value).toISOString() : null,
      outcome: outcome.input.value,
    };
    if (person.input.value.trim()) body.contactPerson = person.input.value.trim();
    if (task.input.value) body.taskId = task.input.value;
    if (note.input.value.trim()) body.note = note.input.value.trim();
    if (stepText.input.value.trim()) body.nextStep = { text: stepText.input.value.trim(), dueDate: stepDue.input.value || null };
    if (about && about.querySelector('input').checked) body.citizenId = citizenId;
    try {
      await api(`/companies/${company.companyId}/contacts`, { method: 'POST', body });
      await done();
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('h2', {}, 'Registrér kontakt'),
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  h('div', { class: 'contact-grid' }, kind.field, at.field, outcome.field, task.field),
  person.field, people, about, note.field,
  h('div', { class: 'contact-grid' }, stepText.field, stepDue.field),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'gem-kontakt' }, 'Registrér kontakt')));
  return form;
}

/** "Mine næste skridt": the open next steps of the consultant (or the whole job centre), oldest due first. */
export async function nextStepsPage(params) {
  const all = params.get('hvem') === 'jobcenter';
  const onlyDue = params.get('forfaldne') === 'ja';
  const { data } = await api(`/contacts/next-steps${query({ mine: all ? null : true, dueBefore: onlyDue ? addDays(today(), 1) : null, size: 100 })}`);
  const filter = h('form', { class: 'filter', onsubmit: e => {
    e.preventDefault();
    const who = e.target.querySelector('select').value;
    const due = e.target.querySelector('input[type=checkbox]').checked;
    const search = new URLSearchParams();
    if (who === 'jobcenter') search.set('hvem', 'jobcenter');
    if (due) search.set('forfaldne', 'ja');
    location.hash = `#/naeste-skridt${search.toString() ? `?${search}` : ''}`;
  } },
  labelled('Hvem', { tag: 'select', options: [
    h('option', { value: 'mine', selected: !all }, 'Mine'),
    h('option', { value: 'jobcenter', selected: all }, 'Hele jobcentrets')] }).field,
  h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'kun-forfaldne', checked: onlyDue }),
    h('label', { for: 'kun-forfaldne' }, 'Kun med frist i dag eller før')),
  h('button', { type: 'submit', class: 'secondary' }, 'Vis'));
  const reload = () => nextStepsPage(params);
  show(
    h('h1', {}, all ? 'Jobcentrets næste skridt' : 'Mine næste skridt'),
    h('p', { class: 'lead' }, 'Næste skridt fra kontaktloggen, der ikke er udført, ældste frist først.'),
    filter,
    data.items.length === 0
      ? h('p', { class: 'notice', id: 'ingen-naeste-skridt' }, 'Ingen åbne næste skridt.')
      : h('div', { class: 'table-wrap' }, h('table', { class: 'next-steps', id: 'naeste-skridt' },
        h('caption', {}, `${data.page.totalItems} åbne næste skridt`),
        h('thead', {}, h('tr', {}, ['Frist', 'Næste skridt', 'Virksomhed', 'Kontakt', 'Konsulent', 'Handling'].map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, data.items.map(s => {
          const overdue = s.dueDate < today();
          return h('tr', { dataset: { contactId: s.contactId } },
            h('td', { class: overdue ? 'overdue' : null }, `${date(s.dueDate)}${overdue ? ' (overskredet)' : ''}`),
            h('th', { scope: 'row' }, s.text),
            h('td', {}, h('a', { href: `#/virksomheder/${s.companyId}/kontaktlog` }, s.companyName || 'Slettet virksomhed')),
            h('td', {}, `${CONTACT_KIND[s.kind]} ${date(s.at)}`),
            h('td', {}, s.recordedBy),
            h('td', {}, doneButton(s.companyId, s.contactId, reload)));
        })))));
}
