import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Our CSS uses logical properties only (margin-inline-start, inset-inline-end, text-align: start …),
 * so right-to-left languages such as Arabic need no second stylesheet.
 */
const physical = [
  /\b(margin|padding|border)-(left|right|top|bottom)\b/,
  /(^|[\s;{])(left|right|top|bottom)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bclear\s*:\s*(left|right)\b/,
  /(^|[\s;{])(min-|max-)?(width|height)\s*:/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];
// `width`/`height` in media queries are fine: `@media (max-width: 40em)`.
const allowed = [/@media[^{]*\((min|max)-(width|height)/, /^\s*(width|height):\s*\d+(px)?;\s*\/\*\s*svg\s*\*\//];

function files(dir: string, ext: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

function violations(path: string, source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, '');
    if (allowed.some((a) => a.test(code))) return;
    if (physical.some((p) => p.test(code))) found.push(`${path}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('logical CSS only', () => {
  it('has no physical properties in our stylesheets', () => {
    const found = files('src', ['.css']).flatMap((path) => violations(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('has no physical properties in inline styles', () => {
    const found = files('src', ['.tsx'])
      .filter((path) => !path.endsWith('.test.tsx'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, i }))
          .filter(({ line }) => /style=\{\{[^}]*\b(marginLeft|marginRight|paddingLeft|paddingRight|left|right|textAlign:\s*'(left|right)')\b/.test(line))
          .map(({ line, i }) => `${path}:${i + 1}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('catches a physical property when there is one', () => {
    expect(violations('x.css', '.a { margin-left: 1rem; }')).toHaveLength(1);
    expect(violations('x.css', '.a { text-align: right; }')).toHaveLength(1);
    expect(violations('x.css', '.a { inset-inline-start: 0; }')).toHaveLength(0);
    expect(violations('x.css', '@media (max-width: 40em) {')).toHaveLength(0);
    expect(violations('x.css', '.a { width: 10rem; }')).toHaveLength(1);
    expect(violations('x.css', '.a { line-height: 1.5; border-block-end-width: 2px; }')).toHaveLength(0);
  });
});
