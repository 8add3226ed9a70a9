import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_CONTRAST, PAIRS } from '#src/shared/ui/colour-pairs.ts';

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
/** The example second municipality's theme (config.json `theme.light`), as the app puts it over the light tokens. */
const zuiderveen = (JSON.parse(readFileSync(join('deploy', 'examples', 'gemeente-zuiderveen', 'config.json'), 'utf8')) as { theme: { light: Record<string, string> } }).theme.light;
/** Both colour schemes (the dark one is the light tokens with the dark block's values on top), and a municipality's theme. */
const SCHEMES = {
  light: resolved(lightRaw),
  dark: resolved(new Map([...lightRaw, ...darkOverrides])),
  zuiderveen: resolved(new Map([...lightRaw, ...Object.entries(zuiderveen).map(([name, value]) => [`--werkmap-${name}`, value] as const)])),
} as const;
type Scheme = keyof typeof SCHEMES;
let props: Map<string, string> = SCHEMES.light;

/** A colour: a token name (`--werkmap-color-text`) or a literal hex colour. */
function hex(colour: string): string {
  const value = colour.startsWith('--') ? props.get(colour) : colour;
  if (!value) throw new Error(`unknown colour ${colour}`);
  return value.trim();
}

export function contrast(a: string, b: string): number {
  const ratio = contrastRatio(hex(a), hex(b));
  if (ratio === null) throw new Error(`${a} or ${b} is not a hex colour: ${hex(a)}, ${hex(b)}`);
  return ratio;
}

describe('colour contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const cases = (Object.keys(SCHEMES) as Scheme[]).flatMap((scheme) => PAIRS.map((pair) => ({ scheme, ...pair })));
  it.each(cases)('$scheme: $where: $fg on $bg', ({ scheme, fg, bg, kind }) => {
    props = SCHEMES[scheme];
    const ratio = contrast(fg, bg);
    expect(ratio, `${scheme}: ${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(MIN_CONTRAST[kind]);
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
