// Occupation suggestions as you type (GET /occupations): the ARIA 1.2 combobox pattern with a
// listbox popup. Arrow keys move, Enter picks, Escape closes; picking fills title and code.

import { api, query } from './api.js';
import { h, uid } from './dom.js';

export function occupationCombobox(input, onPick) {
  const listId = uid('forslag');
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Forslag til stillingsbetegnelse' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
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
  const pick = index => {
    const s = items[index];
    if (!s) return;
    input.value = s.title;
    onPick(s);
    close();
  };
  const render = () => {
    list.replaceChildren(...items.map((s, i) => h('li', {
      id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { code: s.occupationCode },
      onmousedown: e => { e.preventDefault(); pick(i); },
    }, s.title, h('span', { class: 'code' }, ` (${s.occupationCode})`))));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
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
      render();
    } catch (e) {
      items = [];
      render();
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
  return list;
}
