// Editing an editable <matrix-grid>: one input.mg-input per cell. The raw text goes to the server as a
// `cell-edit` event with detail {row, col, value} when it is complete: on Enter and on change (Tab, leaving the
// cell), never while typing (a prefix such as the "1" of "1e5" is not the number meant). The server parses and
// checks it; a refused text stays visible (see showValues).
// Keys: arrows move between cells (left/right only from the ends of the text), Enter commits and moves down,
// Escape takes back what was typed (the value the cell had when it got focus), and Escape with nothing to take
// back leaves the matrix (see GridRoving.leave). Keys handled here never reach the page, where arrows would change
// the lesson step.
import { formatNumber } from './format.js';
import { valueAt } from './number-table.js';

/** A whole-text matcher for the number grammar's regular expression source; null if absent or unreadable. */
function wholeTextPattern(src) {
  if (typeof src !== 'string' || src === '') return null;
  try {
    return new RegExp(`^(?:${src})$`);
  } catch (e) {
    console.warn('attention-lab: ignoring a numberPattern that is not a regular expression', e);
    return null;
  }
}

export class GridEditing {
  /**
   * @param host     the grid element (events are listened to and dispatched on it)
   * @param announce (row, col) => void: the cell that has focus, for provenance; announce(null) for none
   * @param leave    () => void: takes the focus out of the grid (Escape with nothing to take back)
   */
  constructor(host, announce, leave) {
    this._host = host;
    this._announce = announce;
    this._leave = leave;
    this._cells = [];
    this._values = [];
    this._digits = 2;
    this._number = null;
    this._lastSent = new Map();
    host.addEventListener('focusin', (e) => this._onFocusIn(e));
    host.addEventListener('focusout', (e) => this._onFocusOut(e));
    host.addEventListener('input', (e) => this._onInput(e));
    host.addEventListener('change', (e) => this._onChange(e));
    host.addEventListener('keydown', (e) => this._onKeyDown(e));
    host.addEventListener('mouseup', (e) => this._onMouseUp(e));
  }

  /**
   * The number grammar as a regular expression's source (without it no text counts as a number): a typed text
   * that means the cell's own value is not an edit.
   */
  set numberPattern(src) {
    this._number = wholeTextPattern(src);
  }

  _isNumber(text) {
    return this._number !== null && this._number.test(text);
  }

  /** A newly built table: its cells (rows of {td, input, row, col}), nothing sent from them yet. */
  setCells(cells) {
    this._cells = cells || [];
    this._lastSent.clear();
  }

  /**
   * Shows the server's values in the inputs, except in the input being typed in and, unless `fresh`, in an
   * input whose typed text the server refused (refused(row, col)): the learner keeps seeing what was refused.
   */
  showValues(values, digits, refused, fresh) {
    this._values = values;
    this._digits = digits;
    for (const row of this._cells) {
      for (const cell of row) {
        const input = cell.input;
        if (!input || input === document.activeElement) continue; // never overwrite what the user is typing
        this._lastSent.delete(`${cell.row}:${cell.col}`);
        if (!fresh && cell.dirty && refused(cell.row, cell.col)) continue;
        const text = formatNumber(this._value(cell.row, cell.col), digits);
        input.setAttribute('value', text); // default value too, so the DOM shows it
        input.value = text;
        cell.dirty = false;
      }
    }
  }

  /** The cell whose input has focus, as {row, col}, or null. */
  activeCell() {
    const a = document.activeElement;
    if (a && a.classList && a.classList.contains('mg-input') && this._host.contains(a)) {
      return { row: Number(a.getAttribute('data-row')), col: Number(a.getAttribute('data-col')) };
    }
    return null;
  }

  /** Focuses the input of cell (r, c); false if there is none. */
  focusCell(r, c) {
    const cell = this._cells[r] && this._cells[r][c];
    if (cell && cell.input) {
      cell.input.focus();
      return true;
    }
    return false;
  }

  _value(r, c) {
    return valueAt(this._values, r, c);
  }

  _cellOf(target) {
    if (!target || !target.classList || !target.classList.contains('mg-input')) return null;
    const r = Number(target.getAttribute('data-row'));
    const c = Number(target.getAttribute('data-col'));
    const cell = this._cells[r] && this._cells[r][c];
    return cell && cell.input === target ? cell : null;
  }

  _send(cell, text) {
    const k = `${cell.row}:${cell.col}`;
    if (this._lastSent.get(k) === text) return;
    this._lastSent.set(k, text);
    this._host.dispatchEvent(new CustomEvent('cell-edit', {
      detail: { row: cell.row, col: cell.col, value: text },
      bubbles: true,
      composed: true,
    }));
  }

  _onFocusIn(e) {
    const cell = this._cellOf(e.target);
    if (!cell) return;
    const input = cell.input;
    const v = this._value(cell.row, cell.col);
    cell.orig = v;
    cell.sentThisFocus = false;
    this._lastSent.delete(`${cell.row}:${cell.col}`);
    if (!cell.dirty && v != null) input.value = String(v);
    cell.justFocused = true;
    input.select();
    this._announce(cell.row, cell.col);
  }

  _onFocusOut(e) {
    const cell = this._cellOf(e.target);
    if (!cell) return;
    const input = cell.input;
    cell.justFocused = false;
    const v = this._value(cell.row, cell.col);
    if (cell.dirty && this._isNumber(input.value) && v != null) {
      const typed = Number(input.value.trim().replace('−', '-').replace(',', '.'));
      if (Math.abs(typed - v) <= 1e-12 * Math.max(1, Math.abs(v))) cell.dirty = false; // typed what it was
    }
    if (!cell.dirty) input.value = formatNumber(v, this._digits);
    const next = e.relatedTarget;
    if (!(next && this._cellOf(next))) this._announce(null);
  }

  _onMouseUp(e) {
    const cell = this._cellOf(e.target);
    if (cell && cell.justFocused) {
      cell.justFocused = false;
      e.preventDefault(); // keep the select-all from focus
    }
  }

  _onInput(e) {
    const cell = this._cellOf(e.target);
    if (!cell) return;
    cell.dirty = true; // sent when complete: Enter or change, not now
    cell.justFocused = false;
  }

  _onChange(e) {
    const cell = this._cellOf(e.target);
    if (!cell) return;
    cell.sentThisFocus = true;
    this._send(cell, cell.input.value);
  }

  _onKeyDown(e) {
    const cell = this._cellOf(e.target);
    if (!cell || e.altKey || e.ctrlKey || e.metaKey) return;
    const input = cell.input;
    const { row: r, col: c } = cell;
    const cols = this._cells[r].length;
    const len = input.value.length;
    const s = input.selectionStart;
    const t = input.selectionEnd;
    const allSelected = s === 0 && t === len;
    let handled = false;
    switch (e.key) {
      case 'ArrowUp':
        if (e.shiftKey) return;
        handled = true;
        this.focusCell(r - 1, c);
        break;
      case 'ArrowDown':
        if (e.shiftKey) return;
        handled = true;
        this.focusCell(r + 1, c);
        break;
      case 'ArrowLeft':
        if (e.shiftKey || !((s === 0 && t === 0) || allSelected)) return;
        handled = c > 0 ? this.focusCell(r, c - 1) : this.focusCell(r - 1, cols - 1);
        break;
      case 'ArrowRight':
        if (e.shiftKey || !((s === len && t === len) || allSelected)) return;
        handled = c < cols - 1 ? this.focusCell(r, c + 1) : this.focusCell(r + 1, 0);
        break;
      case 'Enter':
        handled = true;
        cell.sentThisFocus = true;
        this._send(cell, input.value);
        if (!this.focusCell(r + 1, c)) input.select();
        break;
      case 'Escape': {
        handled = true;
        if (!cell.dirty && !cell.sentThisFocus) {
          this._leave(); // nothing to take back: out of the matrix
          break;
        }
        const orig = cell.orig;
        input.value = orig == null ? '' : String(orig);
        cell.dirty = false;
        if (cell.sentThisFocus && orig != null) this._send(cell, String(orig));
        cell.sentThisFocus = false;
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
}
