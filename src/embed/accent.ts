/**
 * A partner's brand colour, from the `data-accent` attribute via the frame's
 * URL. It is untrusted text headed for CSS, so only a hex colour gets through;
 * and since our buttons and result panel put white text on it, a colour too
 * light for white text (WCAG AA, 4.5:1) is darkened until it is not.
 */

export const AA_TEXT_CONTRAST = 4.5;

type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` (any case) as lower-case `#rrggbb`; anything else is ignored. */
export function parseAccent(value: string | null | undefined): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const digits = match[1].toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}

const toRgb = (hex: string): Rgb => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

function luminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio between a `#rrggbb` colour and white. */
export const contrastWithWhite = (hex: string): number => 1.05 / (luminance(toRgb(hex)) + 0.05);

/** The colour mixed towards black by `amount` (0 to 1). */
export function darken(hex: string, amount: number): string {
  return toHex(toRgb(hex).map((channel) => channel * (1 - amount)) as Rgb);
}

export interface AccentShades {
  /** Fill behind white text, and borders: at least AA against white. */
  accent: string;
  /** Buttons on hover. */
  hover: string;
  /** The shadow under buttons. */
  shadow: string;
}

/** Shades for a parsed accent, darkened in small steps only as far as AA needs. */
export function accentShades(hex: string): AccentShades {
  let accent = hex;
  for (let step = 1; contrastWithWhite(accent) < AA_TEXT_CONTRAST; step += 1) accent = darken(hex, step * 0.02);
  return { accent, hover: darken(accent, 0.2), shadow: darken(accent, 0.55) };
}
