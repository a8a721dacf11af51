// <matrix-grid>: a small number matrix as an accessible table in light DOM, read-only or editable.
// Java sets `data` (JSON: name, label, caption, rowLabels, colLabels, values, editable, digits, shade,
// rowHeaderKind, errors as a list of {row, col, message}) and, on editable grids, `numberPattern` (the number
// grammar's regular expression source). All user-provided text goes in through textContent/setAttribute only.
// This element renders; the jobs around the table live in lib/: number-table (building and filling it),
// grid-editing (inputs, keys, cell-edit events), grid-roving (read-only keyboard), grid-errors (refused
// edits) and provenance (which cells a hovered cell came from).
import './components.css';
import { DataElement, upgradeProperty } from './lib/data-element.js';
import { asText, clampDigits } from './lib/format.js';
import { buildTable, fillTable, matrixShape } from './lib/number-table.js';
import { GridEditing } from './lib/grid-editing.js';
import { GridRoving } from './lib/grid-roving.js';
import { GridErrors } from './lib/grid-errors.js';
import { GridHighlight } from './lib/provenance.js';

class MatrixGrid extends DataElement {
  constructor() {
    super();
    this._structKey = null;
    this._table = null;
    this._cells = null;
    this._shape = null;
    this._numberPattern = undefined;
    this._highlight = new GridHighlight(this, () => this._name, () => this._editing.activeCell());
    const announce = (row, col) => this._highlight.announce(row, col);
    this._editing = new GridEditing(this, announce);
    this._roving = new GridRoving(this, announce);
    this._errors = new GridErrors();
  }

  /** The number grammar as a regular expression's source: typed text matching it is sent while typing. */
  get numberPattern() {
    return this._numberPattern;
  }

  set numberPattern(src) {
    this._numberPattern = src;
    this._editing.numberPattern = src;
  }

  connectedCallback() {
    upgradeProperty(this, 'numberPattern');
    this._highlight.connect();
    super.connectedCallback();
  }

  disconnectedCallback() {
    this._highlight.disconnect();
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
    const key = JSON.stringify([this._name, this._label, this.id, shape.rows, shape.cols, shape.rowLabels, shape.colLabels, editable, d.rowHeaderKind === 'token']);
    this._shape = shape;
    this._errors.read(d.errors);
    if (key !== this._structKey || !this._table || !this.contains(this._table)) {
      const active = this._editing.activeCell();
      const table = document.createElement('table');
      const cells = buildTable(table, d, shape, { editable, label: this._label });
      this.replaceChildren(table, this._errors.build());
      this._table = table;
      this._cells = cells;
      this._structKey = key;
      this._editing.setCells(cells);
      this._roving.setTable(editable ? null : table);
      this._highlight.setCells(table, cells);
      this._show(true);
      if (active) this._editing.focusCell(active.row, active.col);
    } else {
      const cap = this._table.querySelector(':scope > caption');
      if (cap) cap.textContent = asText(d.caption) || this._label;
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
}

if (!customElements.get('matrix-grid')) customElements.define('matrix-grid', MatrixGrid);
