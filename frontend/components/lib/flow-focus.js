// Which token of an <attention-flow> is singled out: the one under the mouse, else the one with the keyboard focus
// (arrow keys, Home and End move along a row of token buttons). The flow draws only that token's lines.

export class FlowFocus {
  /**
   * @param host     the flow element (mouse, focus and key events are listened to on it)
   * @param rows     () => {top: [buttons], bottom: [buttons], stage} of the current build, or null
   * @param onChange (active) => void: active is {row: 'top' | 'bottom', index} or null
   */
  constructor(host, rows, onChange) {
    this._rows = rows;
    this._onChange = onChange;
    this._hover = null;
    host.addEventListener('mouseover', (e) => this._onMouseOver(e));
    host.addEventListener('mouseout', (e) => this._onMouseOut(e));
    host.addEventListener('focusin', (e) => this._onFocusIn(e));
    host.addEventListener('focusout', (e) => this._onFocusOut(e));
    host.addEventListener('keydown', (e) => this._onKeyDown(e));
  }

  /** A new build: nothing hovered. */
  reset() {
    this._hover = null;
  }

  _buttonOf(target) {
    const r = this._rows();
    const b = target && target.closest ? target.closest('button.af-token') : null;
    return b && r && r.stage.contains(b) ? b : null;
  }

  _set(b) {
    this._onChange(b ? { row: b.getAttribute('data-row'), index: Number(b.getAttribute('data-index')) } : null);
  }

  _onMouseOver(e) {
    const b = this._buttonOf(e.target);
    if (!b || b === this._hover) return;
    this._hover = b;
    this._set(b);
  }

  _onMouseOut(e) {
    if (!this._hover) return;
    const to = e.relatedTarget;
    if ((to && this._hover.contains(to)) || this._buttonOf(to)) return;
    this._hover = null;
    this._set(this._buttonOf(document.activeElement));
  }

  _onFocusIn(e) {
    const b = this._buttonOf(e.target);
    if (b) this._set(b);
  }

  _onFocusOut(e) {
    if (!this._buttonOf(e.target) || this._buttonOf(e.relatedTarget)) return;
    this._set(this._hover);
  }

  _onKeyDown(e) {
    const b = this._buttonOf(e.target);
    if (!b || e.altKey || e.ctrlKey || e.metaKey) return;
    const r = this._rows();
    const list = b.getAttribute('data-row') === 'top' ? r.top : r.bottom;
    const i = Number(b.getAttribute('data-index'));
    const last = list.length - 1;
    const next = { ArrowLeft: i - 1, ArrowUp: i - 1, ArrowRight: i + 1, ArrowDown: i + 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation(); // arrows move along the tokens, not between lesson steps
    const to = list[Math.max(0, Math.min(last, next))];
    if (to) to.focus();
  }
}
