// Refused edits of a <matrix-grid>. Each shows as an item of the grid's error list (a live region) and marks its
// cell: class mg-invalid, aria-invalid, aria-describedby pointing at the item.
import { asText } from './format.js';

function parseErrorKey(key) {
  const m = /^(\d+):(\d+)$/.exec(key);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export class GridErrors {
  constructor() {
    this._refused = new Map(); // `${row}:${col}` -> message
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

  /** Reads `data.errors`: an object keyed by "row:col" with the messages. */
  read(errors) {
    const raw = errors && typeof errors === 'object' && !Array.isArray(errors) ? errors : {};
    const entries = Object.keys(raw).map((k) => ({ key: k, pos: parseErrorKey(k), message: asText(raw[k]) }));
    entries.sort((a, b) => {
      if (a.pos && b.pos) return a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1];
      return a.pos ? -1 : b.pos ? 1 : a.key < b.key ? -1 : 1;
    });
    this._entries = entries.map((e) => ({ row: e.pos ? e.pos[0] : null, col: e.pos ? e.pos[1] : null, message: e.message }));
    this._refused = new Map(Object.keys(raw).map((k) => [k, asText(raw[k])]));
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
