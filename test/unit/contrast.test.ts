import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 2.2 AA contrast for every colour pair the app uses: 4.5:1 for text, 3:1 for
 * user-interface parts (borders of fields and buttons, the focus ring, status dots).
 * The colours come from the token CSS (custom properties, `var()` resolved); literal
 * colours in the component CSS are named in the pair list. Every colour token must be
 * in at least one pair, so a new token cannot go unchecked.
 */

const tokensCss = readFileSync(join('src', 'shared', 'ui', 'styles', 'tokens.css'), 'utf8');

/** Custom properties of the token file, with `var(--x)` references resolved. */
function customProperties(css: string): Map<string, string> {
  const raw = new Map<string, string>();
  for (const match of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/gi)) raw.set(match[1] as string, (match[2] as string).trim());
  const resolve = (value: string, depth = 0): string =>
    depth > 10 ? value : value.replace(/var\((--[a-z0-9-]+)\)/gi, (_, name: string) => resolve(raw.get(name) ?? `missing(${name})`, depth + 1));
  return new Map([...raw].map(([name, value]) => [name, resolve(value)]));
}

const props = customProperties(tokensCss);

/** A colour: a token name (`--werkmap-color-text`) or a literal hex colour. */
function hex(colour: string): string {
  const value = colour.startsWith('--') ? props.get(colour) : colour;
  if (!value) throw new Error(`unknown colour ${colour}`);
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) throw new Error(`${colour} is not a hex colour: ${value}`);
  const digits = match[1] as string;
  return digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
}

function luminance(colour: string): number {
  const h = hex(colour);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Pair = { fg: string; bg: string; kind: 'text' | 'ui'; where: string };

/** Every foreground/background pair in use. Add a pair when a component uses a new combination. */
export const PAIRS: Pair[] = [
  { fg: '--werkmap-color-text', bg: '--werkmap-color-background', kind: 'text', where: 'body text' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-surface', kind: 'text', where: 'cards' },
  { fg: '--werkmap-color-text-muted', bg: '--werkmap-color-background', kind: 'text', where: 'hints' },
  { fg: '--werkmap-color-text-muted', bg: '--werkmap-color-surface', kind: 'text', where: 'hints on cards' },
  { fg: '--werkmap-color-primary', bg: '--werkmap-color-background', kind: 'text', where: 'links, secondary buttons' },
  { fg: '--werkmap-color-primary', bg: '--werkmap-color-surface', kind: 'text', where: 'links on cards' },
  { fg: '--werkmap-color-primary-dark', bg: '--werkmap-color-info-bg', kind: 'text', where: 'button hover' },
  { fg: '--werkmap-color-primary', bg: '--werkmap-color-info-bg', kind: 'text', where: 'links in info notices' },
  { fg: '#ffffff', bg: '--werkmap-color-primary', kind: 'text', where: 'primary button, header' },
  { fg: '#ffffff', bg: '--werkmap-color-primary-dark', kind: 'text', where: 'primary button hover' },
  { fg: '--utrecht-link-visited-color', bg: '--werkmap-color-background', kind: 'text', where: 'visited links' },
  { fg: '--werkmap-color-error', bg: '--werkmap-color-background', kind: 'text', where: 'field errors' },
  { fg: '--werkmap-color-error', bg: '--werkmap-color-error-bg', kind: 'text', where: 'error notice' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-error-bg', kind: 'text', where: 'error notice body' },
  { fg: '--werkmap-color-success', bg: '--werkmap-color-background', kind: 'text', where: 'success text' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-success-bg', kind: 'text', where: 'success notice' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-warning-bg', kind: 'text', where: 'warning notice, acting banner, freshness' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-info-bg', kind: 'text', where: 'info notice' },
  { fg: '--werkmap-color-focus-text', bg: '--werkmap-color-focus', kind: 'text', where: 'focused link (yellow)' },
  { fg: '#003c54', bg: '--werkmap-color-info-bg', kind: 'text', where: 'status tag info' },
  { fg: '#0b4f20', bg: '--werkmap-color-success-bg', kind: 'text', where: 'status tag success' },
  { fg: '#5c3c00', bg: '--werkmap-color-warning-bg', kind: 'text', where: 'status tag warning' },
  { fg: '#8c0f15', bg: '--werkmap-color-error-bg', kind: 'text', where: 'status tag error' },
  { fg: '--werkmap-color-text', bg: '#e8e8e8', kind: 'text', where: 'status tag neutral' },
  { fg: '--werkmap-color-border', bg: '--werkmap-color-background', kind: 'ui', where: 'borders of fields and cards' },
  { fg: '--werkmap-color-focus-text', bg: '--werkmap-color-background', kind: 'ui', where: 'focus outline' },
  { fg: '--werkmap-color-focus', bg: '--werkmap-color-primary', kind: 'ui', where: 'focus ring on the header' },
  { fg: '#8a5a00', bg: '--werkmap-color-warning-bg', kind: 'ui', where: 'warning notice border' },
  { fg: '--werkmap-color-success', bg: '--werkmap-color-success-bg', kind: 'ui', where: 'success notice border' },
  { fg: '--werkmap-color-error', bg: '--werkmap-color-error-bg', kind: 'ui', where: 'error notice border' },
  { fg: '--werkmap-color-primary', bg: '--werkmap-color-background', kind: 'ui', where: 'secondary button border' },
];

describe('colour contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(PAIRS)('$where: $fg on $bg', ({ fg, bg, kind }) => {
    const ratio = contrast(fg, bg);
    expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(kind === 'text' ? 4.5 : 3);
  });

  it('checks every colour token in at least one pair', () => {
    const colourTokens = [...props.keys()].filter((name) => name.startsWith('--werkmap-color-'));
    const used = new Set(PAIRS.flatMap((pair) => [pair.fg, pair.bg]));
    expect(colourTokens.filter((name) => !used.has(name))).toEqual([]);
  });
});
