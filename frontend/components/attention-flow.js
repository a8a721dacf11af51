// <attention-flow>: query tokens on top, key tokens below, one green line per attention weight.
import './components.css';
import { DataElement } from './lib/data-element.js';
import { formatNumber, asArray, asText } from './lib/format.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GREEN = '#1b7f3b';

function model(d) {
  const tokens = asArray(d.tokens).map(asText);
  const n = tokens.length;
  const rows = asArray(d.weights);
  const w = [];
  for (let i = 0; i < n; i++) {
    const row = asArray(rows[i]);
    const out = [];
    for (let j = 0; j < n; j++) {
      const v = row[j];
      out.push(typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
    }
    w.push(out);
  }
  const minWeight = typeof d.minWeight === 'number' && Number.isFinite(d.minWeight) ? d.minWeight : 0.02;
  return { tokens, n, w, minWeight, title: asText(d.title) };
}

const fmt = (v) => formatNumber(v, 2);

class AttentionFlow extends DataElement {
  constructor() {
    super();
    this._m = null;
    this._key = null;
    this._ro = null;
    this._active = null; // {row:'top'|'bottom', index}
    this._hoverBtn = null;
    this.addEventListener('mouseover', (e) => this._onMouseOver(e));
    this.addEventListener('mouseout', (e) => this._onMouseOut(e));
    this.addEventListener('focusin', (e) => this._onFocusIn(e));
    this.addEventListener('focusout', (e) => this._onFocusOut(e));
    this.addEventListener('keydown', (e) => this._onKeyDown(e));
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
    const m = model(d);
    this._m = m;
    const key = JSON.stringify(m.tokens);
    if (key !== this._key || !this._stage || !this.contains(this._stage)) {
      this._build(m);
      this._key = key;
    }
    this._update(m);
  }

  _build(m) {
    if (this._ro) this._ro.disconnect();
    this._active = null;
    this._hoverBtn = null;
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
        b.textContent = tok;
        row.appendChild(b);
        return b;
      });
      return { row, buttons };
    };
    const top = makeRow('top', 'Query tokens: each one attends to the tokens below');
    const bottom = makeRow('bottom', 'Key tokens: the tokens being attended to');
    stage.append(svg, top.row, bottom.row);
    scroll.appendChild(stage);
    this.replaceChildren(title, scroll);

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

    for (let i = 0; i < m.n; i++) {
      const ranked = m.w[i].map((w, j) => [w, j]).sort((a, b) => b[0] - a[0]);
      const [w0, j0] = ranked[0] || [0, 0];
      let label = `${m.tokens[i]} attends most to ${m.tokens[j0]} (${fmt(w0)})`;
      const more = ranked.slice(1, 3).filter(([w]) => w >= m.minWeight);
      if (more.length) label += `, then ${more.map(([w, j]) => `${m.tokens[j]} (${fmt(w)})`).join(', ')}`;
      this._topButtons[i].setAttribute('aria-label', label);
    }
    for (let j = 0; j < m.n; j++) {
      const ranked = m.w.map((row, i) => [row[j], i]).sort((a, b) => b[0] - a[0]).slice(0, 3);
      const strong = ranked.filter(([w], k) => k === 0 || w >= m.minWeight);
      const label = `${m.tokens[j]} receives attention from ${strong.map(([w, i]) => `${m.tokens[i]} (${fmt(w)})`).join(', ')}`;
      this._bottomButtons[j].setAttribute('aria-label', label);
    }
    this._layout();
  }

  _layout() {
    const m = this._m;
    if (!m || !this._stage || !this.contains(this._stage)) return;
    const base = this._stage.getBoundingClientRect();
    if (!base.width) return;
    this._svg.setAttribute('width', String(Math.ceil(base.width)));
    this._svg.setAttribute('height', String(Math.ceil(base.height)));
    this._svg.setAttribute('viewBox', `0 0 ${Math.ceil(base.width)} ${Math.ceil(base.height)}`);
    const tops = this._topButtons.map((b) => {
      const r = b.getBoundingClientRect();
      return [r.left - base.left + r.width / 2, r.bottom - base.top];
    });
    const bottoms = this._bottomButtons.map((b) => {
      const r = b.getBoundingClientRect();
      return [r.left - base.left + r.width / 2, r.top - base.top];
    });
    this._ends = { tops, bottoms };
    for (let i = 0; i < m.n; i++) {
      for (let j = 0; j < m.n; j++) {
        const [x1, y1] = tops[i];
        const [x2, y2] = bottoms[j];
        const dy = (y2 - y1) / 2;
        const d = `M${x1.toFixed(1)} ${y1.toFixed(1)} C${x1.toFixed(1)} ${(y1 + dy).toFixed(1)} ${x2.toFixed(1)} ${(y2 - dy).toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`;
        this._paths[i][j].setAttribute('d', d);
      }
    }
    this._applyActive();
  }

  // ---- isolate one token's lines ----

  _buttonOf(target) {
    const b = target && target.closest ? target.closest('button.af-token') : null;
    return b && this._stage && this._stage.contains(b) ? b : null;
  }

  _setActive(b) {
    this._active = b ? { row: b.getAttribute('data-row'), index: Number(b.getAttribute('data-index')) } : null;
    this._applyActive();
  }

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
      t.setAttribute('text-anchor', 'middle');
      if (a.row === 'top') {
        const [x, y] = this._ends.bottoms[k];
        t.setAttribute('x', x.toFixed(1));
        t.setAttribute('y', (y - 8).toFixed(1));
      } else {
        const [x, y] = this._ends.tops[k];
        t.setAttribute('x', x.toFixed(1));
        t.setAttribute('y', (y + 18).toFixed(1));
      }
      t.textContent = fmt(w);
      this._labelGroup.appendChild(t);
    }
  }

  _onMouseOver(e) {
    const b = this._buttonOf(e.target);
    if (!b || b === this._hoverBtn) return;
    this._hoverBtn = b;
    this._setActive(b);
  }

  _onMouseOut(e) {
    if (!this._hoverBtn) return;
    const to = e.relatedTarget;
    if (to && this._hoverBtn.contains(to)) return;
    if (this._buttonOf(to)) return;
    this._hoverBtn = null;
    this._setActive(this._buttonOf(document.activeElement));
  }

  _onFocusIn(e) {
    const b = this._buttonOf(e.target);
    if (b) this._setActive(b);
  }

  _onFocusOut(e) {
    if (!this._buttonOf(e.target)) return;
    if (this._buttonOf(e.relatedTarget)) return;
    this._setActive(this._hoverBtn);
  }

  _onKeyDown(e) {
    const b = this._buttonOf(e.target);
    if (!b || e.altKey || e.ctrlKey || e.metaKey) return;
    const list = b.getAttribute('data-row') === 'top' ? this._topButtons : this._bottomButtons;
    const i = Number(b.getAttribute('data-index'));
    let next = -1;
    if (e.key === 'ArrowLeft') next = Math.max(0, i - 1);
    else if (e.key === 'ArrowRight') next = Math.min(list.length - 1, i + 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else return;
    e.preventDefault();
    e.stopPropagation();
    if (list[next]) list[next].focus();
  }
}

if (!customElements.get('attention-flow')) customElements.define('attention-flow', AttentionFlow);
