// <katex-formula>: renders the `tex` property with KaTeX (display mode unless `inline` is set).
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './components.css';
import { upgradeProperty } from './lib/data-element.js';

class KatexFormula extends HTMLElement {
  static get observedAttributes() {
    return ['inline'];
  }

  constructor() {
    super();
    this._tex = '';
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
  }
}

if (!customElements.get('katex-formula')) customElements.define('katex-formula', KatexFormula);
