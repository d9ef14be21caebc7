/**
 * Colours for charts. Categorical colours follow Okabe & Ito (distinguishable with the common colour-vision
 * deficiencies), darkened where needed so lines and marks keep 3:1 against white; the sequential scale is viridis
 * (perceptually even, readable in greyscale). Colour is never the only cue: series also differ by dash or shape.
 */
export const CHART_COLORS = {
  /** The measured values. */
  value: '#0072b2',
  centre: '#4d5a57',
  limit: '#4d5a57',
  /** The smoothed average (EWMA) and its limit. */
  ewma: '#a5527f',
  alert: '#d55e00',
  watch: '#8a5a00',
  annotation: '#5a3f80',
  action: '#007a5a',
  baseline: '#eef1ee',
  grid: '#e3e7e5',
  axis: '#4d5a57',
  suppressed: '#7b8784',
  /** The usual range (the detector's band for each period), shaded under the line. */
  usualRange: '#d6e6f2',
} as const;

/** Series by meaning, so the same pattern has the same colour everywhere. */
export const PATTERN_COLORS = {
  hierarchical: '#0072b2',
  medicalModel: '#d55e00',
  errand: '#007a5a',
  mutuality: '#1c2624',
  self: '#a5527f',
  others: '#0072b2',
} as const;

/** Dash patterns that pair with PATTERN_COLORS so series stay apart without colour. */
export const PATTERN_DASHES = {
  hierarchical: '0',
  medicalModel: '6 3',
  errand: '2 3',
  mutuality: '10 3 2 3',
  self: '6 3',
  others: '0',
} as const;

// Viridis at eleven even stops (matplotlib's table).
const VIRIDIS = [
  '#440154', '#482475', '#414487', '#355f8d', '#2a788e', '#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725',
];

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Viridis at t ∈ [0, 1] (clamped), linearly interpolated between stops. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = hexToRgb(VIRIDIS[i]!);
  const b = hexToRgb(VIRIDIS[i + 1]!);
  return rgbToHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background` (always ≥ 4.5:1 on the viridis scale). */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** A score on [min, max] as a viridis colour: low scores dark, high scores light. */
export function sequentialColor(value: number, min: number, max: number): string {
  return viridis((value - min) / (max - min));
}

/** Purple–orange diverging stops (ColorBrewer PuOr, colour-blind safe): far below … neutral … far above. */
const DIVERGING = ['#b35806', '#e08214', '#fdb863', '#f7f7f7', '#b2abd2', '#8073ac', '#542788'] as const;

/**
 * A difference from a reference (a team's own mean) as a diverging colour: below in orange, above in purple, neutral
 * grey near zero; `spread` is the difference that reaches the darkest colour.
 */
export function divergingColor(delta: number, spread: number): string {
  const t = Math.min(1, Math.max(-1, Number.isFinite(delta) && spread > 0 ? delta / spread : 0));
  const x = ((t + 1) / 2) * (DIVERGING.length - 1);
  const i = Math.min(DIVERGING.length - 2, Math.floor(x));
  const f = x - i;
  const a = hexToRgb(DIVERGING[i]!);
  const b = hexToRgb(DIVERGING[i + 1]!);
  return rgbToHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}
