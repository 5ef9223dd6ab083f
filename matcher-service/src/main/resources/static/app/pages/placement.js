// One placement (virksomhedsforløb): status and what may follow, the work agreement (arbejdsaftale),
// the hours ledger as a chart of praktiktimer and ordinære timer week by week with a form to
// register new hours (e.g. 15 + 2 -> 14 + 5), and the follow-ups (opfølgning), with what is overdue.

import { api } from '../api.js';
import { weeklyBars } from '../charts.js';
import { addDays, announce, date, h, isoWeek, labelled, show, today } from '../dom.js';
import { clearErrors, numberOrText, showErrors } from '../forms.js';
import { citizenRef, OUTCOME, PARTICIPANT, PLACEMENT_STATUS, WEEKDAY } from '../labels.js';

const HOUR_SERIES = [
  { key: 'internshipHours', label: 'Praktiktimer', colour: '#1f78b4' },
  { key: 'ordinaryHours', label: 'Ordinære timer', colour: '#2d7a3a' },
  { key: 'wageSubsidyHours', label: 'Løntilskudstimer', colour: '#8c510a' },
];

export async function placementPage(placementId) {
  const [{ data: placement, etag }, { data: ledger }, { data: followUps }] = await Promise.all([
    api(`/placements/${placementId}`),
    api(`/placements/${placementId}/hours`),
    api(`/placements/${placementId}/follow-ups`),
  ]);
  // The citizen's hours now, to warn before agreeing more; the placement outlives an erased citizen.
  const citizen = await api(`/citizens/${placement.citizenId}`).then(r => r.data, () => null);
  const reload = async (message, focusId) => {
    await placementPage(placementId);
    if (message) announce(message);
    if (focusId) document.getElementById(focusId)?.focus();
  };
  const context = { placement, etag, ledger, followUps, reload, hoursNow: citizen?.hoursCapacity?.now ?? null };
  const citizenShort = citizenRef(citizen || { citizenId: placement.citizenId });
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/forloeb' }, 'Forløb'), ' › ',
      h('a', { href: `#/borgere/${placement.citizenId}` }, `Borger ${citizenShort}`), ' › Forløb'),
    h('h1', {}, `Forløb hos ${placement.companyName || 'virksomheden'}`),
    summary(placement, citizenShort),
    placement.followUpOverdue
      ? h('p', { class: 'alert', id: 'overskredet' }, h('strong', {}, 'Opfølgning overskredet: '),
        `næste opfølgning skulle have været senest ${date(placement.nextFollowUpDue)}.`)
      : null,
    statusSection(context),
    agreementSection(context),
    hoursSection(context),
    followUpSection(context));
}

function summary(p, citizenShort) {
  const facts = [
    `Status: ${PLACEMENT_STATUS[p.status]}`,
    `Borger ${citizenShort}`,
    `Virksomhedskonsulent: ${p.consultant}`,
  ];
  if (p.startDate) facts.push(`${p.status === 'PROPOSED' || p.status === 'AGREED' ? 'Start' : 'Startet'} ${date(p.startDate)}`);
  if (p.weeksAtCompany !== undefined && p.weeksAtCompany !== null) facts.push(`${p.weeksAtCompany} uger i virksomheden (mål: 13)`);
  if (p.nextFollowUpDue) facts.push(`Næste opfølgning senest ${date(p.nextFollowUpDue)}`);
  if (p.outcome) facts.push(`Resultat: ${OUTCOME[p.outcome]}`);
  return h('p', { class: 'lead', id: 'forloeb-status' }, facts.join(' · '), ' · ',
    h('a', { href: `#/virksomheder/${p.companyId}`, class: 'company-link' }, p.companyName || 'Virksomheden'));
}

// ---- status --------------------------------------------------------------------------------------

/** Why a transition cannot be made yet, in the consultant's words; null when it can. */
function notYet(action, placement) {
  const allowed = placement.allowedTransitions || [];
  switch (action) {
    case 'agree':
      if (!allowed.includes('AGREED')) return 'Kun et forslag kan aftales.';
      return placement.workAgreement ? null : 'Skriv arbejdsaftalen først: virksomheden siger ja til den.';
    case 'start':
      return allowed.includes('ACTIVE') ? null : 'Starten registreres, når virksomheden har sagt ja.';
    case 'end':
      return allowed.includes('ENDED') ? null : 'Et forslag afsluttes ikke; træk det tilbage, hvis det ikke bliver til noget.';
    case 'withdraw':
      return allowed.includes('WITHDRAWN') ? null : 'Kun et forslag kan trækkes tilbage; et aftalt forløb afsluttes.';
    default:
      return null;
  }
}

function statusSection({ placement, etag, reload, hoursNow }) {
  const forms = [];
  // Steps already taken are history, not buttons; the rest are shown, the ones not yet possible disabled with why.
  const reached = new Set((placement.history || []).map(e => e.status).concat(placement.status));
  const shown = form => {
    const action = form.dataset.action;
    const past = (action === 'agree' && reached.has('AGREED')) || (action === 'start' && reached.has('ACTIVE'))
      || (action === 'withdraw' && reached.has('ACTIVE'));
    if (!past) forms.push(form);
  };
  if (!['ENDED', 'WITHDRAWN'].includes(placement.status)) {
    const agreed = placement.workAgreement;
    const agreedHours = agreed ? agreed.weeklyInternshipHours + agreed.plannedOrdinaryHours : null;
    const start = labelled('Aftalt startdato', { type: 'date', 'data-field': 'startDate', value: placement.plannedStartDate || today() });
    shown(transitionForm('agree', 'Virksomheden har sagt ja', [start.field], () => ({ startDate: start.input.value || undefined }),
      placement, etag, reload, 'Forløbet er aftalt.',
      hoursNow !== null && agreedHours > hoursNow ? `Bemærk: arbejdsaftalen giver ${agreedHours} timer om ugen, og borgeren kan arbejde ${hoursNow} timer nu.` : null));
    const first = labelled('Første dag i virksomheden', { type: 'date', 'data-field': 'startDate', value: today(), name: 'startDate' });
    shown(transitionForm('start', 'Registrér start', [first.field], () => ({ startDate: first.input.value || undefined }),
      placement, etag, reload, 'Forløbet er startet.'));
    // No outcome is chosen in advance: "ordinary job" by mistake would count in the programme's results.
    const outcome = labelled('Resultat', { tag: 'select', 'data-field': 'outcome',
      options: [h('option', { value: '', selected: true }, 'Vælg resultat'),
        ...Object.entries(OUTCOME).map(([value, label]) => h('option', { value }, label))] });
    const reason = labelled('Begrundelse (kræves ved afslutning uden job)', { type: 'text', 'data-field': 'reason' });
    const end = labelled('Sidste dag', { type: 'date', 'data-field': 'endDate', value: today() });
    shown(transitionForm('end', 'Afslut forløbet', [outcome.field, reason.field, end.field],
      () => (outcome.input.value ? { outcome: outcome.input.value, reason: reason.input.value.trim() || undefined, endDate: end.input.value || undefined }
        : { missing: { field: 'outcome', message: 'Vælg hvordan forløbet sluttede.' } }),
      placement, etag, reload, 'Forløbet er afsluttet.'));
    const why = labelled('Hvorfor blev det ikke til noget?', { type: 'text', 'data-field': 'reason' });
    shown(transitionForm('withdraw', 'Træk forslaget tilbage', [why.field],
      () => ({ reason: why.input.value.trim() }), placement, etag, reload, 'Forslaget er trukket tilbage.'));
  }
  return h('section', { class: 'panel wide', 'aria-labelledby': 'status-titel' },
    h('h2', { id: 'status-titel', tabindex: '-1' }, 'Status'),
    h('ol', { class: 'history' }, (placement.history || []).map(e =>
      h('li', {}, `${PLACEMENT_STATUS[e.status]} ${date(e.date)} (${e.by})`))),
    forms.length ? h('div', { class: 'transitions' }, forms) : h('p', { class: 'muted' }, 'Forløbet kan ikke ændre status mere.'));
}

function transitionForm(action, label, fields, body, placement, etag, reload, done, note) {
  const blocked = notYet(action, placement);
  const form = h('form', { class: blocked ? 'transition blocked' : 'transition', novalidate: true, dataset: { action }, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    if (blocked) return;
    const request = body();
    if (request.missing) {
      showErrors(form, { field: request.missing.field, message: request.missing.message, errors: [] });
      return;
    }
    try {
      await api(`/placements/${placement.placementId}/${action}`, { method: 'POST', body: request, etag });
      await reload(done, 'status-titel');
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  blocked ? null : fields,
  blocked ? h('p', { class: 'hint', id: `hvorfor-${action}` }, blocked) : note ? h('p', { class: 'hint' }, note) : null,
  h('button', { type: 'submit', class: action === 'withdraw' || action === 'end' ? 'secondary' : 'primary', id: `forloeb-${action}`,
    disabled: blocked ? true : null, 'aria-describedby': blocked ? `hvorfor-${action}` : null }, label));
  return form;
}

// ---- work agreement ------------------------------------------------------------------------------

function agreementSection({ placement, etag, reload, hoursNow }) {
  const a = placement.workAgreement;
  const editable = !['ENDED', 'WITHDRAWN'].includes(placement.status);
  const titles = new Map((placement.matchedTasks || []).map(t => [t.taskId, `${t.title} (${t.weeklyHoursMin}–${t.weeklyHoursMax} timer)`]));
  const shown = a ? h('dl', { class: 'agreement' },
    h('dt', {}, 'Delfunktioner'), h('dd', {}, a.taskIds.map(id => titles.get(id) || id).join(', ')),
    h('dt', {}, 'Praktiktimer om ugen'), h('dd', {}, a.weeklyInternshipHours),
    h('dt', {}, 'Forventede ordinære timer'), h('dd', {}, a.plannedOrdinaryHours),
    h('dt', {}, 'Dage'), h('dd', {}, a.days.map(d => WEEKDAY[d]).join(', ')),
    h('dt', {}, 'Timerne revurderes'), h('dd', {}, date(a.reviewDate)),
    h('dt', {}, 'Opfølgning'), h('dd', {}, `mindst hver ${a.followUpEveryDays || 30}. dag`),
    a.contactPerson ? [h('dt', {}, 'Kontaktperson'), h('dd', {}, a.contactPerson.name)] : null)
    : h('p', { class: 'notice' }, 'Der er ingen arbejdsaftale endnu. Den skal på plads, før virksomheden kan sige ja.');
  const print = a ? h('p', {}, h('a', { href: `#/forloeb/${placement.placementId}/arbejdsaftale`, class: 'button-link', id: 'udskriv-aftale' },
    'Arbejdsaftalen til underskrift')) : null;
  if (!editable) {
    return h('section', { class: 'panel wide', 'aria-labelledby': 'aftale-titel' }, h('h2', { id: 'aftale-titel', tabindex: '-1' }, 'Arbejdsaftale'), shown, print);
  }
  const taskIds = [...new Set([...(a?.taskIds || placement.taskIds), ...titles.keys()])];
  const chosen = new Set(a?.taskIds || placement.taskIds);
  const tasks = h('fieldset', { class: 'checks', 'data-field': 'taskIds' }, h('legend', {}, 'Delfunktioner'),
    taskIds.map(id => {
      const input = h('input', { type: 'checkbox', value: id, checked: chosen.has(id), id: `opgave-${id}` });
      return h('div', { class: 'check' }, input, h('label', { for: `opgave-${id}` }, titles.get(id) || `Delfunktion ${id.slice(0, 8)}`));
    }));
  const internship = labelled('Praktiktimer om ugen', { type: 'number', inputmode: 'numeric', name: 'weeklyInternshipHours', 'data-field': 'weeklyInternshipHours', value: a?.weeklyInternshipHours ?? '' });
  const ordinary = labelled('Forventede ordinære timer om ugen', { type: 'number', inputmode: 'numeric', name: 'plannedOrdinaryHours', 'data-field': 'plannedOrdinaryHours', value: a?.plannedOrdinaryHours ?? 0 });
  const chosenDays = new Set(a?.days || ['MON', 'TUE', 'WED']);
  const days = h('fieldset', { class: 'checks inline-checks', 'data-field': 'days' }, h('legend', {}, 'Dage'),
    Object.entries(WEEKDAY).map(([value, label]) => {
      const id = `dag-${value}`;
      return h('div', { class: 'check' }, h('input', { type: 'checkbox', id, value, checked: chosenDays.has(value) }), h('label', { for: id }, label));
    }));
  const review = labelled('Timerne revurderes', { type: 'date', name: 'reviewDate', 'data-field': 'reviewDate', value: a?.reviewDate || addDays(today(), 56) });
  const cadence = labelled('Opfølgning mindst hver … dag', { type: 'number', inputmode: 'numeric', name: 'followUpEveryDays', 'data-field': 'followUpEveryDays', value: a?.followUpEveryDays ?? 30 }, 'Mellem 7 og 31 dage: mindst én gang om måneden.');
  const save = h('button', { type: 'submit', class: 'primary', id: 'gem-aftale' }, a ? 'Gem ændret arbejdsaftale' : 'Gem arbejdsaftale');
  const contact = labelled('Kontaktperson i virksomheden', { type: 'text', name: 'contactPerson.name', 'data-field': 'contactPerson.name', value: a?.contactPerson?.name || '' });
  const number = input => numberOrText(input.value);
  // More weekly hours than the citizen can work now is sometimes right (a plan to build up to), so it
  // is a warning the consultant confirms by saving again, not a refusal.
  const warning = h('p', { class: 'alert', id: 'timer-advarsel', role: 'alert', tabindex: '-1', hidden: true });
  let confirmedHours = null;
  const form = h('form', { class: 'agreement-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearErrors(form);
    const total = [number(internship.input), number(ordinary.input)].reduce((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
    if (hoursNow !== null && total > hoursNow && confirmedHours !== total) {
      confirmedHours = total;
      warning.textContent = `Borgeren kan arbejde ${hoursNow} timer om ugen nu, og aftalen giver ${total} timer. `
        + 'Tryk på "Gem alligevel", hvis det er aftalt med borgeren.';
      warning.hidden = false;
      save.textContent = 'Gem alligevel';
      warning.focus?.();
      return;
    }
    const body = {
      taskIds: [...tasks.querySelectorAll('input:checked')].map(i => i.value),
      weeklyInternshipHours: number(internship.input),
      plannedOrdinaryHours: number(ordinary.input),
      days: [...days.querySelectorAll('input:checked')].map(i => i.value),
      reviewDate: review.input.value || null,
      followUpEveryDays: number(cadence.input),
    };
    if (contact.input.value.trim()) body.contactPerson = { ...(a?.contactPerson || {}), name: contact.input.value.trim() };
    if (a?.agreedOn) body.agreedOn = a.agreedOn;
    if (a?.note) body.note = a.note;
    try {
      await api(`/placements/${placement.placementId}/work-agreement`, { method: 'PUT', body, etag });
      await reload('Arbejdsaftalen er gemt.', 'aftale-titel');
    } catch (error) {
      showErrors(form, error);
    }
  } },
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
  tasks, h('div', { class: 'inline' }, internship.field, ordinary.field), days,
  h('div', { class: 'inline' }, review.field, cadence.field), contact.field, warning, save);
  return h('section', { class: 'panel wide', 'aria-labelledby': 'aftale-titel' },
    h('h2', { id: 'aftale-titel', tabindex: '-1' }, 'Arbejdsaftale'), shown, print,
    h('details', { open: a ? null : true }, h('summary', {}, a ? 'Ret arbejdsaftalen' : 'Skriv arbejdsaftalen'), form));
}

// ---- hours ledger --------------------------------------------------------------------------------

/** The hours in force on a date: of the entries that count, the latest effective on or before it. */
function hoursOn(entries, day) {
  const valid = entries.filter(e => e.counts && e.effectiveFrom <= day)
    .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? a.sequence - b.sequence : a.effectiveFrom.localeCompare(b.effectiveFrom)));
  return valid.at(-1) || null;
}

function weekRows(placement, entries) {
  const counting = entries.filter(e => e.counts);
  if (!counting.length) return [];
  const first = [placement.startDate, ...counting.map(e => e.effectiveFrom)].filter(Boolean).sort()[0];
  const last = placement.endDate && placement.endDate < today() ? placement.endDate : today();
  const latest = [last, ...counting.map(e => e.effectiveFrom)].sort().at(-1);
  const monday = d => addDays(d, -((new Date(d + 'T12:00:00').getDay() + 6) % 7));
  const rows = [];
  for (let week = monday(first); week <= latest && rows.length < 60; week = addDays(week, 7)) {
    const sunday = addDays(week, 6);
    const day = sunday < latest ? sunday : latest;
    const entry = hoursOn(counting, day);
    rows.push({ label: `uge ${isoWeek(week)}`, values: entry ? { internshipHours: entry.internshipHours, ordinaryHours: entry.ordinaryHours, wageSubsidyHours: entry.wageSubsidyHours } : {} });
  }
  return rows.slice(-26);
}

function hoursSection({ placement, ledger, reload }) {
  const current = ledger.current;
  const currentText = current
    ? `I kraft nu: ${current.internshipHours} praktiktimer + ${current.ordinaryHours} ordinære timer`
      + (current.wageSubsidyHours ? ` + ${current.wageSubsidyHours} løntilskudstimer` : '') + ` om ugen (fra ${date(current.effectiveFrom)}).`
    : 'Ingen timer registreret endnu. Timerne skrives første gang, når forløbet starter.';
  const open = ['ACTIVE', 'ENDED'].includes(placement.status);
  const rows = weekRows(placement, ledger.entries);
  const chart = rows.length ? weeklyBars('Timer om ugen i forløbet', HOUR_SERIES.filter(s => s.key !== 'wageSubsidyHours' || ledger.entries.some(e => e.wageSubsidyHours)), rows) : null;
  // A mistake is corrected by a new entry that names the one it corrects (the ledger is append-only);
  // only an entry that still counts can be corrected.
  let correct = null;
  const table = ledger.entries.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'timelog' },
    h('caption', {}, 'Timeregistreringer i den rækkefølge, de er skrevet'),
    h('thead', {}, h('tr', {}, ['Nr.', 'Fra', 'Praktik', 'Ordinære', 'Løntilskud', 'Gælder', 'Note', 'Skrevet af', 'Fejl?'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ledger.entries.map(e => h('tr', { dataset: { entry: e.entryId } },
      h('td', {}, e.sequence), h('td', {}, date(e.effectiveFrom)), h('td', { class: 'num' }, e.internshipHours),
      h('td', { class: 'num' }, e.ordinaryHours), h('td', { class: 'num' }, e.wageSubsidyHours),
      h('td', {}, e.counts ? 'ja' : 'rettet'), h('td', {}, e.note || ''), h('td', {}, e.recordedBy),
      h('td', {}, open && e.counts ? h('button', { type: 'button', class: 'secondary correct', onclick: () => correct?.(e) },
        `Ret nr. ${e.sequence}`) : '')))))) : null;
  let form = null;
  if (open) {
    const from = labelled('Gælder fra', { type: 'date', name: 'effectiveFrom', 'data-field': 'effectiveFrom', value: today() });
    const internship = labelled('Praktiktimer om ugen', { type: 'number', inputmode: 'numeric', name: 'internshipHours', 'data-field': 'internshipHours', value: current?.internshipHours ?? '' });
    const ordinary = labelled('Ordinære timer om ugen', { type: 'number', inputmode: 'numeric', name: 'ordinaryHours', 'data-field': 'ordinaryHours', value: current?.ordinaryHours ?? '' });
    const subsidy = labelled('Løntilskudstimer om ugen', { type: 'number', inputmode: 'numeric', name: 'wageSubsidyHours', 'data-field': 'wageSubsidyHours', value: current?.wageSubsidyHours ?? 0 });
    const note = labelled('Note', { type: 'text', name: 'note', 'data-field': 'note' }, 'F.eks. "aftalt ved opfølgning". Ingen helbredsoplysninger.');
    const number = input => numberOrText(input.value);
    const title = h('h3', { id: 'timer-form-titel', tabindex: '-1' }, 'Registrér nye timer');
    const save = h('button', { type: 'submit', class: 'primary', id: 'gem-timer' }, 'Registrér timer');
    const stopCorrecting = h('button', { type: 'button', class: 'secondary', hidden: true, id: 'fortryd-ret', onclick: () => {
      corrects = null;
      title.textContent = 'Registrér nye timer';
      save.textContent = 'Registrér timer';
      stopCorrecting.hidden = true;
    } }, 'Fortryd rettelsen');
    let corrects = null;
    correct = entry => {
      corrects = entry.entryId;
      title.textContent = `Ret registrering nr. ${entry.sequence}`;
      save.textContent = `Gem rettelse af nr. ${entry.sequence}`;
      stopCorrecting.hidden = false;
      from.input.value = entry.effectiveFrom;
      internship.input.value = entry.internshipHours;
      ordinary.input.value = entry.ordinaryHours;
      subsidy.input.value = entry.wageSubsidyHours;
      note.input.value = '';
      title.focus();
    };
    form = h('form', { class: 'hours-form', novalidate: true, onsubmit: async e => {
      e.preventDefault();
      clearErrors(form);
      const body = {
        effectiveFrom: from.input.value || null,
        internshipHours: number(internship.input),
        ordinaryHours: number(ordinary.input),
        wageSubsidyHours: number(subsidy.input) ?? 0,
      };
      if (corrects) body.corrects = corrects;
      if (note.input.value.trim()) body.note = note.input.value.trim();
      try {
        await api(`/placements/${placement.placementId}/hours`, { method: 'POST', body });
        await reload(corrects ? 'Rettelsen er registreret.' : 'De nye timer er registreret.', 'timer-titel');
      } catch (error) {
        showErrors(form, error);
      }
    } },
    title,
    h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
    h('div', { class: 'inline' }, from.field, internship.field, ordinary.field, subsidy.field), note.field,
    h('div', { class: 'inline' }, save, stopCorrecting));
  }
  return h('section', { class: 'panel wide', 'aria-labelledby': 'timer-titel' },
    h('h2', { id: 'timer-titel', tabindex: '-1' }, 'Timer'),
    h('p', { id: 'timer-nu' }, currentText),
    chart, form, table);
}

// ---- follow-ups ----------------------------------------------------------------------------------

function followUpSection({ placement, followUps, reload }) {
  const due = followUps.nextFollowUpDue
    ? h('p', { class: followUps.followUpOverdue ? 'overdue' : null, id: 'naeste-opfoelgning' },
      followUps.followUpOverdue ? `Overskredet: næste opfølgning skulle have været senest ${date(followUps.nextFollowUpDue)}.`
        : `Næste opfølgning senest ${date(followUps.nextFollowUpDue)}.`)
    : null;
  const list = followUps.items.length
    ? h('ul', { class: 'follow-ups' }, [...followUps.items].reverse().map(f => h('li', {},
      h('strong', {}, date(f.date)), ` – ${f.participants.map(p => PARTICIPANT[p]).join(', ')}`,
      f.ordinaryHoursRaised ? ' · ordinære timer drøftet' : '', f.notes ? h('p', {}, f.notes) : null)))
    : h('p', { class: 'muted' }, 'Ingen opfølgninger endnu.');
  let form = null;
  if (['ACTIVE', 'ENDED'].includes(placement.status)) {
    const when = labelled('Dato', { type: 'date', name: 'date', 'data-field': 'date', value: today() });
    const who = h('fieldset', { class: 'checks inline-checks', 'data-field': 'participants' }, h('legend', {}, 'Deltagere'),
      Object.entries(PARTICIPANT).map(([value, label]) => {
        const id = `deltager-${value}`;
        return h('div', { class: 'check' }, h('input', { type: 'checkbox', id, value, checked: value === 'CITIZEN' || value === 'CONSULTANT' }), h('label', { for: id }, label));
      }));
    const notes = labelled('Noter om progression', { tag: 'textarea', name: 'notes', 'data-field': 'notes', rows: 3 }, 'Kun det, forløbet har brug for; ingen helbredsoplysninger.');
    const raisedId = 'ordinaere-timer-droeftet';
    const raised = h('input', { type: 'checkbox', id: raisedId, 'data-field': 'ordinaryHoursRaised' });
    form = h('form', { class: 'follow-up-form', novalidate: true, onsubmit: async e => {
      e.preventDefault();
      clearErrors(form);
      const body = {
        date: when.input.value || null,
        participants: [...who.querySelectorAll('input:checked')].map(i => i.value),
        ordinaryHoursRaised: raised.checked,
      };
      if (notes.input.value.trim()) body.notes = notes.input.value.trim();
      try {
        await api(`/placements/${placement.placementId}/follow-ups`, { method: 'POST', body });
        await reload('Opfølgningen er registreret.', 'opfoelgning-titel');
      } catch (error) {
        showErrors(form, error);
      }
    } },
    h('h3', {}, 'Registrér opfølgning'),
    h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' }),
    when.field, who, notes.field,
    h('div', { class: 'check' }, raised, h('label', { for: raisedId }, 'Ordinære timer blev drøftet')),
    h('button', { type: 'submit', class: 'primary', id: 'gem-opfoelgning' }, 'Registrér opfølgning'));
  }
  return h('section', { class: 'panel wide', 'aria-labelledby': 'opfoelgning-titel' },
    h('h2', { id: 'opfoelgning-titel', tabindex: '-1' }, 'Opfølgning'), due, list, form);
}

