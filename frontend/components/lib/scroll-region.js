// A box that scrolls sideways when its content is wider than the screen (a heatmap's chart, a long formula) must be
// reachable with the keyboard, or its hidden part is out of reach (axe: scrollable-region-focusable). While the box
// overflows it is a Tab stop (tabindex 0) and arrow keys scroll it, as the browser does for a focused scroll box;
// when everything fits, it is no stop at all.

/**
 * Watches `box` (and what it holds) for overflow; `name` (optional): () => an accessible name for the box while it
 * is a Tab stop. Returns the function that stops watching.
 */
export function watchOverflow(box, name) {
  const check = () => {
    const overflows = box.scrollWidth > box.clientWidth; // as axe counts it: by any amount
    if (overflows) {
      if (box.getAttribute('tabindex') !== '0') box.setAttribute('tabindex', '0');
      const label = name ? name() : '';
      if (label) {
        box.setAttribute('role', 'group');
        box.setAttribute('aria-label', `${label} (scrolls sideways)`);
      }
    } else if (box.hasAttribute('tabindex')) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  };
  if (typeof ResizeObserver === 'undefined') {
    check();
    return () => {};
  }
  const ro = new ResizeObserver(check);
  ro.observe(box);
  for (const child of box.children) ro.observe(child);
  check();
  return () => ro.disconnect();
}
