// <katex-formula>: renders the `tex` property with KaTeX (display mode unless `inline` is set). A formula wider
// than the screen scrolls sideways and is then a Tab stop (lib/scroll-region.js).
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './components.css';
import { upgradeProperty } from './lib/data-element.js';
import { watchOverflow } from './lib/scroll-region.js';

class KatexFormula extends HTMLElement {
  static get observedAttributes() {
    return ['inline'];
  }

  constructor() {
    super();
    this._tex = '';
    this._stopOverflow = null;
  }

  get tex() {
    return this._tex;
  }

  set tex(value) {
    this._tex = value == null ? '' : String(value);
    if (this.isConnected) this._render();
  }

  connectedCallback() {
    upgradeProperty(this, 'tex');
    this._render();
  }

  disconnectedCallback() {
    if (this._stopOverflow) this._stopOverflow();
    this._stopOverflow = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this._render();
  }

  _render() {
    const tex = this._tex;
    if (!tex) {
      this.replaceChildren();
      return;
    }
    try {
      katex.render(tex, this, {
        displayMode: !this.hasAttribute('inline'),
        throwOnError: false,
        output: 'htmlAndMathml',
        strict: 'ignore',
        trust: false,
      });
    } catch (e) {
      // throwOnError:false covers parse errors; anything else falls back to the plain source.
      this.textContent = tex;
    }
    if (this._stopOverflow) this._stopOverflow();
    this._stopOverflow = this.hasAttribute('inline') ? null : watchOverflow(this, () => 'Formula');
  }
}

if (!customElements.get('katex-formula')) customElements.define('katex-formula', KatexFormula);
