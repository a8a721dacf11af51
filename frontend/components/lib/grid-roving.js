// Keyboard focus of a <matrix-grid>: one Tab stop per matrix (roving tabindex) over its cells, the inputs of an
// editable grid or the cells of a read-only one; the cell last focused is the stop. Arrow keys move between
// read-only cells here (an editable grid's inputs move themselves, see grid-editing). A read-only grid with the
// `activatable` attribute reports a click on a cell, or Enter or Space on it, as a `cell-activate` event with
// detail {row, col}. leave() takes the focus out of the grid, onto the grid's own element, from where Tab goes on
// to the next control. Keys handled here never reach the page, where arrows would change the lesson step.

const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export class GridRoving {
  /**
   * @param host     the grid element (keyboard, mouse and focus events are listened to on it)
   * @param announce (row, col) => void: the read-only cell that has focus, for provenance; announce(null) for none
   */
  constructor(host, announce) {
    this._host = host;
    this._announce = announce;
    this._stops = []; // rows of focusable cells: inputs (editable) or tds (read-only)
    this._editable = false;
    this._current = null;
    host.addEventListener('focusin', (e) => this._onFocusIn(e));
    host.addEventListener('focusout', (e) => this._onFocusOut(e));
    host.addEventListener('keydown', (e) => this._onKeyDown(e));
    host.addEventListener('click', (e) => this._onClick(e));
  }

  /** A newly built table's cells (rows of {td, input}); the first becomes the Tab stop. */
  setCells(cells, editable) {
    this._editable = editable;
    this._stops = (cells || []).map((row) => row.map((c) => (editable ? c.input : c.td)));
    this._current = null;
    this._stops.flat().forEach((el, i) => el.setAttribute('tabindex', i === 0 ? '0' : '-1'));
    this._current = this._stops.length && this._stops[0].length ? this._stops[0][0] : null;
  }

  /** Takes the focus out of the grid: onto the grid element itself, with no cell a Tab stop until it leaves. */
  leave() {
    const host = this._host;
    host.setAttribute('tabindex', '-1');
    for (const el of this._stops.flat()) el.setAttribute('tabindex', '-1');
    host.focus();
  }

  _isStop(el) {
    if (!el || !el.getAttribute || !this._host.contains(el)) return false;
    const r = Number(el.getAttribute('data-row'));
    const c = Number(el.getAttribute('data-col'));
    return !!(this._stops[r] && this._stops[r][c] === el);
  }

  _stopOf(target) {
    if (this._isStop(target)) return target;
    const td = target && target.closest ? target.closest('td[data-row][data-col]') : null;
    return !this._editable && this._isStop(td) ? td : null;
  }

  _makeCurrent(el) {
    if (this._current && this._current !== el) this._current.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    this._current = el;
  }

  _onFocusIn(e) {
    const el = this._stopOf(e.target);
    if (!el) return;
    this._makeCurrent(el);
    if (!this._editable) this._announce(Number(el.getAttribute('data-row')), Number(el.getAttribute('data-col')));
  }

  _onFocusOut(e) {
    if (e.target === this._host) {
      // the focus left the grid element (after leave()): its cell is the Tab stop again
      if (this._current && this._host.contains(this._current)) this._current.setAttribute('tabindex', '0');
      return;
    }
    if (!this._editable && this._stopOf(e.target) && !this._stopOf(e.relatedTarget)) this._announce(null);
  }

  _activate(td) {
    this._host.dispatchEvent(new CustomEvent('cell-activate', {
      detail: { row: Number(td.getAttribute('data-row')), col: Number(td.getAttribute('data-col')) },
      bubbles: true,
      composed: true,
    }));
  }

  _onClick(e) {
    if (this._editable || !this._host.hasAttribute('activatable')) return;
    const td = this._stopOf(e.target);
    if (td) this._activate(td);
  }

  _onKeyDown(e) {
    if (this._editable || e.altKey || e.ctrlKey || e.metaKey) return;
    const td = this._stopOf(e.target);
    if (!td) return;
    if ((e.key === 'Enter' || e.key === ' ') && this._host.hasAttribute('activatable')) {
      e.preventDefault();
      e.stopPropagation();
      this._activate(td);
      return;
    }
    const m = MOVES[e.key];
    if (!m) return;
    e.preventDefault();
    e.stopPropagation(); // arrows inside a matrix move between its cells, not between lesson steps
    const r = Number(td.getAttribute('data-row')) + m[0];
    const c = Number(td.getAttribute('data-col')) + m[1];
    const to = this._stops[r] && this._stops[r][c];
    if (!to) return;
    this._makeCurrent(to);
    to.focus();
  }
}
