// Viridis, the colour-blind-safe sequential palette of the heatmaps, text colours that stay readable on it, and the
// hatched grey of masked cells.

export const VIRIDIS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];
const VIRIDIS_RGB = VIRIDIS.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));

/** Viridis colour as [r, g, b] for t in [0, 1]. */
export function viridisRgb(t) {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS_RGB.length - 1);
  const i = Math.min(VIRIDIS_RGB.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS_RGB[i];
  const b = VIRIDIS_RGB[i + 1];
  return a.map((ch, k) => Math.round(ch + (b[k] - ch) * f));
}

/** The whole palette as a left-to-right CSS gradient (for a legend). */
export function viridisGradient() {
  return `linear-gradient(to right, ${VIRIDIS.map((c, i) => `${c} ${Math.round((i / (VIRIDIS.length - 1)) * 100)}%`).join(', ')})`;
}

export function relativeLuminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Text colour for a fill: white or black, whichever contrasts more. The crossover is at a
 * luminance of about 0.18, so every cell gets at least 4.58:1.
 */
export function textColorFor(rgb) {
  const L = relativeLuminance(rgb);
  return (1.05) / (L + 0.05) >= (L + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

export const rgbCss = (c) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

const MASKED_FILL = '#d9d9d9';
let maskPattern = null;
/** The fill of a masked cell: light grey, hatched (a canvas pattern; plain grey where patterns fail). */
export function maskedFill() {
  if (maskPattern) return maskPattern;
  try {
    const c = document.createElement('canvas');
    c.width = 8;
    c.height = 8;
    const g = c.getContext('2d');
    g.fillStyle = MASKED_FILL;
    g.fillRect(0, 0, 8, 8);
    g.strokeStyle = '#b3b3b3';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(0, 8);
    g.lineTo(8, 0);
    g.moveTo(-2, 2);
    g.lineTo(2, -2);
    g.moveTo(6, 10);
    g.lineTo(10, 6);
    g.stroke();
    maskPattern = g.createPattern(c, 'repeat') || MASKED_FILL;
  } catch (e) {
    maskPattern = MASKED_FILL;
  }
  return maskPattern;
}
