// <attention-heatmap>: Chart.js matrix chart of an attention matrix, a colour legend and
// a "Show numbers" table with the same values (the accessible source of the numbers).
import { Chart, LinearScale, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import './components.css';
import { DataElement } from './lib/data-element.js';
import { formatNumber, clampDigits, asArray, asText } from './lib/format.js';
import { matrixShape, valueAt, buildNumberTable } from './lib/number-table.js';
import { announceProvenance, onProvenance, sourceLines } from './lib/provenance.js';

Chart.register(MatrixController, MatrixElement, LinearScale, Tooltip);

export const VIRIDIS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];
const VIRIDIS_RGB = VIRIDIS.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
const MASKED_FILL = '#d9d9d9';

/** Viridis colour as [r, g, b] for t in [0, 1]. */
export function viridisRgb(t) {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS_RGB.length - 1);
  const i = Math.min(VIRIDIS_RGB.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS_RGB[i];
  const b = VIRIDIS_RGB[i + 1];
  return a.map((ch, k) => Math.round(ch + (b[k] - ch) * f));
}

export function relativeLuminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Text colour for a fill: white or black, whichever contrasts more. The crossover is at a
 * luminance of about 0.18, so every cell gets at least 4.58:1.
 */
export function textColorFor(rgb) {
  const L = relativeLuminance(rgb);
  return (1.05) / (L + 0.05) >= (L + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

const rgbCss = (c) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

let maskPattern = null;
function maskedFill() {
  if (maskPattern) return maskPattern;
  try {
    const c = document.createElement('canvas');
    c.width = 8;
    c.height = 8;
    const g = c.getContext('2d');
    g.fillStyle = MASKED_FILL;
    g.fillRect(0, 0, 8, 8);
    g.strokeStyle = '#b3b3b3';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(0, 8);
    g.lineTo(8, 0);
    g.moveTo(-2, 2);
    g.lineTo(2, -2);
    g.moveTo(6, 10);
    g.lineTo(10, 6);
    g.stroke();
    maskPattern = g.createPattern(c, 'repeat') || MASKED_FILL;
  } catch (e) {
    maskPattern = MASKED_FILL;
  }
  return maskPattern;
}

const MAX_TICK_CHARS = 16;
const shortLabel = (s) => (s.length > MAX_TICK_CHARS ? `${s.slice(0, MAX_TICK_CHARS - 1)}…` : s);
const longest = (labels) => labels.reduce((m, s) => Math.max(m, shortLabel(s).length), 0);

/** Cell colours, text colours and chart points for the current data. */
function model(d) {
  const shape = matrixShape(d);
  const min = typeof d.min === 'number' && Number.isFinite(d.min) ? d.min : 0;
  const max = typeof d.max === 'number' && Number.isFinite(d.max) ? d.max : 1;
  const span = max - min;
  const masked = asArray(d.masked);
  const digits = clampDigits(d.digits);
  const points = [];
  for (let i = 0; i < shape.rows; i++) {
    for (let j = 0; j < shape.cols; j++) {
      const v = valueAt(shape.values, i, j);
      const isMasked = Array.isArray(masked[i]) && masked[i][j] === true;
      let fill;
      let text;
      if (isMasked || v == null) {
        fill = null;
        text = '#000000';
      } else {
        const rgb = viridisRgb(span > 0 ? (v - min) / span : 0.5);
        fill = rgbCss(rgb);
        text = textColorFor(rgb);
      }
      points.push({ x: j, y: i, v, masked: isMasked, fill, text, label: formatNumber(v, digits) });
    }
  }
  return { shape, min, max, digits, points };
}

const valuePlugin = {
  id: 'alHeatmapValues',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0);
    const dataset = chart.data.datasets[0];
    if (!meta || !dataset || !meta.data.length) return;
    const first = meta.data[0];
    if (!(first.width >= 28)) return;
    const ctx = chart.ctx;
    ctx.save();
    const size = Math.max(11, Math.min(20, Math.round(first.width * 0.27)));
    ctx.font = `${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    meta.data.forEach((el, i) => {
      const p = dataset.data[i];
      if (!p || !p.label) return;
      const { x, y } = el.getCenterPoint();
      ctx.fillStyle = p.text;
      ctx.fillText(p.label, x, y);
    });
    ctx.restore();
  },
};

/** Outlines the rows or columns listed in chart.$alHighlight ({rows: [...], cols: [...]}). */
const highlightPlugin = {
  id: 'alHeatmapHighlight',
  afterDatasetsDraw(chart) {
    const h = chart.$alHighlight;
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0] && chart.data.datasets[0].data;
    if (!h || !meta || !data || !meta.data.length) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = '#c01c28';
    ctx.lineWidth = 3;
    const box = (els) => {
      if (!els.length) return;
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const el of els) {
        const { x, y, width, height } = el.getProps(['x', 'y', 'width', 'height'], true);
        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + width); y1 = Math.max(y1, y + height);
      }
      ctx.strokeRect(x0 - 1, y0 - 1, x1 - x0 + 2, y1 - y0 + 2);
    };
    for (const r of h.rows) box(meta.data.filter((el, i) => data[i] && data[i].y === r));
    for (const c of h.cols) box(meta.data.filter((el, i) => data[i] && data[i].x === c));
    ctx.restore();
  },
};

class AttentionHeatmap extends DataElement {
  constructor() {
    super();
    this._chart = null;
    this._key = null;
    this._model = null;
    this._hovered = null;
    this._stopProvenance = null;
  }

  connectedCallback() {
    this._stopProvenance = onProvenance((detail) => this._applyProvenance(detail));
    super.connectedCallback();
  }

  disconnectedCallback() {
    if (this._stopProvenance) this._stopProvenance();
    this._stopProvenance = null;
    this._destroyChart();
  }

  /** Hovering or focusing one of this heatmap's cells: tell the page where it came from. */
  _announce(row, col) {
    const key = row == null ? null : `${row}:${col}`;
    if (key === this._hovered) return;
    this._hovered = key;
    const name = asText(this._d && this._d.name);
    announceProvenance(row == null || !name ? null : { matrix: name, row, col });
  }

  /** Another matrix's cell is hovered: outline the rows/columns of this heatmap it came from. */
  _applyProvenance(detail) {
    const { rows, cols } = this._d ? sourceLines(detail, asText(this._d.name)) : { rows: [], cols: [] };
    if (this._table) {
      for (const td of this._table.querySelectorAll('td.mg-source')) td.classList.remove('mg-source');
      for (const td of this._table.querySelectorAll('td[data-row][data-col]')) {
        if (rows.includes(Number(td.getAttribute('data-row'))) || cols.includes(Number(td.getAttribute('data-col')))) {
          td.classList.add('mg-source');
        }
      }
    }
    if (this._chart) {
      this._chart.$alHighlight = rows.length || cols.length ? { rows, cols } : null;
      this._chart.draw();
    }
  }

  _destroyChart() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    this._key = null;
  }

  _title() {
    return asText(this._d && this._d.title) || asText(this._d && this._d.name) || 'Attention';
  }

  _render() {
    const d = this._d;
    if (!d) {
      this._destroyChart();
      this.replaceChildren();
      return;
    }
    const m = model(d);
    this._model = m;
    const key = JSON.stringify([m.shape.rows, m.shape.cols, m.shape.rowLabels, m.shape.colLabels, asText(d.rowAxis), asText(d.colAxis), asText(d.name)]);
    if (this._chart && key === this._key && this.contains(this._chart.canvas)) {
      this._updateChart(m);
    } else {
      this._build(m);
      this._key = key;
    }
    this._renderLegend(m);
    this._renderTable(m);
  }

  _build(m) {
    this._destroyChart();
    const d = this._d;
    const { rows, cols, rowLabels, colLabels } = m.shape;

    const chartBox = document.createElement('div');
    chartBox.className = 'hm-chart';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${this._title()} heatmap, ${rows} by ${cols}; the numbers are in the table below`);
    chartBox.appendChild(canvas);

    const legend = document.createElement('div');
    legend.className = 'hm-legend';

    const details = document.createElement('details');
    details.className = 'hm-numbers';
    const summary = document.createElement('summary');
    summary.textContent = 'Show numbers';
    const table = document.createElement('table');
    if (asText(d.name)) table.id = `matrix-${asText(d.name)}`;
    table.addEventListener('click', (e) => {
      const td = e.target.closest && e.target.closest('td[data-row][data-col]');
      if (td) this._cellClick(Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col')));
    });
    table.addEventListener('mouseover', (e) => {
      const td = e.target.closest && e.target.closest('td[data-row][data-col]');
      if (td) this._announce(Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col')));
    });
    table.addEventListener('mouseleave', () => this._announce(null));
    canvas.addEventListener('mouseleave', () => this._announce(null));
    details.append(summary, table);

    const wasOpen = this._details ? this._details.open : false;
    details.open = wasOpen;
    this.replaceChildren(chartBox, legend, details);
    this._legend = legend;
    this._table = table;
    this._details = details;

    if (!rows || !cols) return;

    // Explicit size: ~44px per cell for 10 tokens (26..56), plus room for the axis labels.
    // --al-heatmap-cell (CSS, e.g. larger in presenter mode) overrides the default cell size
    const wanted = parseFloat(getComputedStyle(this).getPropertyValue('--al-heatmap-cell'));
    const cell = Number.isFinite(wanted) && wanted > 0
      ? Math.max(26, Math.min(96, Math.round(wanted * 10 / Math.max(rows, cols, 10))))
      : Math.max(26, Math.min(56, Math.round(440 / Math.max(rows, cols))));
    const tickSize = Math.max(12, Math.min(18, Math.round(cell * 0.27)));
    const yRoom = Math.max(60, longest(rowLabels) * tickSize * 0.58) + 24;
    const xRoom = Math.max(60, Math.ceil(longest(colLabels) * tickSize * 0.58 * Math.sin(Math.PI / 3))) + 24;
    const width = cols * cell + yRoom + 12;
    const height = rows * cell + xRoom + 12;
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    chartBox.style.width = `${width}px`;

    const self = this;
    const cellSize = (ctx, axis) => {
      const area = ctx.chart.chartArea;
      const m2 = self._model;
      if (!area || !m2) return 0;
      const n = axis === 'x' ? m2.shape.cols : m2.shape.rows;
      return Math.max(1, (axis === 'x' ? area.width : area.height) / Math.max(1, n) - 2);
    };
    const tickFor = (axis) => (value) => {
      const labels = axis === 'x' ? self._model.shape.colLabels : self._model.shape.rowLabels;
      return Number.isInteger(value) && value >= 0 && value < labels.length ? shortLabel(labels[value]) : '';
    };
    const indexTicks = (n) => (scale) => {
      scale.ticks = Array.from({ length: n }, (_, i) => ({ value: i }));
    };
    const axisTitle = (text) => ({ display: !!text, text, color: '#1a1a1a', font: { size: 12, weight: 'bold' } });

    this._chart = new Chart(canvas, {
      type: 'matrix',
      data: {
        datasets: [{
          label: this._title(),
          data: m.points,
          backgroundColor: (ctx) => (ctx.raw && ctx.raw.fill) || maskedFill(),
          borderWidth: 0,
          width: (ctx) => cellSize(ctx, 'x'),
          height: (ctx) => cellSize(ctx, 'y'),
        }],
      },
      options: {
        responsive: false,
        maintainAspectRatio: false,
        devicePixelRatio: window.devicePixelRatio || 1,
        animation: false,
        layout: { padding: 6 },
        scales: {
          x: {
            type: 'linear', position: 'bottom', offset: false, min: -0.5, max: cols - 0.5,
            afterBuildTicks: indexTicks(cols),
            ticks: { stepSize: 1, autoSkip: false, maxRotation: 60, minRotation: 0, color: '#1a1a1a', font: { size: tickSize }, callback: tickFor('x') },
            grid: { display: false }, border: { display: false },
            title: axisTitle(asText(d.colAxis)),
          },
          y: {
            type: 'linear', reverse: true, offset: false, min: -0.5, max: rows - 0.5,
            afterBuildTicks: indexTicks(rows),
            ticks: { stepSize: 1, autoSkip: false, color: '#1a1a1a', font: { size: tickSize }, callback: tickFor('y') },
            grid: { display: false }, border: { display: false },
            title: axisTitle(asText(d.rowAxis)),
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            displayColors: false,
            callbacks: {
              title: () => '',
              label: (ctx) => self._tooltipText(ctx.raw),
            },
          },
        },
        onClick: (evt, elements) => {
          if (elements && elements.length) {
            const p = self._chart && self._chart.data.datasets[0].data[elements[0].index];
            if (p) self._cellClick(p.y, p.x);
          }
        },
        onHover: (evt, elements) => {
          if (evt && evt.native && evt.native.target) evt.native.target.style.cursor = elements && elements.length ? 'pointer' : 'default';
          const p = elements && elements.length && self._chart && self._chart.data.datasets[0].data[elements[0].index];
          if (p) self._announce(p.y, p.x);
          else self._announce(null);
        },
      },
      plugins: [valuePlugin, highlightPlugin],
    });
  }

  _tooltipText(p) {
    if (!p) return '';
    const m = this._model;
    const tpl = asText(this._d && this._d.tooltip) || '{row} → {col}: {value}';
    const value = p.masked ? `${p.label || formatNumber(0, m.digits)} (masked)` : p.label;
    return tpl
      .split('{row}').join(m.shape.rowLabels[p.y] || '')
      .split('{col}').join(m.shape.colLabels[p.x] || '')
      .split('{value}').join(value);
  }

  _cellClick(row, col) {
    this.dispatchEvent(new CustomEvent('cell-click', { detail: { row, col }, bubbles: true, composed: true }));
  }

  _updateChart(m) {
    const chart = this._chart;
    chart.data.datasets[0].data = m.points;
    chart.data.datasets[0].label = this._title();
    chart.canvas.setAttribute('aria-label', `${this._title()} heatmap, ${m.shape.rows} by ${m.shape.cols}; the numbers are in the table below`);
    chart.update('none');
  }

  _renderLegend(m) {
    const legend = this._legend;
    if (!legend) return;
    legend.replaceChildren();
    const title = document.createElement('span');
    title.className = 'hm-legend-title';
    title.textContent = this._title();
    const lo = document.createElement('span');
    lo.className = 'hm-legend-min';
    lo.textContent = formatNumber(m.min, m.digits);
    const bar = document.createElement('span');
    bar.className = 'hm-legend-bar';
    bar.setAttribute('aria-hidden', 'true');
    bar.style.backgroundImage = `linear-gradient(to right, ${VIRIDIS.map((c, i) => `${c} ${Math.round((i / (VIRIDIS.length - 1)) * 100)}%`).join(', ')})`;
    const hi = document.createElement('span');
    hi.className = 'hm-legend-max';
    hi.textContent = formatNumber(m.max, m.digits);
    legend.append(title, lo, bar, hi);
    if (m.points.some((p) => p.masked)) {
      const sw = document.createElement('span');
      sw.className = 'hm-legend-masked';
      sw.setAttribute('aria-hidden', 'true');
      const t = document.createElement('span');
      t.className = 'hm-legend-masked-text';
      t.textContent = 'masked';
      legend.append(sw, t);
    }
  }

  _renderTable(m) {
    if (!this._table) return;
    const d = this._d;
    buildNumberTable(this._table, {
      name: d.name,
      label: this._title(),
      caption: this._title(),
      rowLabels: m.shape.rowLabels,
      colLabels: m.shape.colLabels,
      values: m.shape.values,
      digits: m.digits,
      shade: 'none',
      rowHeaderKind: 'token',
    });
    this._table.classList.add('hm-table');
    const masked = asArray(d.masked);
    for (const td of this._table.querySelectorAll('td[data-row][data-col]')) {
      const r = Number(td.getAttribute('data-row'));
      const c = Number(td.getAttribute('data-col'));
      if (Array.isArray(masked[r]) && masked[r][c] === true) td.classList.add('hm-masked');
    }
  }
}

if (!customElements.get('attention-heatmap')) customElements.define('attention-heatmap', AttentionHeatmap);
