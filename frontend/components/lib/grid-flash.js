// Cells that just changed (the teacher's edit, seen on every screen that follows): the server sets the grid's
// `flash` property to JSON {seq, cells: [{row, col}, …]}; a new seq marks those cells with td.mg-changed for a few
// seconds (the theme animates it, or not, under prefers-reduced-motion). A table rebuilt meanwhile gets the marks
// again for the time left.
import { parseData } from './data-element.js';
import { asArray } from './format.js';

export const FLASH_MS = 4000;
const isIndex = (x) => Number.isInteger(x) && x >= 0;

export class GridFlash {
  constructor() {
    this._seq = null;
    this._cells = [];
    this._until = 0;
    this._marked = [];
    this._timer = null;
  }

  /** Reads a `flash` property value; true when it starts a new highlight. */
  read(raw) {
    const d = parseData(raw);
    if (!d || d.seq === this._seq) return false;
    this._seq = d.seq;
    this._cells = asArray(d.cells).filter((c) => c && isIndex(c.row) && isIndex(c.col));
    this._until = Date.now() + FLASH_MS;
    return true;
  }

  /**
   * Marks the cells of the current highlight among `cells` (rows of {td}); `restart`: run the animation again on a
   * cell that is still marked.
   */
  apply(cells, restart) {
    this._clear();
    const left = this._until - Date.now();
    if (!cells || left <= 0) return;
    for (const { row, col } of this._cells) {
      const cell = cells[row] && cells[row][col];
      if (!cell) continue;
      if (restart) {
        cell.td.classList.remove('mg-changed');
        void cell.td.offsetWidth; // let the animation start over
      }
      cell.td.classList.add('mg-changed');
      this._marked.push(cell.td);
    }
    this._timer = setTimeout(() => this._clear(), left);
  }

  _clear() {
    if (this._timer) clearTimeout(this._timer);
    this._timer = null;
    for (const td of this._marked) td.classList.remove('mg-changed');
    this._marked = [];
  }
}
