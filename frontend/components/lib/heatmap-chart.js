// The Chart.js side of <attention-heatmap>: the cell model, the matrix chart with its value and highlight
// plugins, and its size. The chart's box is sized by CSS (components.css: from the matrix shape set here and the
// page's --al-heatmap-cell); Chart.js follows the box (responsive) and, on every resize, takes the axis labels'
// type size from the box's font-size. The numbers are printed in the cells in that type when they fit (else the
// tooltip and the "Show numbers" table have them). So a change of the box's size (the container's width,
// presenter mode) resizes the heatmap without new data. Labels of marked tokens (words the lesson does not know)
// end in "?".
import { Chart, LinearScale, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { asArray, clampDigits, formatNumber } from './format.js';
import { matrixShape, valueAt } from './number-table.js';
import { maskedFill, rgbCss, textColorFor, viridisRgb } from './viridis.js';

Chart.register(MatrixController, MatrixElement, LinearScale, Tooltip);

const MAX_TICK_CHARS = 16;
const PADDING = 6;
const MIN_NUMBER_PX = 11;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const shortLabel = (s) => (s.length > MAX_TICK_CHARS ? `${s.slice(0, MAX_TICK_CHARS - 1)}…` : s);
/** The label drawn on an axis: shortened, and with "?" when marked. */
const drawnLabel = (s, marked) => shortLabel(s) + (marked ? '?' : '');
const longest = (labels, marked) => labels.reduce((m, s, i) => Math.max(m, drawnLabel(s, marked.has(i)).length), 0);

/** Shape, value range and chart points (with fill and text colours) of a heatmap's data. */
export function heatmapModel(d) {
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
  const marked = new Set(asArray(d.marked).filter((i) => Number.isInteger(i) && i >= 0));
  return { shape, min, max, digits, points, marked, markNote: typeof d.markNote === 'string' ? d.markNote : '' };
}

/**
 * Prints each cell's number in it, in the axis labels' type (chart.$alFontPx) or smaller where the widest number
 * needs it, but never below 11 px: then none (the tooltip, on hover or tap, and the "Show numbers" table have them).
 */
const valuePlugin = {
  id: 'alHeatmapValues',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0);
    const dataset = chart.data.datasets[0];
    // the type of the printed numbers in px, or 0 when none are printed (for readers of the page, tests among them)
    chart.canvas.setAttribute('data-number-px', '0');
    if (!meta || !dataset || !meta.data.length) return;
    const first = meta.data[0];
    const ctx = chart.ctx;
    ctx.save();
    const label = chart.$alFontPx || 12;
    ctx.font = `${label}px ${FONT}`;
    const widest = dataset.data.reduce((w, p) => (p && p.label ? Math.max(w, ctx.measureText(p.label).width) : w), 0);
    const size = Math.min(label, Math.floor((label * (first.width - 4)) / Math.max(1, widest)), first.height - 2);
    if (size >= MIN_NUMBER_PX) {
      ctx.font = `${size}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      meta.data.forEach((el, i) => {
        const p = dataset.data[i];
        if (!p || !p.label) return;
        const { x, y } = el.getCenterPoint();
        ctx.fillStyle = p.text;
        ctx.fillText(p.label, x, y);
      });
      chart.canvas.setAttribute('data-number-px', String(size));
    }
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

/**
 * Gives the chart's box what CSS needs to size it: the matrix shape and the longest row and column labels
 * (in characters, as drawn).
 */
export function shapeChartBox(box, m) {
  const { shape } = m;
  box.style.setProperty('--hm-rows', String(shape.rows));
  box.style.setProperty('--hm-cols', String(shape.cols));
  box.style.setProperty('--hm-row-chars', String(longest(shape.rowLabels, m.marked)));
  box.style.setProperty('--hm-col-chars', String(longest(shape.colLabels, m.marked)));
}

/** The axis labels' type size in px: the font-size CSS gives the chart's box (12 if there is none). */
function labelSize(box) {
  const px = box ? parseFloat(getComputedStyle(box).fontSize) : NaN;
  return Number.isFinite(px) && px > 0 ? Math.round(px) : 12;
}

/**
 * A matrix chart on `canvas` (inside its box, which CSS sizes). `view` gives the current model and answers the
 * chart: { model(), title, rowAxis, colAxis, tooltip(point), click(row, col), hover(row, col) — hover(null) when
 * the mouse is on no cell }.
 */
export function createHeatmapChart(canvas, m, view) {
  const { rows, cols } = m.shape;
  let tickSize = labelSize(canvas.parentNode);
  const cellSize = (ctx, axis) => {
    const area = ctx.chart.chartArea;
    const m2 = view.model();
    if (!area || !m2) return 0;
    const n = axis === 'x' ? m2.shape.cols : m2.shape.rows;
    return Math.max(1, (axis === 'x' ? area.width : area.height) / Math.max(1, n) - 2);
  };
  const tickFor = (axis) => (value) => {
    const m2 = view.model();
    const labels = axis === 'x' ? m2.shape.colLabels : m2.shape.rowLabels;
    return Number.isInteger(value) && value >= 0 && value < labels.length
      ? drawnLabel(labels[value], m2.marked.has(value)) : '';
  };
  const indexTicks = (n) => (scale) => {
    scale.ticks = Array.from({ length: n }, (_, i) => ({ value: i }));
  };
  const tickFont = () => ({ size: tickSize });
  // Square cells: the box gives the column labels room for turned text. When they need less (short or level
  // labels), the rest is left blank below the x axis, so that the cells are as tall as they are wide. (The chart
  // area starts below the padding or below the overhang of the top row label, whichever is more; the layout
  // keeps the largest bottom padding any axis asks for.)
  const squareCells = (scale) => {
    const shape = view.model().shape;
    const y = scale.chart.scales.y;
    const top = Math.max(PADDING, (y && y.paddingTop) || 0);
    const slack = scale.chart.height - top - PADDING - scale.height - (scale.width / shape.cols) * shape.rows;
    if (slack > 0) scale.paddingBottom = PADDING + scale.height + slack;
  };
  const axisTitle = (text) => ({
    display: !!text, text, color: '#1a1a1a', font: () => ({ size: Math.max(12, Math.round(tickSize * 0.8)), weight: 'bold' }),
  });

  const chart = new Chart(canvas, {
    type: 'matrix',
    data: {
      datasets: [{
        label: view.title,
        data: m.points,
        backgroundColor: (ctx) => (ctx.raw && ctx.raw.fill) || maskedFill(),
        borderWidth: 0,
        width: (ctx) => cellSize(ctx, 'x'),
        height: (ctx) => cellSize(ctx, 'y'),
      }],
    },
    options: {
      responsive: true, // follow the box, which CSS sizes
      maintainAspectRatio: false,
      onResize: (chart) => {
        tickSize = labelSize(chart.canvas.parentNode);
        chart.$alFontPx = tickSize;
      },
      devicePixelRatio: window.devicePixelRatio || 1,
      animation: false,
      layout: { padding: PADDING },
      scales: {
        x: {
          type: 'linear', position: 'bottom', offset: false, min: -0.5, max: cols - 0.5,
          afterBuildTicks: indexTicks(cols),
          afterFit: squareCells,
          ticks: { stepSize: 1, autoSkip: false, maxRotation: 60, minRotation: 0, color: '#1a1a1a', font: tickFont, callback: tickFor('x') },
          grid: { display: false }, border: { display: false },
          title: axisTitle(view.colAxis),
        },
        y: {
          type: 'linear', reverse: true, offset: false, min: -0.5, max: rows - 0.5,
          afterBuildTicks: indexTicks(rows),
          ticks: { stepSize: 1, autoSkip: false, color: '#1a1a1a', font: tickFont, callback: tickFor('y') },
          grid: { display: false }, border: { display: false },
          title: axisTitle(view.rowAxis),
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          displayColors: false,
          callbacks: {
            title: () => '',
            label: (ctx) => view.tooltip(ctx.raw),
          },
        },
      },
      onClick: (evt, elements, chart) => {
        const p = elements && elements.length && chart.data.datasets[0].data[elements[0].index];
        if (p) view.click(p.y, p.x);
      },
      onHover: (evt, elements, chart) => {
        if (evt && evt.native && evt.native.target) evt.native.target.style.cursor = elements && elements.length ? 'pointer' : 'default';
        const p = elements && elements.length && chart.data.datasets[0].data[elements[0].index];
        if (p) view.hover(p.y, p.x);
        else view.hover(null);
      },
    },
    plugins: [valuePlugin, highlightPlugin],
  });
  chart.$alFontPx = tickSize;
  return chart;
}
