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

let current = null; // the cell announced last, so that a grid rendered after it still shows its marks

/** Tells every matrix and heatmap on the page which cell is hovered or focused (null: none). */
export function announceProvenance(detail) {
  current = detail;
  document.dispatchEvent(new CustomEvent(EVENT, { detail }));
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

const grids = new Set(); // the GridHighlights of the <matrix-grid>s on the page

/**
 * Provenance for a <matrix-grid>: announces the cell under the mouse, and marks this grid's cells for the cell
 * announced anywhere: td.mg-focus on the announced cell itself, td.mg-source on the cells it came from.
 */
export class GridHighlight {
  /**
   * @param host        the grid element (mouse events are listened to on it)
   * @param name        () => the grid's matrix name, e.g. "scores-h2"
   * @param focusedCell () => {row, col} of the cell with keyboard focus, or null
   */
  constructor(host, name, focusedCell) {
    this._name = name;
    this._focusedCell = focusedCell;
    this._table = null;
    this._cells = null;
    this._marked = [];
    this._hoverTd = null;
    this._stop = null;
    host.addEventListener('mouseover', (e) => this._onMouseOver(e));
    host.addEventListener('mouseout', (e) => this._onMouseOut(e));
  }

  connect() {
    this._stop = onProvenance((detail) => this.apply(detail));
    grids.add(this);
  }

  disconnect() {
    if (this._stop) this._stop();
    this._stop = null;
    grids.delete(this);
  }

  /** A newly built table and its cells (rows of {td, row, col}); null: no table. */
  setCells(table, cells) {
    this._table = table;
    this._cells = cells;
    this._marked = [];
    this._hoverTd = null;
  }

  /** Tells the page that cell (row, col) of this grid is hovered or focused; announce(null): none. */
  announce(row, col) {
    announceProvenance(row == null ? null : { matrix: this._name(), row, col });
  }

  /** Marks the cells for the announced cell `detail` (null: clears the marks). */
  apply(detail = current) {
    for (const td of this._marked) td.classList.remove('mg-source', 'mg-focus');
    this._marked = [];
    const cells = this._cells;
    if (!detail || !cells) return;
    const mark = (r, c, cls) => {
      const cell = cells[r] && cells[r][c];
      if (cell) {
        cell.td.classList.add(cls);
        this._marked.push(cell.td);
      }
    };
    const name = this._name();
    const [hb, hs] = splitName(detail.matrix);
    const [gb, gs] = splitName(name);
    if (gb === hb && gs === hs) {
      mark(Number(detail.row), Number(detail.col), 'mg-focus');
      return;
    }
    // the shared x serves a head whose own "x-hN" grid is not on the page
    const headGridOnPage = (headName) => [...grids].some((g) => g._name() === headName);
    const { rows, cols } = sourceLines(detail, name, (headName) => !headGridOnPage(headName));
    const width = cells.length ? cells[0].length : 0;
    for (const r of rows) for (let c = 0; c < width; c++) mark(r, c, 'mg-source');
    for (const c of cols) for (let r = 0; r < cells.length; r++) mark(r, c, 'mg-source');
  }

  _tdOf(target) {
    const td = target && target.closest ? target.closest('td[data-row][data-col]') : null;
    return td && this._table && this._table.contains(td) ? td : null;
  }

  _onMouseOver(e) {
    const td = this._tdOf(e.target);
    if (!td || td === this._hoverTd) return;
    this._hoverTd = td;
    this.announce(Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col')));
  }

  _onMouseOut(e) {
    if (!this._hoverTd) return;
    const to = e.relatedTarget;
    if (to && this._hoverTd.contains(to)) return;
    if (this._tdOf(to)) return; // mouseover of the next cell announces it
    this._hoverTd = null;
    const focused = this._focusedCell();
    this.announce(focused ? focused.row : null, focused ? focused.col : null);
  }
}
