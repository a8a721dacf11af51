// The model and the geometry of <attention-flow>: what its data means, what each token button says to a screen
// reader, and where the lines go. Two orientations: queries in a row above keys (when the tokens fit the width) or,
// on a narrow screen, queries in a column left of keys.
import { asArray, asText, formatNumber } from './format.js';

const fmt = (v) => formatNumber(v, 2);

/** Tokens, weights clamped to [0, 1], the weakest line drawn, the title, and the words the lesson does not know. */
export function flowModel(d) {
  const tokens = asArray(d.tokens).map(asText);
  const n = tokens.length;
  const rows = asArray(d.weights);
  const w = [];
  for (let i = 0; i < n; i++) {
    const row = asArray(rows[i]);
    const out = [];
    for (let j = 0; j < n; j++) {
      const v = row[j];
      out.push(typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
    }
    w.push(out);
  }
  const minWeight = typeof d.minWeight === 'number' && Number.isFinite(d.minWeight) ? d.minWeight : 0.02;
  const unknown = new Set(asArray(d.unknown).filter((i) => Number.isInteger(i) && i >= 0 && i < n));
  return { tokens, n, w, minWeight, title: asText(d.title), unknown, unknownNote: asText(d.unknownNote) };
}

/** What a query token's button says: where it looks most. */
export function describeQuery(m, i) {
  const ranked = m.w[i].map((w, j) => [w, j]).sort((a, b) => b[0] - a[0]);
  const [w0, j0] = ranked[0] || [0, 0];
  let label = `${m.tokens[i]} attends most to ${m.tokens[j0]} (${fmt(w0)})`;
  const more = ranked.slice(1, 3).filter(([w]) => w >= m.minWeight);
  if (more.length) label += `, then ${more.map(([w, j]) => `${m.tokens[j]} (${fmt(w)})`).join(', ')}`;
  return label;
}

/** What a key token's button says: who looks at it most. */
export function describeKey(m, j) {
  const ranked = m.w.map((row, i) => [row[j], i]).sort((a, b) => b[0] - a[0]).slice(0, 3);
  const strong = ranked.filter(([w], k) => k === 0 || w >= m.minWeight);
  return `${m.tokens[j]} receives attention from ${strong.map(([w, i]) => `${m.tokens[i]} (${fmt(w)})`).join(', ')}`;
}

/** Whether the buttons (laid out at their natural width) fit one row of `width` px with `gap` px between them. */
export function fitsInRow(buttons, width, gap) {
  let need = 0;
  for (const b of buttons) need += b.offsetWidth + gap;
  return need - gap <= width;
}

/**
 * Where lines start and end, relative to the stage: the bottom (row layout) or right (column layout) middle of each
 * query button, and the top or left middle of each key button.
 */
export function endpoints(stage, queries, keys, vertical) {
  const base = stage.getBoundingClientRect();
  const at = (b, query) => {
    const r = b.getBoundingClientRect();
    if (vertical) return [(query ? r.right : r.left) - base.left, r.top - base.top + r.height / 2];
    return [r.left - base.left + r.width / 2, (query ? r.bottom : r.top) - base.top];
  };
  return { tops: queries.map((b) => at(b, true)), bottoms: keys.map((b) => at(b, false)), width: base.width, height: base.height };
}

/** An S-shaped line from a query's end to a key's end. */
export function curve([x1, y1], [x2, y2], vertical) {
  const f = (v) => v.toFixed(1);
  if (vertical) {
    const dx = (x2 - x1) / 2;
    return `M${f(x1)} ${f(y1)} C${f(x1 + dx)} ${f(y1)} ${f(x2 - dx)} ${f(y2)} ${f(x2)} ${f(y2)}`;
  }
  const dy = (y2 - y1) / 2;
  return `M${f(x1)} ${f(y1)} C${f(x1)} ${f(y1 + dy)} ${f(x2)} ${f(y2 - dy)} ${f(x2)} ${f(y2)}`;
}

/** Where a weight's number goes: next to the end of its line at a key (`atKey`) or at a query. */
export function weightLabel([x, y], atKey, vertical) {
  if (vertical) return atKey ? { x: x - 6, y: y + 4, anchor: 'end' } : { x: x + 6, y: y + 4, anchor: 'start' };
  return atKey ? { x, y: y - 8, anchor: 'middle' } : { x, y: y + 18, anchor: 'middle' };
}
