// Read-only <matrix-grid> cells: one Tab stop per matrix (roving tabindex), arrow keys move between its cells.
// Arrows handled here never reach the page, where they would change the lesson step.

const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export class GridRoving {
  /**
   * @param host     the grid element (keyboard and focus events are listened to on it)
   * @param announce (row, col) => void: the cell that has focus, for provenance; announce(null) for none
   */
  constructor(host, announce) {
    this._announce = announce;
    this._table = null;
    host.addEventListener('focusin', (e) => this._onFocusIn(e));
    host.addEventListener('focusout', (e) => this._onFocusOut(e));
    host.addEventListener('keydown', (e) => this._onKeyDown(e));
  }

  /** A newly built read-only table (null: none): its first cell becomes the Tab stop. */
  setTable(table) {
    this._table = table;
    const tds = table ? table.querySelectorAll('td[data-row][data-col]') : [];
    tds.forEach((td, i) => td.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  }

  _td(target) {
    const td = target && target.closest ? target.closest('td[data-row][data-col]') : null;
    return td && this._table && this._table.contains(td) && !td.querySelector('input') ? td : null;
  }

  _onFocusIn(e) {
    const td = this._td(e.target);
    if (!td) return;
    this._table.querySelectorAll('td[tabindex="0"]').forEach((t) => t !== td && t.setAttribute('tabindex', '-1'));
    td.setAttribute('tabindex', '0');
    this._announce(Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col')));
  }

  _onFocusOut(e) {
    if (this._td(e.target) && !this._td(e.relatedTarget)) this._announce(null);
  }

  _onKeyDown(e) {
    const td = this._td(e.target);
    if (!td || e.altKey || e.ctrlKey || e.metaKey) return;
    const m = MOVES[e.key];
    if (!m) return;
    e.preventDefault();
    e.stopPropagation(); // arrows inside a matrix move between its cells, not between lesson steps
    const r = Number(td.getAttribute('data-row')) + m[0];
    const c = Number(td.getAttribute('data-col')) + m[1];
    const to = this._table.querySelector(`td[data-row="${r}"][data-col="${c}"]`);
    if (!to) return;
    td.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    to.focus();
  }
}
