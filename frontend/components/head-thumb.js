// <head-thumb weights="T:hex">: one attention head's weights as a T × T canvas, one pixel a cell, scaled up by CSS
// (pixelated), viridis from 0 to 1. Two hex digits per cell, row by row (round(w · 255)). No library: the model
// view shows 72 of them at once.
import './model-view.css';
import { viridisRgb } from './lib/viridis.js';

class HeadThumb extends HTMLElement {
  static get observedAttributes() {
    return ['weights'];
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('aria-hidden', 'true');
      this.appendChild(this._canvas);
    }
    this._draw();
  }

  attributeChangedCallback() {
    this._draw();
  }

  _draw() {
    const text = this.getAttribute('weights');
    if (!this._canvas || !text) return;
    const colon = text.indexOf(':');
    const t = Number(text.slice(0, colon));
    const hex = text.slice(colon + 1);
    if (!Number.isInteger(t) || t < 1 || hex.length !== t * t * 2) return;
    this._canvas.width = t;
    this._canvas.height = t;
    const ctx = this._canvas.getContext('2d');
    const img = ctx.createImageData(t, t);
    for (let i = 0; i < t * t; i++) {
      const [r, g, b] = viridisRgb(parseInt(hex.substr(i * 2, 2), 16) / 255);
      img.data[i * 4] = r;
      img.data[i * 4 + 1] = g;
      img.data[i * 4 + 2] = b;
      img.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }
}

if (!customElements.get('head-thumb')) {
  customElements.define('head-thumb', HeadThumb);
}
