// A matrix as an accessible number table (used by <matrix-grid> and by the heatmap's "Show numbers"):
// caption, thead with the column labels, tbody with a row header th[scope=row] (th[data-token] for token
// rows) and one td[data-row][data-col] per cell, holding a span.mg-value or, when editable, an input.mg-input.
// Headers of words the lesson does not know (data.unknownRows / data.unknownCols: indices) get
// data-unknown="true", the note (data.unknownNote) as their title and as visually hidden text.
import { parseData } from './data-element.js';
import { asArray, asText, clampDigits, formatNumber } from './format.js';

/** Row/column counts and labels of a matrix data object, tolerant of missing parts. */
export function matrixShape(d) {
  const values = asArray(d && d.values);
  const rowLabels = asArray(d && d.rowLabels).map(asText);
  const colLabels = asArray(d && d.colLabels).map(asText);
  const rows = values.length || rowLabels.length;
  let cols = 0;
  for (const row of values) cols = Math.max(cols, asArray(row).length);
  if (!values.length) cols = colLabels.length;
  const rl = [];
  for (let r = 0; r < rows; r++) rl.push(r < rowLabels.length ? rowLabels[r] : String(r));
  const cl = [];
  for (let c = 0; c < cols; c++) cl.push(c < colLabels.length ? colLabels[c] : String(c));
  return { rows, cols, rowLabels: rl, colLabels: cl, values };
}

/** The finite number at (r, c), or null. */
export function valueAt(values, r, c) {
  const row = values[r];
  const v = Array.isArray(row) ? row[c] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

// Colour-blind-safe diverging scheme (PuOr ends), kept light so #1a1a1a text stays >= 4.5:1.
const ORANGE = [230, 97, 1];
const PURPLE = [94, 60, 153];
const MAX_STRENGTH = 0.55;

const indexSet = (x) => new Set(asArray(x).filter((i) => Number.isInteger(i) && i >= 0));

/** Marks a header as a word the lesson does not know (the theme adds a visible "?"). */
export function markUnknown(th, note) {
  th.setAttribute('data-unknown', 'true');
  if (!note) return;
  th.title = note;
  const hidden = document.createElement('span');
  hidden.className = 'sr-only';
  hidden.textContent = ` (${note})`;
  th.appendChild(hidden);
}

/** Background for v on a scale symmetric around 0 (orange positive, purple negative); '' for 0 or none. */
export function divergingColor(v, maxAbs) {
  if (v == null || !(maxAbs > 0) || v === 0) return '';
  const t = Math.min(1, Math.abs(v) / maxAbs) * MAX_STRENGTH;
  const base = v > 0 ? ORANGE : PURPLE;
  const mix = base.map((ch) => Math.round(255 * (1 - t) + ch * t));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

function maxAbsOf(values) {
  let m = 0;
  for (const row of values) for (const v of asArray(row)) if (typeof v === 'number' && Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * Builds caption/thead/tbody into `table`. Returns the cells as rows of {td, input, span, row, col}.
 * opts.editable: inputs instead of spans; opts.label: accessible name used in input labels.
 */
export function buildTable(table, d, shape, opts) {
  table.replaceChildren();
  table.classList.add('mg-table');
  const label = opts.label;
  const caption = asText(d.caption) || label;
  if (caption) {
    const cap = document.createElement('caption');
    cap.textContent = caption;
    table.appendChild(cap);
  }
  const note = asText(d.unknownNote);
  const unknownRows = indexSet(d.unknownRows);
  const unknownCols = indexSet(d.unknownCols);
  const thead = document.createElement('thead');
  const htr = document.createElement('tr');
  const corner = document.createElement('td');
  corner.className = 'mg-corner';
  htr.appendChild(corner);
  shape.colLabels.forEach((cl, c) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = cl;
    if (unknownCols.has(c)) markUnknown(th, note);
    htr.appendChild(th);
  });
  thead.appendChild(htr);
  table.appendChild(thead);

  const tbody = document.createElement('tbody');
  const cells = [];
  const tokenRows = d.rowHeaderKind === 'token';
  for (let r = 0; r < shape.rows; r++) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = shape.rowLabels[r];
    if (tokenRows) th.setAttribute('data-token', shape.rowLabels[r]);
    if (unknownRows.has(r)) markUnknown(th, note);
    tr.appendChild(th);
    const rowCells = [];
    for (let c = 0; c < shape.cols; c++) {
      const td = document.createElement('td');
      td.setAttribute('data-row', String(r));
      td.setAttribute('data-col', String(c));
      const cell = { td, input: null, span: null, row: r, col: c };
      if (opts.editable) {
        const input = document.createElement('input');
        input.type = 'text';
        input.setAttribute('inputmode', 'decimal');
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('spellcheck', 'false');
        input.className = 'mg-input';
        input.setAttribute('aria-label', `${label}, row ${shape.rowLabels[r]}, column ${shape.colLabels[c]}`);
        input.setAttribute('data-row', String(r));
        input.setAttribute('data-col', String(c));
        td.appendChild(input);
        cell.input = input;
      } else {
        const span = document.createElement('span');
        span.className = 'mg-value';
        td.appendChild(span);
        cell.span = span;
      }
      tr.appendChild(td);
      rowCells.push(cell);
    }
    tbody.appendChild(tr);
    cells.push(rowCells);
  }
  table.appendChild(tbody);
  return cells;
}

/** Fills the values of read-only cells and the shading of every cell (also used by in-place updates). */
export function fillTable(cells, d, shape) {
  const digits = clampDigits(d.digits);
  const maxAbs = d.shade === 'diverging' ? maxAbsOf(shape.values) : 0;
  for (const row of cells) {
    for (const cell of row) {
      const v = valueAt(shape.values, cell.row, cell.col);
      if (cell.span) cell.span.textContent = formatNumber(v, digits);
      cell.td.style.backgroundColor = maxAbs > 0 ? divergingColor(v, maxAbs) : '';
    }
  }
}

/** Fills `table` with a read-only number table for `data` (a JSON string or object like <matrix-grid>'s). */
export function buildNumberTable(table, data) {
  const d = parseData(data) || {};
  const shape = matrixShape(d);
  const label = asText(d.label) || asText(d.name);
  const cells = buildTable(table, d, shape, { editable: false, label });
  fillTable(cells, d, shape);
  return cells;
}
