// <matrix-grid>: a small number matrix rendered as an accessible table in light DOM,
// optionally editable. All user-provided text goes in through textContent/setAttribute only.
import './components.css';

/** Text that counts as a number while typing (live edits are sent only for these). */
const NUMBER_PATTERN = /^\s*[-+−]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?\s*$/;

import { DataElement } from './lib/data-element.js';
import { asText, clampDigits, formatNumber } from './lib/format.js';
import { buildTable, fillTable, matrixShape, valueAt } from './lib/number-table.js';
import { SOURCES, announceProvenance, currentProvenance, onProvenance, splitName } from './lib/provenance.js';

const connectedGrids = new Set();

function parseErrorKey(key) {
  const m = /^(\d+):(\d+)$/.exec(key);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

class MatrixGrid extends DataElement {
  constructor() {
    super();
    this._shape = null;
    this._structKey = null;
    this._cells = null;
    this._table = null;
    this._errorList = null;
    this._errorKey = null;
    this._errors = new Map();
    this._lastSent = new Map();
    this._marked = [];
    this._hoverTd = null;
    this._stopProvenance = null;
    this.addEventListener('focusin', (e) => this._onFocusIn(e));
    this.addEventListener('focusout', (e) => this._onFocusOut(e));
    this.addEventListener('input', (e) => this._onInput(e));
    this.addEventListener('change', (e) => this._onChange(e));
    this.addEventListener('keydown', (e) => this._onKeyDown(e));
    this.addEventListener('mouseup', (e) => this._onMouseUp(e));
    this.addEventListener('mouseover', (e) => this._onMouseOver(e));
    this.addEventListener('mouseout', (e) => this._onMouseOut(e));
  }

  connectedCallback() {
    this._stopProvenance = onProvenance((detail) => this._applyProvenance(detail));
    connectedGrids.add(this);
    super.connectedCallback();
  }

  disconnectedCallback() {
    if (this._stopProvenance) this._stopProvenance();
    this._stopProvenance = null;
    connectedGrids.delete(this);
  }

  get _name() {
    return asText(this._d && this._d.name);
  }

  get _label() {
    const d = this._d || {};
    return asText(d.label) || asText(d.name) || 'Matrix';
  }

  _render() {
    const d = this._d;
    if (!d) {
      this.replaceChildren();
      this._structKey = null;
      this._cells = null;
      this._table = null;
      this._errorList = null;
      this._errorKey = null;
      return;
    }
    const shape = matrixShape(d);
    const editable = d.editable === true;
    const key = JSON.stringify([this._name, this._label, this.id, shape.rows, shape.cols, shape.rowLabels, shape.colLabels, editable, d.rowHeaderKind === 'token']);
    this._shape = shape;
    if (key !== this._structKey || !this._table || !this.contains(this._table)) {
      const active = this._activeCell();
      const table = document.createElement('table');
      this._cells = buildTable(table, d, shape, { editable, label: this._label });
      // role="alert" sits on a wrapper: on the <ul> itself it would strip the list semantics (axe: listitem).
      const alert = document.createElement('div');
      alert.className = 'mg-alert';
      alert.setAttribute('role', 'alert');
      const ul = document.createElement('ul');
      ul.className = 'mg-errors';
      ul.hidden = true;
      alert.appendChild(ul);
      this.replaceChildren(table, alert);
      this._table = table;
      this._errorList = ul;
      this._errorKey = null;
      this._structKey = key;
      this._lastSent.clear();
      this._hoverTd = null;
      this._marked = [];
      this._applyValues(true);
      this._applyErrors();
      if (!editable) this._initRoving();
      if (active && this._cells[active.row] && this._cells[active.row][active.col] && this._cells[active.row][active.col].input) {
        this._cells[active.row][active.col].input.focus();
      }
    } else {
      const cap = this._table.querySelector(':scope > caption');
      const capText = asText(d.caption) || this._label;
      if (cap) cap.textContent = capText;
      this._applyValues(false);
      this._applyErrors();
    }
    this._applyProvenance(currentProvenance());
  }

  _activeCell() {
    const a = document.activeElement;
    if (a && a.classList && a.classList.contains('mg-input') && this.contains(a)) {
      return { row: Number(a.getAttribute('data-row')), col: Number(a.getAttribute('data-col')) };
    }
    return null;
  }

  _value(r, c) {
    return this._shape ? valueAt(this._shape.values, r, c) : null;
  }

  _applyValues(fresh) {
    const d = this._d;
    const shape = this._shape;
    fillTable(this._cells, d, shape);
    const digits = clampDigits(d.digits);
    const errors = d.errors && typeof d.errors === 'object' ? d.errors : {};
    for (const row of this._cells) {
      for (const cell of row) {
        const input = cell.input;
        if (!input) continue;
        const k = `${cell.row}:${cell.col}`;
        if (input === document.activeElement) continue; // never overwrite what the user is typing
        this._lastSent.delete(k);
        if (!fresh && input._mgDirty && Object.prototype.hasOwnProperty.call(errors, k)) continue; // keep the rejected text visible
        const text = formatNumber(this._value(cell.row, cell.col), digits);
        input.setAttribute('value', text); // default value too, so the DOM shows it
        input.value = text;
        input._mgDirty = false;
      }
    }
  }

  _errorId(r, c) {
    const base = (this.id || this._name || 'matrix').replace(/\s+/g, '_');
    return `${base}-err-${r}-${c}`;
  }

  _applyErrors() {
    const d = this._d;
    const raw = d.errors && typeof d.errors === 'object' && !Array.isArray(d.errors) ? d.errors : {};
    const entries = Object.keys(raw).map((k) => ({ key: k, pos: parseErrorKey(k), message: asText(raw[k]) }));
    entries.sort((a, b) => {
      if (a.pos && b.pos) return a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1];
      return a.pos ? -1 : b.pos ? 1 : a.key < b.key ? -1 : 1;
    });
    const shape = this._shape;
    const label = this._label;
    const listKey = JSON.stringify([label, shape.rowLabels, shape.colLabels, entries]);
    if (listKey !== this._errorKey) {
      this._errorKey = listKey;
      const ul = this._errorList;
      ul.replaceChildren();
      for (const e of entries) {
        const li = document.createElement('li');
        const inRange = e.pos && e.pos[0] < shape.rows && e.pos[1] < shape.cols;
        if (inRange) {
          li.id = this._errorId(e.pos[0], e.pos[1]);
          li.textContent = `${label} row ${shape.rowLabels[e.pos[0]]}, column ${shape.colLabels[e.pos[1]]}: ${e.message}`;
        } else {
          li.textContent = `${label}: ${e.message}`;
        }
        ul.appendChild(li);
      }
      ul.hidden = entries.length === 0;
    }
    for (const row of this._cells) {
      for (const cell of row) {
        const k = `${cell.row}:${cell.col}`;
        const bad = Object.prototype.hasOwnProperty.call(raw, k);
        const target = cell.input || cell.span;
        target.classList.toggle('mg-invalid', bad);
        if (bad) {
          target.setAttribute('aria-invalid', 'true');
          target.setAttribute('aria-describedby', this._errorId(cell.row, cell.col));
        } else {
          target.removeAttribute('aria-invalid');
          target.removeAttribute('aria-describedby');
        }
      }
    }
  }

  // ---- editing ----

  _cellOf(target) {
    if (!target || !target.classList || !target.classList.contains('mg-input') || !this._cells) return null;
    const r = Number(target.getAttribute('data-row'));
    const c = Number(target.getAttribute('data-col'));
    const cell = this._cells[r] && this._cells[r][c];
    return cell && cell.input === target ? cell : null;
  }

  _send(cell, text) {
    const k = `${cell.row}:${cell.col}`;
    if (this._lastSent.get(k) === text) return;
    this._lastSent.set(k, text);
    this.dispatchEvent(new CustomEvent('cell-edit', {
      detail: { row: cell.row, col: cell.col, value: text },
      bubbles: true,
      composed: true,
    }));
  }

  // ---- read-only cells: one Tab stop per matrix, arrow keys move inside (roving tabindex) ----

  _readOnlyTd(target) {
    const td = this._tdOf(target);
    return td && !td.querySelector('input') ? td : null;
  }

  _initRoving() {
    const tds = this._table ? this._table.querySelectorAll('td[data-row][data-col]') : [];
    tds.forEach((td, i) => td.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  }

  _moveRoving(from, r, c) {
    const to = this._table.querySelector(`td[data-row="${r}"][data-col="${c}"]`);
    if (!to) return;
    from.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    to.focus();
  }

  _onReadOnlyKey(e, td) {
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    e.stopPropagation(); // arrows inside a matrix move between its cells, not between lesson steps
    this._moveRoving(td, Number(td.getAttribute('data-row')) + m[0], Number(td.getAttribute('data-col')) + m[1]);
  }

  _onFocusIn(e) {
    const rtd = this._readOnlyTd(e.target);
    if (rtd) {
      this._table.querySelectorAll('td[tabindex="0"]').forEach((t) => t !== rtd && t.setAttribute('tabindex', '-1'));
      rtd.setAttribute('tabindex', '0');
      announceProvenance({ matrix: this._name, row: Number(rtd.getAttribute('data-row')),
        col: Number(rtd.getAttribute('data-col')) });
      return;
    }
    const cell = this._cellOf(e.target);
    if (!cell) return;
    const input = cell.input;
    const v = this._value(cell.row, cell.col);
    input._mgOrig = v;
    input._mgSentThisFocus = false;
    this._lastSent.delete(`${cell.row}:${cell.col}`);
    if (!input._mgDirty && v != null) input.value = String(v);
    input._mgJustFocused = true;
    input.select();
    announceProvenance({ matrix: this._name, row: cell.row, col: cell.col });
  }

  _onFocusOut(e) {
    if (this._readOnlyTd(e.target)) {
      if (!this._readOnlyTd(e.relatedTarget)) announceProvenance(null);
      return;
    }
    const cell = this._cellOf(e.target);
    if (!cell) return;
    const input = cell.input;
    input._mgJustFocused = false;
    const v = this._value(cell.row, cell.col);
    if (input._mgDirty) {
      const typed = Number(input.value.trim().replace('−', '-').replace(',', '.'));
      if (NUMBER_PATTERN.test(input.value) && v != null && Math.abs(typed - v) <= 1e-12 * Math.max(1, Math.abs(v))) {
        input._mgDirty = false;
      }
    }
    if (!input._mgDirty) input.value = formatNumber(v, clampDigits(this._d && this._d.digits));
    const next = e.relatedTarget;
    if (!(next && this._cellOf(next))) announceProvenance(null);
  }

  _onMouseUp(e) {
    const cell = this._cellOf(e.target);
    if (cell && cell.input._mgJustFocused) {
      cell.input._mgJustFocused = false;
      e.preventDefault(); // keep the select-all from focus
    }
  }

  _onInput(e) {
    const cell = this._cellOf(e.target);
    if (!cell) return;
    cell.input._mgDirty = true;
    cell.input._mgJustFocused = false;
    const text = cell.input.value;
    if (NUMBER_PATTERN.test(text)) {
      cell.input._mgSentThisFocus = true;
      this._send(cell, text);
    }
  }

  _onChange(e) {
    const cell = this._cellOf(e.target);
    if (!cell) return;
    cell.input._mgSentThisFocus = true;
    this._send(cell, cell.input.value);
  }

  _focusCell(r, c) {
    const cell = this._cells && this._cells[r] && this._cells[r][c];
    if (cell && cell.input) {
      cell.input.focus();
      return true;
    }
    return false;
  }

  _onKeyDown(e) {
    const rtd = this._readOnlyTd(e.target);
    if (rtd) {
      if (!e.altKey && !e.ctrlKey && !e.metaKey) this._onReadOnlyKey(e, rtd);
      return;
    }
    const cell = this._cellOf(e.target);
    if (!cell || e.altKey || e.ctrlKey || e.metaKey) return;
    const input = cell.input;
    const { row: r, col: c } = cell;
    const cols = this._shape.cols;
    const len = input.value.length;
    const s = input.selectionStart;
    const t = input.selectionEnd;
    const allSelected = s === 0 && t === len;
    let handled = false;
    switch (e.key) {
      case 'ArrowUp':
        if (e.shiftKey) return;
        handled = true;
        this._focusCell(r - 1, c);
        break;
      case 'ArrowDown':
        if (e.shiftKey) return;
        handled = true;
        this._focusCell(r + 1, c);
        break;
      case 'ArrowLeft':
        if (e.shiftKey || !((s === 0 && t === 0) || allSelected)) return;
        handled = c > 0 ? this._focusCell(r, c - 1) : this._focusCell(r - 1, cols - 1);
        break;
      case 'ArrowRight':
        if (e.shiftKey || !((s === len && t === len) || allSelected)) return;
        handled = c < cols - 1 ? this._focusCell(r, c + 1) : this._focusCell(r + 1, 0);
        break;
      case 'Enter':
        handled = true;
        input._mgSentThisFocus = true;
        this._send(cell, input.value);
        if (!this._focusCell(r + 1, c)) input.select();
        break;
      case 'Escape': {
        handled = true;
        const orig = input._mgOrig;
        input.value = orig == null ? '' : String(orig);
        input._mgDirty = false;
        if (input._mgSentThisFocus && orig != null) this._send(cell, String(orig));
        input.select();
        break;
      }
      default:
        return;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  // ---- provenance highlight ----

  _tdOf(target) {
    const td = target && target.closest ? target.closest('td[data-row][data-col]') : null;
    return td && this._table && this._table.contains(td) ? td : null;
  }

  _onMouseOver(e) {
    const td = this._tdOf(e.target);
    if (!td || td === this._hoverTd) return;
    this._hoverTd = td;
    announceProvenance({ matrix: this._name, row: Number(td.getAttribute('data-row')), col: Number(td.getAttribute('data-col')) });
  }

  _onMouseOut(e) {
    if (!this._hoverTd) return;
    const to = e.relatedTarget;
    if (to && this._hoverTd.contains(to)) return;
    if (this._tdOf(to)) return; // mouseover of the next cell announces it
    this._hoverTd = null;
    const active = this._activeCell();
    announceProvenance(active ? { matrix: this._name, ...active } : null);
  }

  _applyProvenance(detail) {
    for (const td of this._marked) td.classList.remove('mg-source', 'mg-focus');
    this._marked = [];
    if (!detail || !this._cells || !this._d) return;
    const [hb, hs] = splitName(detail.matrix);
    const [gb, gs] = splitName(this._name);
    const r = Number(detail.row);
    const c = Number(detail.col);
    const mark = (rr, cc, cls) => {
      const cell = this._cells[rr] && this._cells[rr][cc];
      if (cell) {
        cell.td.classList.add(cls);
        this._marked.push(cell.td);
      }
    };
    if (gb === hb && gs === hs) {
      mark(r, c, 'mg-focus');
      return;
    }
    // Same head suffix; an unsuffixed grid (e.g. the shared x) also serves a head whose own
    // "<name>-hN" grid is not on the page.
    const headGridExists = () => [...connectedGrids].some((g) => g._name === gb + hs);
    if (gs !== hs && !(gs === '' && !headGridExists())) return;
    for (const [src, kind] of SOURCES[hb] || []) {
      if (src !== gb) continue;
      const { rows, cols } = this._shape;
      if (kind === 'row' || kind === 'rowFromCol') {
        const rr = kind === 'row' ? r : c;
        for (let j = 0; j < cols; j++) mark(rr, j, 'mg-source');
      } else {
        for (let i = 0; i < rows; i++) mark(i, c, 'mg-source');
      }
    }
  }
}

if (!customElements.get('matrix-grid')) customElements.define('matrix-grid', MatrixGrid);
