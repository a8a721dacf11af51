// DataElement: the shared skeleton of the lesson's web components. Java sets one property, `data`, as a JSON
// string; the element parses it and renders into its light DOM. A value set before the element was upgraded
// is picked up on connect.

/** Parses a `data` property value: a JSON string (or, leniently, an already parsed object). */
export function parseData(raw) {
  if (raw == null || raw === '') return null;
  if (typeof raw === 'object') return raw;
  if (typeof raw !== 'string') return null;
  try {
    const v = JSON.parse(raw);
    return v && typeof v === 'object' ? v : null;
  } catch (e) {
    console.warn('attention-lab: ignoring data that is not valid JSON', e);
    return null;
  }
}

/** Moves a property that was set before the element was upgraded onto the class setter. */
export function upgradeProperty(el, prop) {
  if (Object.prototype.hasOwnProperty.call(el, prop)) {
    const value = el[prop];
    delete el[prop];
    el[prop] = value;
  }
}

/** Base class: a `data` property (JSON string) that re-renders the element when it changes. */
export class DataElement extends HTMLElement {
  constructor() {
    super();
    this._raw = null;
    this._d = null;
  }

  get data() {
    return this._raw;
  }

  set data(value) {
    this._raw = value;
    this._d = parseData(value);
    if (this.isConnected) this._render();
  }

  connectedCallback() {
    upgradeProperty(this, 'data');
    this._render();
  }

  /** Renders `this._d` (null when there is no valid data). */
  _render() {}
}
