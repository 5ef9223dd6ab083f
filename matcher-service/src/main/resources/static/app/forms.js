// Shows the API's problem+json next to the field it names. Inputs carry data-field with the API's
// JSON path (e.g. "hoursCapacity.now", "jobGoals[0].occupationCode"); an error for a path that has
// no input of its own goes to the nearest enclosing path, else to the form's summary. The texts are
// the service's Danish ones (api.js asks for Danish); the paths are for finding inputs, never shown.

import { h } from './dom.js';

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(el => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach(el => {
    el.removeAttribute('aria-invalid');
    const describedBy = (el.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.startsWith('fejl-'));
    if (describedBy.length) el.setAttribute('aria-describedby', describedBy.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  const summary = form.querySelector('.error-summary');
  if (summary) summary.replaceChildren();
}

function findInput(form, field) {
  let path = field;
  while (path) {
    const input = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (input) return input;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  return null;
}

let counter = 0;

/** Puts every error of an ApiError by its field; returns true when at least one found its field. */
export function showErrors(form, error) {
  clearErrors(form);
  // Each field gets its own message; the problem's detail (the only text when there are several) heads the summary.
  const items = error.errors?.length
    ? error.errors.map(e => ({ field: e.field, message: e.message }))
    : [{ field: error.field, message: error.message }];
  const summary = form.querySelector('.error-summary');
  let first = null;
  const unplaced = [];
  for (const item of items) {
    const input = item.field ? findInput(form, item.field) : null;
    if (!input) { unplaced.push(item.message); continue; }
    counter += 1;
    const id = `fejl-${counter}`;
    const message = h('p', { class: 'field-error', id, dataset: { errorFor: item.field } }, item.message);
    const anchor = input.closest('.field') || input;
    anchor.append(message);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    first = first || input;
  }
  if (summary) {
    const others = unplaced.filter(m => m !== error.message);
    summary.replaceChildren(...[
      h('h2', {}, 'Ændringen blev ikke gemt'),
      h('p', {}, error.message),
      others.length ? h('ul', {}, others.map(m => h('li', {}, m))) : null].filter(Boolean));
    summary.focus();
  }
  if (first) first.focus();
  return first !== null;
}

/** A whole number as a number; anything else as typed (or null when blank), so the API names what is wrong. */
export function numberOrText(value) {
  const text = String(value).trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}
