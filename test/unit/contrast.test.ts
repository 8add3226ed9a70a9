import { readdirSync, readFileSync } from 'node:fs';
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
const darkStart = tokensCss.indexOf('@media (prefers-color-scheme: dark)');

/** The custom properties declared in a piece of CSS, as written. */
function declared(css: string): Map<string, string> {
  const raw = new Map<string, string>();
  for (const match of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/gi)) raw.set(match[1] as string, (match[2] as string).trim());
  return raw;
}

/** Custom properties with `var(--x)` references resolved. */
function resolved(raw: Map<string, string>): Map<string, string> {
  const resolve = (value: string, depth = 0): string =>
    depth > 10 ? value : value.replace(/var\((--[a-z0-9-]+)\)/gi, (_, name: string) => resolve(raw.get(name) ?? `missing(${name})`, depth + 1));
  return new Map([...raw].map(([name, value]) => [name, resolve(value)]));
}

const lightRaw = declared(tokensCss.slice(0, darkStart));
const darkOverrides = declared(tokensCss.slice(darkStart));
/** Both colour schemes: the dark one is the light tokens with the dark block's values on top. */
const SCHEMES = {
  light: resolved(lightRaw),
  dark: resolved(new Map([...lightRaw, ...darkOverrides])),
} as const;
type Scheme = keyof typeof SCHEMES;
let props: Map<string, string> = SCHEMES.light;

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
  { fg: '--werkmap-color-on-primary', bg: '--werkmap-color-primary', kind: 'text', where: 'primary button' },
  { fg: '--werkmap-color-on-primary', bg: '--werkmap-color-primary-dark', kind: 'text', where: 'primary button hover' },
  { fg: '--werkmap-color-on-primary', bg: '--werkmap-color-error', kind: 'text', where: 'unread badge' },
  { fg: '--werkmap-color-header-text', bg: '--werkmap-color-header-bg', kind: 'text', where: 'header' },
  { fg: '--werkmap-color-header-text', bg: '--werkmap-color-header-current', kind: 'text', where: 'current section, open menu button' },
  { fg: '--werkmap-color-online', bg: '--werkmap-color-header-bg', kind: 'ui', where: 'sync dot on the header' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-field-bg', kind: 'text', where: 'form fields, language list' },
  { fg: '--werkmap-color-primary', bg: '--werkmap-color-field-bg', kind: 'text', where: 'secondary buttons' },
  { fg: '--werkmap-color-ink', bg: '--werkmap-color-paper', kind: 'text', where: 'CV preview, print' },
  { fg: '--werkmap-color-ink-muted', bg: '--werkmap-color-paper', kind: 'text', where: 'CV preview, muted' },
  { fg: '--werkmap-color-paper', bg: '--werkmap-color-paper-accent', kind: 'text', where: 'CV modern header band' },
  { fg: '--werkmap-color-paper-accent', bg: '--werkmap-color-paper', kind: 'text', where: 'CV headings' },
  { fg: '--werkmap-color-visited', bg: '--werkmap-color-background', kind: 'text', where: 'visited links' },
  { fg: '--werkmap-color-error', bg: '--werkmap-color-background', kind: 'text', where: 'field errors' },
  { fg: '--werkmap-color-error', bg: '--werkmap-color-error-bg', kind: 'text', where: 'error notice' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-error-bg', kind: 'text', where: 'error notice body' },
  { fg: '--werkmap-color-success', bg: '--werkmap-color-background', kind: 'text', where: 'success text' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-success-bg', kind: 'text', where: 'success notice' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-warning-bg', kind: 'text', where: 'warning notice, acting banner, freshness' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-info-bg', kind: 'text', where: 'info notice' },
  { fg: '--werkmap-color-focus-text', bg: '--werkmap-color-focus', kind: 'text', where: 'focused link (yellow)' },
  { fg: '--werkmap-color-tag-info', bg: '--werkmap-color-info-bg', kind: 'text', where: 'status tag info' },
  { fg: '--werkmap-color-tag-success', bg: '--werkmap-color-success-bg', kind: 'text', where: 'status tag success' },
  { fg: '--werkmap-color-tag-warning', bg: '--werkmap-color-warning-bg', kind: 'text', where: 'status tag warning' },
  { fg: '--werkmap-color-tag-error', bg: '--werkmap-color-error-bg', kind: 'text', where: 'status tag error' },
  { fg: '--werkmap-color-text', bg: '--werkmap-color-neutral-bg', kind: 'text', where: 'status tag neutral' },
  { fg: '--werkmap-color-border', bg: '--werkmap-color-background', kind: 'ui', where: 'borders of fields and cards' },
  { fg: '--werkmap-color-focus-outline', bg: '--werkmap-color-background', kind: 'ui', where: 'focus outline' },
  { fg: '--werkmap-color-focus', bg: '--werkmap-color-header-bg', kind: 'ui', where: 'focus ring on the header' },
  { fg: '--werkmap-color-warning-border', bg: '--werkmap-color-warning-bg', kind: 'ui', where: 'warning notice border' },
  { fg: '--werkmap-color-success', bg: '--werkmap-color-success-bg', kind: 'ui', where: 'success notice border' },
  { fg: '--werkmap-color-error', bg: '--werkmap-color-error-bg', kind: 'ui', where: 'error notice border' },
  { fg: '--werkmap-color-primary', bg: '--werkmap-color-background', kind: 'ui', where: 'secondary button border' },
];

describe('colour contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const cases = (Object.keys(SCHEMES) as Scheme[]).flatMap((scheme) => PAIRS.map((pair) => ({ scheme, ...pair })));
  it.each(cases)('$scheme: $where: $fg on $bg', ({ scheme, fg, bg, kind }) => {
    props = SCHEMES[scheme];
    const ratio = contrast(fg, bg);
    expect(ratio, `${scheme}: ${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(kind === 'text' ? 4.5 : 3);
  });

  it('checks every colour token in at least one pair', () => {
    const colourTokens = [...SCHEMES.light.keys()].filter((name) => name.startsWith('--werkmap-color-'));
    const used = new Set(PAIRS.flatMap((pair) => [pair.fg, pair.bg]));
    expect(colourTokens.filter((name) => !used.has(name))).toEqual([]);
  });

  it('has a dark value for every colour token except the paper and the focus colours', () => {
    const same = [...SCHEMES.light.keys()].filter((name) => name.startsWith('--werkmap-color-') && !darkOverrides.has(name));
    expect(same.sort()).toEqual(
      ['--werkmap-color-focus', '--werkmap-color-focus-text', '--werkmap-color-ink', '--werkmap-color-ink-muted', '--werkmap-color-online', '--werkmap-color-paper', '--werkmap-color-paper-accent'].sort(),
    );
  });

  it('takes every colour of the app from a token (so dark mode reaches everything)', () => {
    const dir = join('src', 'shared', 'ui', 'styles');
    const literal = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(white|black)\b/gi;
    const found = readdirSync(dir)
      .filter((file) => file.endsWith('.css') && file !== 'tokens.css')
      .flatMap((file) =>
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.match(literal) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
