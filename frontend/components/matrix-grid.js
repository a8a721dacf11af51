// <matrix-grid>: a small number matrix as an accessible table in light DOM, read-only or editable.
// Java sets `data` (JSON: name, label, caption, rowLabels, colLabels, values, editable, digits, shade,
// rowHeaderKind, errors as a list of {row, col, message}, and for token rows unknownRows + unknownNote), on
// editable grids `numberPattern` (the number grammar's regular expression source), `flash` (JSON {seq, cells}: cells
// to highlight for a few seconds) and, on read-only grids whose cells may be clicked to be edited, the attribute
// `activatable`. All user-provided text goes in through textContent/setAttribute only.
// This element renders; the jobs around the table live in lib/: number-table (building and filling it),
// grid-editing (inputs, keys, cell-edit events), grid-roving (one Tab stop, arrows, cell-activate, leaving),
// grid-errors (refused edits), grid-flash (changed cells) and provenance (which cells a hovered cell came from).
import './components.css';
import { DataElement, upgradeProperty } from './lib/data-element.js';
import { asArray, asText, clampDigits } from './lib/format.js';
import { buildTable, fillTable, matrixShape } from './lib/number-table.js';
import { GridEditing } from './lib/grid-editing.js';
import { GridRoving } from './lib/grid-roving.js';
import { GridErrors } from './lib/grid-errors.js';
import { GridFlash } from './lib/grid-flash.js';
import { GridHighlight } from './lib/provenance.js';

const ACTIVATE_HINT = 'Click a number, or press Enter on it, to change it.';

class MatrixGrid extends DataElement {
  static get observedAttributes() {
    return ['activatable'];
  }

  constructor() {
    super();
    this._structKey = null;
    this._table = null;
    this._cells = null;
    this._shape = null;
    this._numberPattern = undefined;
    this._flashRaw = null;
    this._highlight = new GridHighlight(this, () => this._name, () => this._editing.activeCell());
    const announce = (row, col) => this._highlight.announce(row, col);
    this._roving = new GridRoving(this, announce);
    this._editing = new GridEditing(this, announce, () => this._roving.leave());
    this._errors = new GridErrors();
    this._flash = new GridFlash();
  }

  /** The number grammar as a regular expression's source (see grid-editing). */
  get numberPattern() {
    return this._numberPattern;
  }

  set numberPattern(src) {
    this._numberPattern = src;
    this._editing.numberPattern = src;
  }

  /** Cells to highlight: JSON {seq, cells: [{row, col}]}; a new seq highlights again. */
  get flash() {
    return this._flashRaw;
  }

  set flash(raw) {
    this._flashRaw = raw;
    if (this._flash.read(raw) && this._cells) this._flash.apply(this._cells, true);
  }

  connectedCallback() {
    upgradeProperty(this, 'numberPattern');
    upgradeProperty(this, 'flash');
    this._highlight.connect();
    super.connectedCallback();
  }

  disconnectedCallback() {
    this._highlight.disconnect();
  }

  attributeChangedCallback() {
    this._showActivateHint();
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
      this._table = null;
      this._cells = null;
      this._highlight.setCells(null, null);
      return;
    }
    const shape = matrixShape(d);
    const editable = d.editable === true;
    const key = JSON.stringify([this._name, this._label, this.id, shape.rows, shape.cols, shape.rowLabels,
      shape.colLabels, editable, d.rowHeaderKind === 'token', asArray(d.unknownRows), asText(d.unknownNote)]);
    this._shape = shape;
    this._errors.read(d.errors);
    if (key !== this._structKey || !this._table || !this.contains(this._table)) {
      const active = this._editing.activeCell();
      const table = document.createElement('table');
      const cells = buildTable(table, d, shape, { editable, label: this._label });
      this.replaceChildren(table, this._errors.build());
      this.setAttribute('role', 'group'); // what the focus is on after leaving the cells (Escape)
      this.setAttribute('aria-label', this._label);
      this._table = table;
      this._cells = cells;
      this._structKey = key;
      this._editing.setCells(cells);
      this._roving.setCells(cells, editable);
      this._highlight.setCells(table, cells);
      this._show(true);
      this._flash.apply(cells, false);
      this._showActivateHint();
      if (active) this._editing.focusCell(active.row, active.col);
    } else {
      const cap = this._table.querySelector(':scope > caption');
      if (cap && cap.firstChild) cap.firstChild.textContent = asText(d.caption) || this._label;
      this._show(false);
    }
    this._highlight.apply();
  }

  /** Values, shading and refused edits; `fresh`: a newly built table. */
  _show(fresh) {
    const d = this._d;
    const shape = this._shape;
    fillTable(this._cells, d, shape);
    this._editing.showValues(shape.values, clampDigits(d.digits), (r, c) => this._errors.has(r, c), fresh);
    const idBase = (this.id || this._name || 'matrix').replace(/\s+/g, '_');
    this._errors.show(this._label, shape, this._cells, idBase);
  }

  /** While activatable, the caption says (to screen readers) that a number can be clicked to change it. */
  _showActivateHint() {
    const cap = this._table && this._table.querySelector(':scope > caption');
    if (!cap) return;
    let hint = cap.querySelector('.mg-activate-hint');
    if (this.hasAttribute('activatable')) {
      if (!hint) {
        hint = document.createElement('span');
        hint.className = 'sr-only mg-activate-hint';
        hint.textContent = ` (${ACTIVATE_HINT})`;
        cap.appendChild(hint);
      }
    } else if (hint) {
      hint.remove();
    }
  }
}

if (!customElements.get('matrix-grid')) customElements.define('matrix-grid', MatrixGrid);
