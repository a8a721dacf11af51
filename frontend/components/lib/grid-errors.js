// Refused edits of a <matrix-grid>. Each shows as an item of the grid's error list (a live region) and marks its
// cell: class mg-invalid, aria-invalid, aria-describedby pointing at the item.
import { asText } from './format.js';

const isIndex = (x) => Number.isInteger(x) && x >= 0;

export class GridErrors {
  constructor() {
    this._refused = new Map(); // `${row}:${col}` -> {row, col, message}
    this._entries = [];
    this._list = null;
    this._listKey = null;
  }

  /** The region that lists the messages, new and empty (for a newly built grid). */
  build() {
    // role="alert" sits on a wrapper: on the <ul> itself it would strip the list semantics (axe: listitem).
    const alert = document.createElement('div');
    alert.className = 'mg-alert';
    alert.setAttribute('role', 'alert');
    const ul = document.createElement('ul');
    ul.className = 'mg-errors';
    ul.hidden = true;
    alert.appendChild(ul);
    this._list = ul;
    this._listKey = null;
    return alert;
  }

  /**
   * Reads `data.errors`: a list of {row, col, message}. Listed by cell (one message per cell, the last one
   * given); entries without a valid cell position come last, in the order given.
   */
  read(errors) {
    const refused = new Map();
    const unplaced = [];
    for (const e of Array.isArray(errors) ? errors : []) {
      if (!e || typeof e !== 'object') continue;
      const message = asText(e.message);
      if (isIndex(e.row) && isIndex(e.col)) refused.set(`${e.row}:${e.col}`, { row: e.row, col: e.col, message });
      else unplaced.push({ row: null, col: null, message });
    }
    const placed = [...refused.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    this._entries = placed.concat(unplaced);
    this._refused = refused;
  }

  /** Whether the server refused the text typed into cell (row, col). */
  has(row, col) {
    return this._refused.has(`${row}:${col}`);
  }

  /**
   * Shows the messages read last: the list (rebuilt only when it changes, so the live region speaks once) and
   * the marks on `cells`. Item ids are `${idBase}-err-${row}-${col}`.
   */
  show(label, shape, cells, idBase) {
    const idOf = (r, c) => `${idBase}-err-${r}-${c}`;
    const listKey = JSON.stringify([label, shape.rowLabels, shape.colLabels, this._entries]);
    if (listKey !== this._listKey) {
      this._listKey = listKey;
      this._list.replaceChildren();
      for (const e of this._entries) {
        const li = document.createElement('li');
        if (e.row !== null && e.row < shape.rows && e.col < shape.cols) {
          li.id = idOf(e.row, e.col);
          li.textContent = `${label} row ${shape.rowLabels[e.row]}, column ${shape.colLabels[e.col]}: ${e.message}`;
        } else {
          li.textContent = `${label}: ${e.message}`;
        }
        this._list.appendChild(li);
      }
      this._list.hidden = this._entries.length === 0;
    }
    for (const row of cells) {
      for (const cell of row) {
        const bad = this.has(cell.row, cell.col);
        const target = cell.input || cell.span;
        target.classList.toggle('mg-invalid', bad);
        if (bad) {
          target.setAttribute('aria-invalid', 'true');
          target.setAttribute('aria-describedby', idOf(cell.row, cell.col));
        } else {
          target.removeAttribute('aria-invalid');
          target.removeAttribute('aria-describedby');
        }
      }
    }
  }
}
