// Occupation suggestions as you type (GET /occupations): the ARIA 1.2 combobox pattern with a
// listbox popup. Arrow keys move, Enter picks, Escape closes; picking fills title and code. When
// nothing fits, a polite live region under the field says so in the API's own words, so a screen
// reader hears it too and nobody waits for a list that will not come.

import { api, query } from './api.js';
import { h, uid } from './dom.js';

/** Wires `input` as the combobox; returns the listbox and the status line, to place after the input. */
export function occupationCombobox(input, onPick) {
  const listId = uid('forslag');
  const statusId = uid('forslag-status');
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Forslag til stillingsbetegnelse' });
  const status = h('p', { id: statusId, class: 'hint suggestion-status', role: 'status', 'aria-live': 'polite' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), statusId].filter(Boolean).join(' '));
  input.setAttribute('autocomplete', 'off');
  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = index => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };
  // The title the consultant's words matched stays in the field (sygehjælper, not the occupation's
  // first title); the code says which occupation it is.
  const pick = index => {
    const s = items[index];
    if (!s) return;
    input.value = s.matchedTitle || s.title;
    onPick(s);
    close();
  };
  const render = message => {
    list.replaceChildren(...items.map((s, i) => h('li', {
      id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { code: s.occupationCode },
      onmousedown: e => { e.preventDefault(); pick(i); },
    }, s.matchedTitle ? [h('span', { class: 'matched' }, s.matchedTitle), ' – '] : null,
    s.title, h('span', { class: 'code' }, ` (${s.occupationCode})`))));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    status.textContent = message || '';
    active = -1;
  };
  const suggest = async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text.length < 2) { items = []; render(); return; }
    try {
      const { data } = await api(`/occupations${query({ q: text, limit: 6 })}`);
      if (ticket !== asked) return;
      items = data.suggestions;
      render(items.length ? '' : data.message || `Ingen stillingsbetegnelse passer til »${text}«.`);
    } catch (e) {
      if (ticket !== asked) return;
      items = [];
      render('Forslagene kunne ikke hentes lige nu. Skriv titlen som fritekst.');
    }
  };

  input.addEventListener('input', () => {
    onPick(null);
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      if (list.hidden) render();
      highlight((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return [list, status];
}
