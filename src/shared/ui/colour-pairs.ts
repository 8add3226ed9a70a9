/**
 * WCAG 2.2 AA contrast: the colour pairs the app uses, and the ratio. One list for the whole-project
 * check of tokens.css (test/unit/contrast.test.ts: light, dark, and the example municipalities'
 * themes) and for a municipality's theme when the app applies it (theme.ts): 4.5:1 for text, 3:1
 * for user-interface parts (borders of fields and buttons, the focus ring, status dots).
 */

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A hex colour's relative luminance; null when it is not a hex colour. */
function luminance(colour: string): number | null {
  const match = HEX.exec(colour.trim());
  if (!match) return null;
  const digits = match[1] as string;
  const h = digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two hex colours (1 to 21); null when one is not a hex colour. */
export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  const [hi, lo] = [la, lb].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const MIN_CONTRAST = { text: 4.5, ui: 3 } as const;

export type ColourPair = { fg: string; bg: string; kind: 'text' | 'ui'; where: string };

/** Every foreground/background pair in use. Add a pair when a component uses a new combination. */
export const PAIRS: ColourPair[] = [
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

/**
 * The pairs below their minimum, as "--fg on --bg: 3.10:1 (text needs 4.5:1)", with the colours
 * a token has (`valueOf`, e.g. from getComputedStyle); a value that is not a hex colour is skipped.
 */
export function contrastProblems(valueOf: (token: string) => string | undefined): string[] {
  return PAIRS.flatMap(({ fg, bg, kind, where }) => {
    const ratio = contrastRatio(valueOf(fg) ?? '', valueOf(bg) ?? '');
    if (ratio === null || ratio >= MIN_CONTRAST[kind]) return [];
    return [`${fg} on ${bg} (${where}): ${ratio.toFixed(2)}:1, ${kind} needs ${MIN_CONTRAST[kind]}:1`];
  });
}
