// <attention-heatmap>: Chart.js matrix chart of an attention matrix, a colour legend and
// a "Show numbers" table with the same values (the accessible source of the numbers).
// The chart sizes itself from CSS (components.css: the element's width, --al-heatmap-cell and, presenting, the
// screen's height; see lib/heatmap-chart.js): no rebuild when they change. Where even the smallest readable cells do
// not fit, the chart scrolls sideways in its own box, which is then a Tab stop (lib/scroll-region.js).
// Tokens listed in data.marked (with data.markNote) are marked on both axes, in the tooltip and in the table.
import './components.css';
import './heatmap.css';
import { DataElement } from './lib/data-element.js';
import { asArray, asText, formatNumber } from './lib/format.js';
import { buildNumberTable } from './lib/number-table.js';
import { announceProvenance, onProvenance, sourceLines } from './lib/provenance.js';
import { createHeatmapChart, heatmapModel, shapeChartBox } from './lib/heatmap-chart.js';
import { viridisGradient } from './lib/viridis.js';
import { watchOverflow } from './lib/scroll-region.js';

class AttentionHeatmap extends DataElement {
  constructor() {
    super();
    this._chart = null;
    this._key = null;
    this._model = null;
    this._hovered = null;
    this._stopProvenance = null;
    this._stopOverflow = null;
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
    if (this._stopOverflow) this._stopOverflow();
    this._stopOverflow = null;
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    this._key = null;
  }

  _title() {
    return asText(this._d && this._d.title) || asText(this._d && this._d.name) || 'Attention';
  }

  _ariaLabel(m) {
    return `${this._title()} heatmap, ${m.shape.rows} by ${m.shape.cols}; the numbers are in the table below`;
  }

  _render() {
    const d = this._d;
    if (!d) {
      this._destroyChart();
      this.replaceChildren();
      return;
    }
    const m = heatmapModel(d);
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
    const { rows, cols } = m.shape;

    // .hm-chart scrolls sideways on narrow screens; .hm-canvas-box has the chart's size (CSS) for Chart.js
    const chartBox = document.createElement('div');
    chartBox.className = 'hm-chart';
    const canvasBox = document.createElement('div');
    canvasBox.className = 'hm-canvas-box';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', this._ariaLabel(m));
    canvasBox.appendChild(canvas);
    chartBox.appendChild(canvasBox);

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
    shapeChartBox(canvasBox, m);
    this._stopOverflow = watchOverflow(chartBox, () => `${this._title()} chart`);
    this._chart = createHeatmapChart(canvas, m, {
      model: () => this._model,
      title: this._title(),
      rowAxis: asText(d.rowAxis),
      colAxis: asText(d.colAxis),
      tooltip: (p) => this._tooltipText(p),
      click: (row, col) => this._cellClick(row, col),
      hover: (row, col) => this._announce(row, col),
    });
  }

  _tooltipText(p) {
    if (!p) return '';
    const m = this._model;
    const tpl = asText(this._d && this._d.tooltip) || '{row} → {col}: {value}';
    const value = p.masked ? `${p.label || formatNumber(0, m.digits)} (masked)` : p.label;
    const text = tpl
      .split('{row}').join(m.shape.rowLabels[p.y] || '')
      .split('{col}').join(m.shape.colLabels[p.x] || '')
      .split('{value}').join(value);
    const words = [];
    if (m.marked.has(p.y)) words.push(`"${m.shape.rowLabels[p.y]}"`);
    if (m.marked.has(p.x) && p.x !== p.y) words.push(`"${m.shape.colLabels[p.x]}"`);
    return words.length && m.markNote ? [text, `${words.join(' and ')}: ${m.markNote}`] : text;
  }

  _cellClick(row, col) {
    this.dispatchEvent(new CustomEvent('cell-click', { detail: { row, col }, bubbles: true, composed: true }));
  }

  _updateChart(m) {
    const chart = this._chart;
    chart.data.datasets[0].data = m.points;
    chart.data.datasets[0].label = this._title();
    chart.canvas.setAttribute('aria-label', this._ariaLabel(m));
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
    bar.style.backgroundImage = viridisGradient();
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
      unknownRows: [...m.marked],
      unknownCols: [...m.marked],
      unknownNote: m.markNote,
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
