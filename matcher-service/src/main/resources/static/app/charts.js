// Small inline SVG charts drawn by our own code: no chart library, nothing from another host.
// Every chart has a text alternative (role="img" with aria-label) and a table or list beside it.

import { h, num, uid } from './dom.js';
import { WEIGHTS } from './labels.js';

/**
 * The colours of the score parts: the Okabe-Ito palette, which people with any common colour vision
 * deficiency can tell apart, plus a grey and a grey hatching for the tenth part. Colour is never the
 * only carrier: every segment wide enough says its part in words, and the table every bar opens
 * (it is a button) lists each part with its points. `ink` is the label's colour
 * on that fill, each pair at least 4.5:1 (PartColoursTest checks them); the pale fills are set off
 * from the white bar by the labels and by a white gap between segments.
 */
export const PART_COLOURS = {
  goals: { fill: '#0072B2', ink: '#ffffff' },
  experience: { fill: '#E69F00', ink: '#000000' },
  skills: { fill: '#56B4E9', ink: '#000000' },
  developmentGoals: { fill: '#CC79A7', ink: '#000000' },
  wishes: { fill: '#009E73', ink: '#000000' },
  hoursFit: { fill: '#F0E442', ink: '#000000' },
  distance: { fill: '#D55E00', ink: '#000000' },
  preferNeeds: { fill: '#000000', ink: '#ffffff' },
  ordinaryHours: { fill: '#999999', ink: '#000000' },
  // A texture as well as a colour: the one part that has no Okabe-Ito hue of its own.
  paidHoursRecord: { fill: '#999999', ink: '#000000', hatch: '#ffffff' },
};

/** The part names short enough for a segment of the bar; the full names are in WEIGHTS. */
const SHORT = {
  developmentGoals: 'Udv.mål',
  preferNeeds: 'Skånehensyn',
  ordinaryHours: 'Ord. timer',
  paidHoursRecord: 'Løntimer',
};

const svg = (tag, attrs, ...children) => h(`svg:${tag}`, attrs, ...children);

/** Paints the element in the part's fill, through the style object (the CSP allows no style attributes). */
function paint(el, key) {
  const colour = PART_COLOURS[key];
  el.style.background = colour.hatch
    ? `repeating-linear-gradient(45deg, ${colour.fill} 0 4px, ${colour.hatch} 4px 7px)`
    : colour.fill;
  el.style.color = colour.ink;
  return el;
}

/** A small square in the part's colour, for legends. */
function key(part) {
  return paint(h('span', { class: 'key', 'aria-hidden': 'true' }), part);
}

const maxOf = weights => WEIGHTS.reduce((sum, [key]) => sum + (weights?.[key] || 0), 0) || 1;

/**
 * The share of a bar a label needs: about 7.5 px a character of the bar's bold 0.8rem and the
 * segment's padding, on the narrowest bar the page draws (600 px, a tablet's width).
 */
const room = label => ((label.length * 7.5 + 8) / 600) * 100;

/** A segment's text: name and points where there is room, the points alone where less, else nothing. */
function segmentLabel(key, name, points, percent) {
  const full = `${SHORT[key] || name} ${num(points)}`;
  if (percent >= room(full)) return full;
  return percent >= room(num(points)) ? num(points) : '';
}

/**
 * The score breakdown as one stacked bar, each part's share in its colour and, where there is room,
 * its name and points; the whole bar's length is the score against the most a task could score with
 * these weights. The bar is a button that opens, below it, the table of every part with its points
 * and the most it can give. Not a hover pop-up: one would cover the rows below while scrolling.
 */
export function scoreBar(breakdown, weights, score) {
  const max = maxOf(weights);
  const parts = WEIGHTS.filter(([part]) => (breakdown[part] || 0) > 0.005);
  const tableId = uid('pointtabel');
  const segments = parts.map(([part, name]) => {
    const percent = (breakdown[part] / max) * 100;
    const segment = paint(h('span', { class: 'segment', dataset: { part } },
      segmentLabel(part, name, breakdown[part], percent)), part);
    segment.style.width = `${percent.toFixed(3)}%`;
    return segment;
  });
  const table = h('table', { class: 'score-table', id: tableId, hidden: true },
    h('caption', {}, `Point ${num(score)} af ${num(max)} mulige, fordelt på dele`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Del'), h('th', { scope: 'col' }, 'Point'),
      h('th', { scope: 'col' }, 'Højst'))),
    h('tbody', {}, WEIGHTS.map(([part, name]) => h('tr', { dataset: { part } },
      h('th', { scope: 'row' }, key(part), name),
      h('td', { class: 'num' }, num(breakdown[part] || 0)),
      h('td', { class: 'num' }, num(weights?.[part] || 0))))));
  const button = h('button', { type: 'button', class: 'score-bar', 'aria-expanded': 'false', 'aria-controls': tableId,
    onclick: () => {
      table.hidden = !table.hidden;
      button.setAttribute('aria-expanded', String(!table.hidden));
    } },
  h('span', { class: 'visually-hidden' }, `Point ${num(score)} af ${num(max)} mulige. Vis pointene for hver del: `),
  segments);
  return h('div', { class: 'score-parts' }, button, table);
}

/** The legend of a score bar: coloured key, part name and points, for every part that added something. */
export function scoreLegend(breakdown) {
  return h('ul', { class: 'legend' },
    WEIGHTS.filter(([key]) => (breakdown[key] || 0) > 0.005).map(([part, name]) =>
      h('li', {}, key(part), `${name} ${num(breakdown[part])}`)));
}

/**
 * Weekly bars: for each week one bar per series stacked (e.g. praktiktimer under ordinære timer).
 * series: [{key, label, colour}], rows: [{label, values: {key: number}}].
 */
export function weeklyBars(title, series, rows, { unit = 'timer' } = {}) {
  const width = 640;
  const height = 220;
  const left = 36;
  const bottom = 30;
  const top = 10;
  const plotHeight = height - bottom - top;
  const totals = rows.map(r => series.reduce((s, se) => s + (r.values[se.key] || 0), 0));
  const maxTotal = Math.max(1, ...totals);
  const step = niceStep(maxTotal);
  const yMax = Math.ceil(maxTotal / step) * step;
  const band = rows.length ? (width - left - 10) / rows.length : 0;
  const barWidth = Math.min(40, band * 0.7);
  const y = value => top + plotHeight - (value / yMax) * plotHeight;
  const grid = [];
  for (let v = 0; v <= yMax; v += step) {
    grid.push(svg('line', { x1: left, x2: width - 5, y1: y(v), y2: y(v), stroke: '#d0d0d0', 'stroke-width': 1 }));
    grid.push(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, num(v)));
  }
  const bars = rows.map((row, i) => {
    const x = left + i * band + (band - barWidth) / 2;
    let base = 0;
    const stack = series.map(se => {
      const value = row.values[se.key] || 0;
      const rect = value > 0
        ? svg('rect', { x, y: y(base + value), width: barWidth, height: y(base) - y(base + value), fill: se.colour },
          svg('title', {}, `${row.label}: ${se.label} ${num(value)} ${unit}`))
        : null;
      base += value;
      return rect;
    });
    const showLabel = rows.length <= 14 || i % Math.ceil(rows.length / 14) === 0;
    return svg('g', {}, stack,
      showLabel ? svg('text', { x: x + barWidth / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'axis' }, row.label) : null);
  });
  const summary = rows.map(r => `${r.label}: ` + series.map(se => `${se.label} ${num(r.values[se.key] || 0)}`).join(', ')).join('; ');
  return h('figure', { class: 'chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}. ${summary || 'Ingen data endnu.'}` },
      grid, bars),
    h('figcaption', {}, title, ' ',
      h('span', { class: 'chart-keys' }, series.map(se => h('span', { class: 'chart-key' },
        svg('svg', { class: 'key', viewBox: '0 0 10 10', 'aria-hidden': 'true' }, svg('rect', { width: 10, height: 10, fill: se.colour })),
        se.label)))));
}

function niceStep(max) {
  const raw = max / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const scaled = raw / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return Math.max(1, nice * power);
}

/** The colour of every part once, for reading the bars of a whole list. */
export function partsKey() {
  return h('div', { class: 'parts-key' },
    h('p', { class: 'hint' }, 'Bjælken viser pointene i forhold til det højest mulige med disse vægte. Tryk på en bjælke for at se pointene for hver del:'),
    h('ul', { class: 'legend' }, WEIGHTS.map(([part, name]) => h('li', {}, key(part), name))));
}
