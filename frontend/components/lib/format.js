// Formatting helpers shared by the lesson's web components: numbers as text, and tolerant readers for the
// parts of a `data` object (a missing list is an empty list, a missing text is '').

/** Decimal places to show: an integer 0..10, else 2. */
export function clampDigits(d) {
  const n = Number(d);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 2;
}

/** Rounds v to `digits` decimals as text; "-0.00" becomes "0.00". Non-numbers give "". */
export function formatNumber(v, digits) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  const s = v.toFixed(clampDigits(digits));
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

export const asArray = (x) => (Array.isArray(x) ? x : []);
export const asText = (x) => (x == null ? '' : String(x));
