// Small inline SVG charts drawn by our own code: no chart library, nothing from another host.
// Every chart has a text alternative (role="img" with aria-label) and a table or list beside it.

import { h, num } from './dom.js';
import { WEIGHTS } from './labels.js';

// Colours with at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
export const PART_COLOURS = {
  goals: '#0b4f6c',
  experience: '#6a3d9a',
  skills: '#1f78b4',
  developmentGoals: '#8c510a',
  // Teal: a hue none of the others has, between the brown and the green it sits beside in the bar.
  wishes: '#007c89',
  hoursFit: '#2d7a3a',
  distance: '#b2182b',
  preferNeeds: '#c2410c',
  ordinaryHours: '#4d4d4d',
  paidHoursRecord: '#a6306f',
};

const svg = (tag, attrs, ...children) => h(`svg:${tag}`, attrs, ...children);

/**
 * The score breakdown as one stacked bar: each part's share drawn in its colour, the whole bar's
 * length the score against the most a task could score with these weights.
 */
export function scoreBar(breakdown, weights, score) {
  const max = WEIGHTS.reduce((sum, [key]) => sum + (weights?.[key] || 0), 0) || 1;
  const parts = WEIGHTS.filter(([key]) => (breakdown[key] || 0) > 0.005);
  const label = `Point ${num(score)} af ${num(max)} mulige: ` + parts.map(([key, name]) => `${name} ${num(breakdown[key])}`).join(', ');
  let x = 0;
  const rects = parts.map(([key, name]) => {
    const width = (breakdown[key] / max) * 100;
    const rect = svg('rect', { x: x.toFixed(3), y: 0, width: width.toFixed(3), height: 10, fill: PART_COLOURS[key] },
      svg('title', {}, `${name}: ${num(breakdown[key])}`));
    x += width;
    return rect;
  });
  return svg('svg', { class: 'score-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': label },
    svg('rect', { x: 0, y: 0, width: 100, height: 10, fill: '#ffffff', stroke: '#6b6b6b', 'stroke-width': 0.3 }),
    rects);
}

/** The legend of a score bar: coloured key, part name and points, for every part that added something. */
export function scoreLegend(breakdown) {
  return h('ul', { class: 'legend' },
    WEIGHTS.filter(([key]) => (breakdown[key] || 0) > 0.005).map(([key, name]) =>
      h('li', {}, svg('svg', { class: 'key', viewBox: '0 0 10 10', 'aria-hidden': 'true' },
        svg('rect', { width: 10, height: 10, fill: PART_COLOURS[key] })), `${name} ${num(breakdown[key])}`)));
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
  return h('div', { class: 'parts-key' }, h('p', { class: 'hint' }, 'Bjælken viser pointene i forhold til det højest mulige med disse vægte:'),
    h('ul', { class: 'legend' }, WEIGHTS.map(([key, name]) => h('li', {},
      svg('svg', { class: 'key', viewBox: '0 0 10 10', 'aria-hidden': 'true' }, svg('rect', { width: 10, height: 10, fill: PART_COLOURS[key] })), name))));
}
