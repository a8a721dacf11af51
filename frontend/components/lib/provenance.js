// Provenance: hovering or focusing a cell of one matrix (or heatmap) shows, in every other matrix and heatmap on
// the page, the cells it was computed from. The hovered cell is announced as a document-wide `al-provenance`
// event with detail {matrix, row, col} (null: nothing hovered); listeners mark their own cells.
import { asText } from './format.js';

const EVENT = 'al-provenance';

/** Where each computed matrix's cell comes from: [source matrix, 'row' | 'rowFromCol' | 'col']. */
export const SOURCES = {
  q: [['x', 'row'], ['wq', 'col']],
  k: [['x', 'row'], ['wk', 'col']],
  v: [['x', 'row'], ['wv', 'col']],
  scores: [['q', 'row'], ['k', 'rowFromCol']],
  scaled: [['q', 'row'], ['k', 'rowFromCol']],
  weights: [['scaled', 'row']],
  output: [['weights', 'row'], ['v', 'col']],
};

/** "scores-h2" → ["scores", "-h2"]; "scores" → ["scores", ""]. */
export function splitName(name) {
  const m = /^(.*?)(-h\d+)$/.exec(asText(name));
  return m ? [m[1], m[2]] : [asText(name), ''];
}

let current = null;

/** Tells every matrix and heatmap on the page which cell is hovered or focused (null: none). */
export function announceProvenance(detail) {
  current = detail;
  document.dispatchEvent(new CustomEvent(EVENT, { detail }));
}

/** The cell announced last (null: none), for an element that renders after the announcement. */
export function currentProvenance() {
  return current;
}

/** Calls handler(detail) on every announcement; returns the function that stops listening. */
export function onProvenance(handler) {
  const listener = (e) => handler(e.detail);
  document.addEventListener(EVENT, listener);
  return () => document.removeEventListener(EVENT, listener);
}

/**
 * The rows and columns of matrix `name` that the announced cell was computed from, as {rows, cols}.
 * A matrix serves the announced one's attention head (the same "-hN" suffix); an unsuffixed matrix (e.g. the
 * shared x) also serves a head when sharedServes(name + suffix) says so.
 */
export function sourceLines(detail, name, sharedServes = () => true) {
  const rows = [];
  const cols = [];
  if (!detail) return { rows, cols };
  const [hb, hs] = splitName(detail.matrix);
  const [b, s] = splitName(name);
  if (s !== hs && !(s === '' && sharedServes(b + hs))) return { rows, cols };
  for (const [src, kind] of SOURCES[hb] || []) {
    if (src !== b) continue;
    if (kind === 'row') rows.push(Number(detail.row));
    else if (kind === 'rowFromCol') rows.push(Number(detail.col));
    else cols.push(Number(detail.col));
  }
  return { rows, cols };
}
