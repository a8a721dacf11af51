// <attention-flow>: query tokens on top, key tokens below, one green line per attention weight. Where the tokens do
// not fit one row (a phone), queries stand in a column on the left and keys on the right instead. Hovering or
// focusing a token isolates its lines and prints their weights. Words the lesson does not know (data.unknown, with
// data.unknownNote) are marked on their buttons (data-unknown, a title, and an accessible description).
import './components.css';
import './charts.css';
import { DataElement } from './lib/data-element.js';
import { formatNumber } from './lib/format.js';
import { FlowFocus } from './lib/flow-focus.js';
import { curve, describeKey, describeQuery, endpoints, fitsInRow, flowModel, weightLabel } from './lib/flow-layout.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GREEN = '#1b7f3b';
const GAP = 8; // px between the buttons of a row (components.css: .af-row gap)
let notes = 0; // ids of the unknown-word notes, unique on the page

class AttentionFlow extends DataElement {
  constructor() {
    super();
    this._m = null;
    this._key = null;
    this._ro = null;
    this._active = null; // {row:'top'|'bottom', index}
    const rows = () => (this._stage ? { top: this._topButtons, bottom: this._bottomButtons, stage: this._stage } : null);
    this._focus = new FlowFocus(this, rows, (active) => {
      this._active = active;
      this._applyActive();
    });
  }

  disconnectedCallback() {
    if (this._ro) {
      this._ro.disconnect();
      this._ro = null;
    }
    this._key = null; // rebuild (and observe again) if re-attached
  }

  _render() {
    const d = this._d;
    if (!d) {
      if (this._ro) this._ro.disconnect();
      this._ro = null;
      this._key = null;
      this.replaceChildren();
      return;
    }
    const m = flowModel(d);
    this._m = m;
    const key = JSON.stringify([m.tokens, [...m.unknown], m.unknownNote]);
    if (key !== this._key || !this._stage || !this.contains(this._stage)) {
      this._build(m);
      this._key = key;
    }
    this._update(m);
  }

  _build(m) {
    if (this._ro) this._ro.disconnect();
    this._active = null;
    this._focus.reset();
    const title = document.createElement('p');
    title.className = 'af-title';
    const scroll = document.createElement('div');
    scroll.className = 'af-scroll';
    const stage = document.createElement('div');
    stage.className = 'af-stage';
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'af-lines');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const lineGroup = document.createElementNS(SVG_NS, 'g');
    lineGroup.setAttribute('class', 'af-paths');
    const labelGroup = document.createElementNS(SVG_NS, 'g');
    labelGroup.setAttribute('class', 'af-labels');
    svg.append(lineGroup, labelGroup);

    const note = document.createElement('span');
    note.className = 'sr-only';
    note.id = `af-unknown-note-${++notes}`;
    note.textContent = m.unknownNote;
    const makeRow = (which, label) => {
      const row = document.createElement('div');
      row.className = `af-row af-${which}`;
      row.setAttribute('role', 'group');
      row.setAttribute('aria-label', label);
      const buttons = m.tokens.map((tok, i) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'af-token';
        b.setAttribute('data-index', String(i));
        b.setAttribute('data-row', which);
        b.textContent = tok; // the token alone: the mark is the theme's, the note an accessible description
        if (m.unknown.has(i)) {
          b.setAttribute('data-unknown', 'true');
          if (m.unknownNote) {
            b.title = m.unknownNote;
            b.setAttribute('aria-describedby', note.id);
          }
        }
        row.appendChild(b);
        return b;
      });
      return { row, buttons };
    };
    const top = makeRow('top', 'Query tokens: each one attends to the key tokens');
    const bottom = makeRow('bottom', 'Key tokens: the tokens being attended to');
    stage.append(svg, top.row, bottom.row);
    scroll.appendChild(stage);
    this.replaceChildren(title, scroll, note);

    const paths = [];
    for (let i = 0; i < m.n; i++) {
      const rowPaths = [];
      for (let j = 0; j < m.n; j++) {
        const p = document.createElementNS(SVG_NS, 'path');
        p.setAttribute('fill', 'none');
        p.setAttribute('stroke', GREEN);
        p.setAttribute('stroke-linecap', 'round');
        p.setAttribute('data-from', String(i));
        p.setAttribute('data-to', String(j));
        rowPaths.push(p);
      }
      paths.push(rowPaths);
    }
    Object.assign(this, {
      _title: title, _stage: stage, _svg: svg, _lineGroup: lineGroup, _labelGroup: labelGroup,
      _topButtons: top.buttons, _bottomButtons: bottom.buttons, _paths: paths,
    });

    if (typeof ResizeObserver !== 'undefined') {
      this._ro = new ResizeObserver(() => this._layout());
      this._ro.observe(this);
      this._ro.observe(stage);
      this._ro.observe(top.row);
      this._ro.observe(bottom.row);
    }
    requestAnimationFrame(() => this._layout());
  }

  _update(m) {
    this._title.textContent = m.title;
    this._title.hidden = !m.title;
    // Draw weak lines first so strong lines sit on top.
    const order = [];
    for (let i = 0; i < m.n; i++) {
      for (let j = 0; j < m.n; j++) {
        const w = m.w[i][j];
        const p = this._paths[i][j];
        if (w >= m.minWeight && w > 0) {
          p.removeAttribute('display');
          p.setAttribute('stroke-width', (1 + 10 * w).toFixed(2));
          p.setAttribute('stroke-opacity', (0.1 + 0.9 * w).toFixed(3));
          order.push([w, p]);
        } else {
          p.setAttribute('display', 'none');
          p.setAttribute('stroke-width', '0');
          if (p.parentNode) p.remove();
        }
      }
    }
    order.sort((a, b) => a[0] - b[0]);
    for (const [, p] of order) this._lineGroup.appendChild(p);

    for (let i = 0; i < m.n; i++) this._topButtons[i].setAttribute('aria-label', describeQuery(m, i));
    for (let j = 0; j < m.n; j++) this._bottomButtons[j].setAttribute('aria-label', describeKey(m, j));
    this._layout();
  }

  _layout() {
    const m = this._m;
    if (!m || !this._stage || !this.contains(this._stage)) return;
    const width = this.clientWidth;
    if (!width) return;
    // one row each when the tokens fit the width (measured at their natural width in either layout)
    const vertical = !fitsInRow(this._topButtons, width - 24, GAP);
    this._stage.classList.toggle('af-vertical', vertical);
    const ends = endpoints(this._stage, this._topButtons, this._bottomButtons, vertical);
    const w = Math.ceil(ends.width);
    const h = Math.ceil(ends.height);
    this._svg.setAttribute('width', String(w));
    this._svg.setAttribute('height', String(h));
    this._svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    this._ends = ends;
    this._vertical = vertical;
    for (let i = 0; i < m.n; i++) {
      for (let j = 0; j < m.n; j++) this._paths[i][j].setAttribute('d', curve(ends.tops[i], ends.bottoms[j], vertical));
    }
    this._applyActive();
  }

  /** Only the singled-out token's lines (lib/flow-focus.js), with their weights printed; all lines when none. */
  _applyActive() {
    const m = this._m;
    if (!m || !this._paths) return;
    const a = this._active;
    this._labelGroup.replaceChildren();
    for (const b of [...this._topButtons, ...this._bottomButtons]) b.classList.remove('af-active');
    for (let i = 0; i < m.n; i++) {
      for (let j = 0; j < m.n; j++) {
        const keep = !a || (a.row === 'top' ? a.index === i : a.index === j);
        this._paths[i][j].classList.toggle('af-dim', !keep);
      }
    }
    if (!a || a.index >= m.n || !this._ends) return;
    (a.row === 'top' ? this._topButtons : this._bottomButtons)[a.index].classList.add('af-active');
    for (let k = 0; k < m.n; k++) {
      const w = a.row === 'top' ? m.w[a.index][k] : m.w[k][a.index];
      if (!(w >= m.minWeight && w > 0)) continue;
      const t = document.createElementNS(SVG_NS, 'text');
      t.setAttribute('class', 'af-weight');
      const atKey = a.row === 'top';
      const pos = weightLabel(atKey ? this._ends.bottoms[k] : this._ends.tops[k], atKey, this._vertical);
      t.setAttribute('text-anchor', pos.anchor);
      t.setAttribute('x', pos.x.toFixed(1));
      t.setAttribute('y', pos.y.toFixed(1));
      t.textContent = formatNumber(w, 2);
      this._labelGroup.appendChild(t);
    }
  }
}

if (!customElements.get('attention-flow')) customElements.define('attention-flow', AttentionFlow);
