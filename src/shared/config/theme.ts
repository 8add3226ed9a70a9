import { contrastProblems } from '#src/shared/ui/colour-pairs.ts';
import type { AppConfig } from './config-schema.ts';

/**
 * A municipality's theme (config.json `theme.light` / `theme.dark`: token names without
 * `--werkmap-`, hex colours) put over the tokens of tokens.css through the CSSOM
 * (`style.setProperty`), never a <style> element, so the Content-Security-Policy keeps
 * `style-src 'self'`. The tokens are declared on `.werkmap-theme` (the <body>), so that is the
 * element that gets them. The colour scheme's own values (light or dark, as the device prefers)
 * are applied, again when the device switches.
 *
 * A theme that puts a colour pair below WCAG AA (4.5:1 for text, 3:1 for parts, the pairs of
 * colour-pairs.ts) is refused: the default theme stays, and the console says which pair failed.
 */

const PREFIX = '--werkmap-';
let applied: string[] = [];
let stopWatching: (() => void) | null = null;

function themeElement(): HTMLElement {
  return document.querySelector<HTMLElement>('.werkmap-theme') ?? document.body;
}

function clear(element: HTMLElement): void {
  for (const name of applied) element.style.removeProperty(name);
  applied = [];
}

/** Applies the scheme's tokens; returns the contrast problems (then nothing is applied). */
function applyScheme(theme: AppConfig['theme'], dark: boolean): string[] {
  const element = themeElement();
  clear(element);
  // a light theme's colours are not for the dark scheme: in dark mode only the theme's dark values apply
  const chosen = dark ? theme.dark : theme.light;
  for (const [name, value] of Object.entries(chosen)) {
    element.style.setProperty(`${PREFIX}${name}`, value);
    applied.push(`${PREFIX}${name}`);
  }
  if (applied.length === 0) return [];
  const computed = getComputedStyle(element);
  const problems = contrastProblems((token) => computed.getPropertyValue(token).trim() || undefined);
  if (problems.length > 0) clear(element);
  return problems;
}

function updateThemeColour(): void {
  const colour = getComputedStyle(themeElement()).getPropertyValue(`${PREFIX}color-header-bg`).trim();
  if (colour) document.querySelector('meta[name="theme-color"]')?.setAttribute('content', colour);
}

/** Puts the theme on the page, and again when the device changes between light and dark. */
export function applyTheme(theme: AppConfig['theme']): void {
  stopWatching?.();
  stopWatching = null;
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const apply = () => {
    const problems = applyScheme(theme, query?.matches ?? false);
    if (problems.length > 0) {
      console.warn(`config.json theme refused (the default theme is used): colours below WCAG AA contrast:\n- ${problems.join('\n- ')}`);
    }
    updateThemeColour();
  };
  apply();
  if (query && (Object.keys(theme.light).length > 0 || Object.keys(theme.dark).length > 0)) {
    query.addEventListener('change', apply);
    stopWatching = () => query.removeEventListener('change', apply);
  }
}
