// A very small DOM builder: h('p', {class: 'x'}, 'text', child). No framework, no build step.

export function h(tag, attrs, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' && 'value' in el) {
      el.value = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the contents of the main region and moves focus to its heading, for screen readers and keyboards. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    document.title = heading.textContent + ' – Virksomhedsmatch';
  }
}

let ids = 0;
/** A unique element id for label/aria wiring. */
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Reads a short message aloud through the polite live region. */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
export function num(value) {
  return number.format(value);
}

const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric' });
export function date(iso) {
  if (!iso) return '';
  return dateFormat.format(new Date(iso.length === 10 ? iso + 'T12:00:00' : iso));
}

const dateTimeFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** A moment (an ISO date-time) as the page writes it, in the browser's time zone: "30. mar. 2026 09.15". */
export function dateTime(iso) {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}

/** Now as the value of a datetime-local input (yyyy-mm-ddThh:mm, the browser's time zone). */
export function nowLocal() {
  const d = new Date();
  return `${isoDate(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Today as yyyy-mm-dd in the browser's time zone. */
export function today() {
  return isoDate(new Date());
}

export function isoDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDays(iso, days) {
  const d = new Date(iso + 'T12:00:00');
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

/** ISO week number of a yyyy-mm-dd date. */
export function isoWeek(iso) {
  const d = new Date(iso + 'T12:00:00');
  const day = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - day + 3);
  const firstThursday = new Date(d.getFullYear(), 0, 4, 12);
  return 1 + Math.round(((d - firstThursday) / 86400000 - 3 + ((firstThursday.getDay() + 6) % 7)) / 7);
}

/** An ISO week as the page writes every week: "2026-W38" -> "uge 38". */
export function weekLabel(isoWeekText) {
  const match = /^\d{4}-W(\d{2})$/.exec(isoWeekText || '');
  return match ? `uge ${Number(match[1])}` : isoWeekText;
}

/** A labelled input inside a .field wrapper; returns {field, input}. */
export function labelled(label, attrs, hint) {
  const { tag = 'input', options = [], ...rest } = attrs;
  const id = uid('felt');
  const hintId = hint ? uid('hjaelp') : null;
  const input = h(tag, { ...rest, id, 'aria-describedby': hintId }, ...options);
  return {
    input,
    field: h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, input),
  };
}
