// <weight-map>: a compact heatmap for matrices too big for number grids or the Chart.js heatmap (a trained
// model's X, T × 384, and its weight slices, 32 × 384): one plain canvas, cells as thin as the screen needs, values
// on hover (a tooltip and a live read-out line), zoom buttons, and the keyboard: the canvas is a Tab stop, arrow
// keys move a cursor (Shift for steps of 10), Enter or Space "clicks" the cell. A click sends `cell-click`
// {row, col}, like <attention-heatmap>. Data: the same JSON as the heatmap's (name, title, rowLabels, colLabels,
// values, min, max, digits, tooltip with {row} {col} {value}, rowAxis, colAxis). All text is set as text.
import './weight-map.css';
import { DataElement } from './lib/data-element.js';
import { asArray, asText, clampDigits, formatNumber } from './lib/format.js';
import { rgbCss, viridisGradient, viridisRgb } from './lib/viridis.js';

const ZOOMS = [0, 3, 6, 12, 24]; // 0: fit the width (at least 2 px a column)
const AXIS = 18; // px above the cells for the column ticks
const LABEL_PX = 12;

class WeightMap extends DataElement {
  constructor() {
    super();
    this._zoom = 0;
    this._cursor = null;
    this._ro = null;
    this._built = false;
  }

  connectedCallback() {
    if (!this._built) this._build();
    if (typeof ResizeObserver !== 'undefined' && !this._ro) {
      this._ro = new ResizeObserver(() => this._draw());
      this._ro.observe(this);
    }
    super.connectedCallback();
  }

  disconnectedCallback() {
    if (this._ro) this._ro.disconnect();
    this._ro = null;
  }

  _build() {
    this._built = true;
    const top = document.createElement('div');
    top.className = 'wm-top';
    this._title = document.createElement('span');
    this._title.className = 'wm-title';
    const out = this._button('−', 'Zoom out', () => this._setZoom(this._zoom - 1));
    const inn = this._button('+', 'Zoom in', () => this._setZoom(this._zoom + 1));
    this._zoomOut = out;
    this._zoomIn = inn;
    const hint = document.createElement('span');
    hint.className = 'wm-hint';
    hint.textContent = 'Hover a cell to see its value.';
    top.append(this._title, out, inn, hint);

    const body = document.createElement('div');
    body.className = 'wm-body';
    this._rows = document.createElement('div');
    this._rows.className = 'wm-rows';
    this._rows.setAttribute('aria-hidden', 'true');
    this._scroll = document.createElement('div');
    this._scroll.className = 'wm-scroll';
    this._canvas = document.createElement('canvas');
    this._canvas.tabIndex = 0;
    this._canvas.setAttribute('role', 'img');
    this._scroll.appendChild(this._canvas);
    body.append(this._rows, this._scroll);

    this._legend = document.createElement('div');
    this._legend.className = 'wm-legend';
    this._readout = document.createElement('div');
    this._readout.className = 'wm-readout';
    this._readout.setAttribute('aria-live', 'polite');
    this._tip = document.createElement('div');
    this._tip.className = 'wm-tip';
    this._tip.hidden = true;
    this.replaceChildren(top, body, this._legend, this._readout, this._tip);

    const c = this._canvas;
    c.addEventListener('mousemove', (e) => this._hover(this._cellAt(e), e));
    c.addEventListener('mouseleave', () => this._hover(null));
    c.addEventListener('click', (e) => {
      const cell = this._cellAt(e);
      if (cell) this._click(cell);
    });
    c.addEventListener('keydown', (e) => this._key(e));
    c.addEventListener('blur', () => {
      this._cursor = null;
      this._paint();
    });
  }

  _button(text, label, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'wm-zoom';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', onClick);
    return b;
  }

  _setZoom(z) {
    this._zoom = Math.max(0, Math.min(ZOOMS.length - 1, z));
    this._draw();
  }

  _shape() {
    const d = this._d;
    const values = asArray(d && d.values);
    const rowLabels = asArray(d && d.rowLabels).map(asText);
    const colLabels = asArray(d && d.colLabels).map(asText);
    return { values, rowLabels, colLabels, rows: values.length, cols: values.length ? asArray(values[0]).length : 0 };
  }

  _render() {
    if (!this._built) return;
    const d = this._d;
    const title = asText(d && d.title);
    this._title.textContent = title;
    this._canvas.setAttribute('aria-label', `${title} heatmap; Tab here, then arrow keys read the values`);
    this._renderLegend();
    this._draw();
  }

  _renderLegend() {
    const d = this._d || {};
    const digits = clampDigits(d.digits);
    const lo = document.createElement('span');
    lo.textContent = formatNumber(Number(d.min) || 0, digits);
    const bar = document.createElement('span');
    bar.className = 'wm-legend-bar';
    bar.setAttribute('aria-hidden', 'true');
    bar.style.backgroundImage = viridisGradient();
    const hi = document.createElement('span');
    hi.textContent = formatNumber(Number(d.max) || 0, digits);
    this._legend.replaceChildren(lo, bar, hi);
  }

  /** Cell size and layout for the current width and zoom. */
  _layout() {
    const s = this._shape();
    const avail = Math.max(100, this._scroll.clientWidth || this.clientWidth - 60);
    const z = ZOOMS[this._zoom];
    const cw = z === 0 ? Math.max(2, avail / Math.max(1, s.cols)) : z;
    const rh = Math.max(6, Math.min(22, Math.floor(320 / Math.max(1, s.rows))));
    return { ...s, cw, rh, width: Math.ceil(cw * s.cols), height: AXIS + rh * s.rows };
  }

  _draw() {
    if (!this._built || !this._d) return;
    this._l = this._layout();
    const { rows, rh, rowLabels, width, height } = this._l;
    const dpr = window.devicePixelRatio || 1;
    this._canvas.width = Math.round(width * dpr);
    this._canvas.height = Math.round(height * dpr);
    this._canvas.style.width = `${width}px`;
    this._canvas.style.height = `${height}px`;
    this._zoomOut.disabled = this._zoom === 0;
    this._zoomIn.disabled = this._zoom === ZOOMS.length - 1;
    // row labels beside the scroll box, so that they stay in view; every k-th when rows are thin
    const every = Math.ceil(LABEL_PX / rh);
    const labels = [];
    for (let i = 0; i < rows; i += every) {
      const span = document.createElement('span');
      span.textContent = rowLabels[i] || '';
      span.style.top = `${AXIS + i * rh + rh / 2}px`;
      labels.push(span);
    }
    this._rows.style.height = `${height}px`;
    this._rows.replaceChildren(...labels);
    this._paint();
  }

  _paint() {
    const l = this._l;
    if (!l) return;
    const d = this._d;
    const ctx = this._canvas.getContext('2d');
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, l.width, l.height);
    const min = Number(d.min) || 0;
    const span = (Number(d.max) || 0) - min;
    for (let i = 0; i < l.rows; i++) {
      const row = asArray(l.values[i]);
      for (let j = 0; j < l.cols; j++) {
        const x0 = Math.floor(j * l.cw);
        const x1 = Math.floor((j + 1) * l.cw);
        const v = Number(row[j]);
        ctx.fillStyle = rgbCss(viridisRgb(span > 0 ? (v - min) / span : 0.5));
        ctx.fillRect(x0, AXIS + i * l.rh, Math.max(1, x1 - x0), l.rh);
      }
    }
    // column ticks: a label every `step` columns, at least 48 px apart
    let step = 1;
    while (step * l.cw < 48) step *= 2;
    ctx.fillStyle = '#1a1a1a';
    ctx.font = `${LABEL_PX}px system-ui, sans-serif`;
    ctx.textBaseline = 'top';
    for (let j = 0; j < l.cols; j += step) {
      const x = Math.floor(j * l.cw);
      ctx.fillRect(x, AXIS - 4, 1, 4);
      ctx.fillText(l.colLabels[j] || '', x + 2, 2);
    }
    if (this._cursor) {
      const { row, col } = this._cursor;
      ctx.strokeStyle = '#c01c28';
      ctx.lineWidth = 2;
      ctx.strokeRect(Math.floor(col * l.cw) - 1, AXIS + row * l.rh - 1, Math.max(3, l.cw) + 2, l.rh + 2);
    }
  }

  _cellAt(e) {
    const l = this._l;
    if (!l) return null;
    const r = this._canvas.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top - AXIS;
    const col = Math.floor(x / l.cw);
    const row = Math.floor(y / l.rh);
    return row >= 0 && row < l.rows && col >= 0 && col < l.cols ? { row, col } : null;
  }

  _text(cell) {
    const l = this._l;
    const d = this._d;
    const value = formatNumber(Number(asArray(l.values[cell.row])[cell.col]), clampDigits(d.digits));
    const tpl = asText(d.tooltip) || '{row}, {col}: {value}';
    return tpl.split('{row}').join(l.rowLabels[cell.row] || '').split('{col}').join(l.colLabels[cell.col] || '')
      .split('{value}').join(value);
  }

  _hover(cell, e) {
    if (!cell) {
      this._tip.hidden = true;
      return;
    }
    const text = this._text(cell);
    this._tip.textContent = text;
    this._tip.hidden = false;
    this._tip.style.left = `${Math.min(e.clientX + 12, window.innerWidth - 220)}px`;
    this._tip.style.top = `${e.clientY + 16}px`;
    this._readout.textContent = text;
  }

  _click(cell) {
    this.dispatchEvent(new CustomEvent('cell-click', { detail: cell, bubbles: true, composed: true }));
  }

  _key(e) {
    const l = this._l;
    if (!l || !l.rows || !l.cols) return;
    const c = this._cursor || { row: 0, col: 0 };
    const n = e.shiftKey ? 10 : 1;
    const moves = { ArrowLeft: [0, -n], ArrowRight: [0, n], ArrowUp: [-n, 0], ArrowDown: [n, 0] };
    if (moves[e.key]) {
      e.preventDefault();
      const [dr, dc] = this._cursor ? moves[e.key] : [0, 0];
      this._cursor = { row: Math.max(0, Math.min(l.rows - 1, c.row + dr)), col: Math.max(0, Math.min(l.cols - 1, c.col + dc)) };
      const x = this._cursor.col * l.cw;
      if (x < this._scroll.scrollLeft || x > this._scroll.scrollLeft + this._scroll.clientWidth - l.cw) {
        this._scroll.scrollLeft = Math.max(0, x - this._scroll.clientWidth / 2);
      }
      this._readout.textContent = this._text(this._cursor);
      this._paint();
    } else if ((e.key === 'Enter' || e.key === ' ') && this._cursor) {
      e.preventDefault();
      this._click(this._cursor);
    }
  }
}

if (!customElements.get('weight-map')) customElements.define('weight-map', WeightMap);
