// <lesson-keys>: page-level keyboard shortcuts for the lesson.
// ArrowRight/ArrowLeft click #next-step / #prev-step; f toggles fullscreen when the
// element has the `fullscreen-key` attribute. Typing in fields is never intercepted.
// It also makes the "Skip to the lesson" link (a.skip-link, href "#<id>") move the focus to the step's heading in
// that element, without changing the address (the router would take a new hash for a navigation).
import './components.css';

const IGNORED_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const IGNORED_HOSTS = new Set(['VAADIN-TEXT-FIELD', 'VAADIN-SELECT', 'VAADIN-COMBO-BOX', 'VAADIN-CHECKBOX', 'VAADIN-DIALOG-OVERLAY']);

function shouldIgnore(e) {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return true;
  const path = typeof e.composedPath === 'function' ? e.composedPath() : [e.target];
  const target = path[0] || e.target;
  if (!target || target.nodeType !== 1) return false;
  if (IGNORED_TAGS.has(target.tagName) || target.isContentEditable) return true;
  if (target.closest && target.closest('.af-token')) return true;
  return path.some((n) => n && n.nodeType === 1 && IGNORED_HOSTS.has(n.tagName));
}

function clickIfEnabled(id) {
  const el = document.getElementById(id);
  if (!el || el.disabled || el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return false;
  el.click();
  return true;
}

class LessonKeys extends HTMLElement {
  constructor() {
    super();
    this._onKey = (e) => this._handle(e);
    this._onClick = (e) => this._skip(e);
  }

  connectedCallback() {
    this.style.display = 'none';
    document.addEventListener('keydown', this._onKey);
    document.addEventListener('click', this._onClick, true);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this._onKey);
    document.removeEventListener('click', this._onClick, true);
  }

  _skip(e) {
    const link = e.target && e.target.closest ? e.target.closest('a.skip-link') : null;
    const href = link ? link.getAttribute('href') || '' : '';
    const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
    if (!target) return;
    e.preventDefault();
    e.stopPropagation();
    const heading = target.querySelector('#step-heading') || target;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }

  _handle(e) {
    if (shouldIgnore(e)) return;
    if (e.key === 'ArrowRight') {
      if (clickIfEnabled('next-step')) e.preventDefault();
    } else if (e.key === 'ArrowLeft') {
      if (clickIfEnabled('prev-step')) e.preventDefault();
    } else if ((e.key === 'f' || e.key === 'F') && this.hasAttribute('fullscreen-key') && !e.repeat) {
      e.preventDefault();
      const done = document.fullscreenElement
        ? document.exitFullscreen && document.exitFullscreen()
        : document.documentElement.requestFullscreen && document.documentElement.requestFullscreen();
      if (done && typeof done.catch === 'function') done.catch(() => {});
    }
  }
}

if (!customElements.get('lesson-keys')) customElements.define('lesson-keys', LessonKeys);
