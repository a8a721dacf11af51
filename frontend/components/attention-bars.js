// <attention-bars>: one query's attention weights as a bar chart, plus a visually hidden table. The chart follows
// its box, which CSS sizes (components.css: up to 56 px a bar, never wider than the element), and takes its type
// size from the box's font-size (larger when presenting).
import { Chart, LinearScale, CategoryScale, BarController, BarElement, Tooltip } from 'chart.js';
import './components.css';
import './charts.css';
import { DataElement } from './lib/data-element.js';
import { formatNumber, clampDigits, asArray, asText } from './lib/format.js';

Chart.register(LinearScale, CategoryScale, BarController, BarElement, Tooltip);

const BAR = '#31688e';
const HIGHLIGHT = '#fde725';
const HIGHLIGHT_BORDER = '#1a1a1a';
const MAX_TICK_CHARS = 14;

function model(d) {
  const labels = asArray(d.labels).map(asText);
  const raw = asArray(d.values);
  const n = Math.max(labels.length, raw.length);
  const values = [];
  const names = [];
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    values.push(typeof v === 'number' && Number.isFinite(v) ? v : null);
    names.push(i < labels.length ? labels[i] : String(i));
  }
  const min = typeof d.min === 'number' && Number.isFinite(d.min) ? d.min : 0;
  const max = typeof d.max === 'number' && Number.isFinite(d.max) ? d.max : 1;
  const hl = Number.isInteger(d.highlight) ? d.highlight : -1;
  return { names, values, min, max: max > min ? max : min + 1, digits: clampDigits(d.digits), highlight: hl, title: asText(d.title) };
}

/** The type size in px the box's CSS gives (12 if none). */
function fontPx(box) {
  const px = box ? parseFloat(getComputedStyle(box).fontSize) : NaN;
  return Number.isFinite(px) && px > 0 ? Math.round(px) : 12;
}

/**
 * Prints each bar's value above it, in the chart's type or smaller (down to 10 px) where bars are narrow; where even
 * that does not fit, only the largest value (the one the lesson talks about) is printed.
 */
function drawValues(chart, m) {
  const meta = chart.getDatasetMeta(0);
  if (!meta || !m || !meta.data.length) return;
  const ctx = chart.ctx;
  const font = (px) => `${px}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  const label = chart.$alFontPx || 12;
  ctx.save();
  ctx.font = font(label);
  const texts = m.values.map((v) => (v == null ? '' : formatNumber(v, m.digits)));
  const widest = texts.reduce((w, t) => Math.max(w, ctx.measureText(t).width), 0);
  const spacing = chart.scales.x ? chart.scales.x.width / Math.max(1, m.values.length) : 0;
  const size = Math.min(label, Math.floor((label * (spacing - 2)) / Math.max(1, widest)));
  const top = m.values.reduce((best, v, i) => (v != null && (best < 0 || v > m.values[best]) ? i : best), -1);
  ctx.font = font(size >= 10 ? size : label);
  ctx.fillStyle = '#1a1a1a';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  meta.data.forEach((bar, i) => {
    if (!texts[i] || (size < 10 && i !== top)) return;
    ctx.fillText(texts[i], bar.x, Math.min(bar.y, bar.base) - 3);
  });
  ctx.restore();
}

class AttentionBars extends DataElement {
  constructor() {
    super();
    this._chart = null;
    this._key = null;
  }

  disconnectedCallback() {
    this._destroy();
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    this._key = null;
  }

  _render() {
    const d = this._d;
    if (!d) {
      this._destroy();
      this.replaceChildren();
      return;
    }
    const m = model(d);
    this._m = m;
    const key = JSON.stringify(m.names);
    if (this._chart && key === this._key && this.contains(this._chart.canvas)) {
      this._update(m);
    } else {
      this._build(m);
      this._key = key;
    }
    this._describe(m);
  }

  _colors(m) {
    return {
      bg: m.values.map((_, i) => (i === m.highlight ? HIGHLIGHT : BAR)),
      border: m.values.map((_, i) => (i === m.highlight ? HIGHLIGHT_BORDER : BAR)),
      width: m.values.map((_, i) => (i === m.highlight ? 2 : 0)),
    };
  }

  _build(m) {
    this._destroy();
    const title = document.createElement('p');
    title.className = 'ab-title';
    const box = document.createElement('div');
    box.className = 'ab-chart';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    box.appendChild(canvas);
    const table = document.createElement('table');
    table.className = 'sr-only ab-table';
    this.replaceChildren(title, box, table);
    this._title = title;
    this._canvas = canvas;
    this._table = table;

    box.style.setProperty('--ab-bars', String(m.names.length));
    let size = 12;
    const font = () => ({ size });
    const c = this._colors(m);
    this._chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: m.names.slice(),
        datasets: [{
          label: m.title,
          data: m.values.slice(),
          backgroundColor: c.bg,
          borderColor: c.border,
          borderWidth: c.width,
          borderSkipped: false,
          maxBarThickness: 40,
        }],
      },
      options: {
        responsive: true, // follow the box
        maintainAspectRatio: false,
        onResize: (chart) => {
          size = fontPx(box);
          chart.$alFontPx = size;
        },
        devicePixelRatio: window.devicePixelRatio || 1,
        animation: false,
        layout: { padding: { top: 20, right: 8, left: 4, bottom: 0 } },
        scales: {
          x: {
            type: 'category',
            grid: { display: false },
            ticks: {
              color: '#1a1a1a', font, autoSkip: false, maxRotation: 60,
              callback: (value, index) => {
                const s = this._m ? this._m.names[index] : '';
                const t = asText(s);
                return t.length > MAX_TICK_CHARS ? `${t.slice(0, MAX_TICK_CHARS - 1)}…` : t;
              },
            },
          },
          y: {
            type: 'linear', min: m.min, max: m.max,
            grid: { color: '#e3e3e3' },
            ticks: { color: '#1a1a1a', font, maxTicksLimit: 6 },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            displayColors: false,
            callbacks: {
              title: (items) => (items.length ? asText(this._m.names[items[0].dataIndex]) : ''),
              label: (item) => formatNumber(this._m.values[item.dataIndex], this._m.digits),
            },
          },
        },
      },
      plugins: [{ id: 'alBarValues', afterDatasetsDraw: (chart) => drawValues(chart, this._m) }],
    });
    size = fontPx(box);
    this._chart.$alFontPx = size;
    this._chart.update('none');
  }

  _update(m) {
    const chart = this._chart;
    const c = this._colors(m);
    const ds = chart.data.datasets[0];
    ds.data = m.values.slice();
    ds.label = m.title;
    ds.backgroundColor = c.bg;
    ds.borderColor = c.border;
    ds.borderWidth = c.width;
    chart.options.scales.y.min = m.min;
    chart.options.scales.y.max = m.max;
    chart.update('none');
  }

  _describe(m) {
    this._title.textContent = m.title;
    this._title.hidden = !m.title;
    const parts = m.names.map((n, i) => `${n} ${formatNumber(m.values[i], m.digits)}`);
    this._canvas.setAttribute('aria-label', `${m.title || 'Bar chart'}: ${parts.join(', ')}`);
    const table = this._table;
    table.replaceChildren();
    const cap = document.createElement('caption');
    cap.textContent = m.title || 'Values';
    const thead = document.createElement('thead');
    const htr = document.createElement('tr');
    for (const h of ['Label', 'Value']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      htr.appendChild(th);
    }
    thead.appendChild(htr);
    const tbody = document.createElement('tbody');
    m.names.forEach((n, i) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = n;
      const td = document.createElement('td');
      td.setAttribute('data-index', String(i));
      td.textContent = formatNumber(m.values[i], m.digits);
      tr.append(th, td);
      tbody.appendChild(tr);
    });
    table.append(cap, thead, tbody);
  }
}

if (!customElements.get('attention-bars')) customElements.define('attention-bars', AttentionBars);
