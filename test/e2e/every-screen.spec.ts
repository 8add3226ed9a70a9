import {
  expect,
  test,
  type Page,
  MARIEKE,
  RIA,
  chooseLanguage,
  configureMock,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openMenu,
  publicConfig,
  resetMock,
  serveConfig,
  signIn,
  warmServiceWorker,
} from './support.ts';
import { SCREENS, type ConfigOverride, type Screen, type ScreenRole } from './screens.ts';

/**
 * The accessibility gates over every main screen (test/e2e/screens.ts), per role:
 * - Arabic (right to left) at 360×740: a screenshot of each, no horizontal scrolling,
 *   no text that overflows its box, no {{variable}} left in a text, the service name in the
 *   header on one line ("Werkma / p" once), and axe (WCAG 2.2 AA) clean;
 * - dark mode with 200 % text at 360×740 (one pass for both): no horizontal scrolling, no
 *   overflowing text, axe clean (its contrast check then runs on the dark colours);
 * - forced colours: every focused link and button keeps a visible outline;
 * - prefers-reduced-motion: no transition or animation that lasts;
 * - API unreachable (lie-fi, the browser online): every screen with reads kept on the device
 *   (`data` in screens.ts), seen online first, shows its data with "Je ziet de gegevens van …"
 *   and no error — opened from within the app and after a reload (the shell from the service worker).
 */

const ANNA_NAME = 'Anna de Vries';
const YASMIN_NAME = 'Yasmin Haddad';

// every test signs in on its own after a reset of its lane's mock: they spread over both lanes
test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 360, height: 740 } });

test.beforeEach(async () => {
  await resetMock();
});

/** Signs in as the role's persona (a helper acts for Yasmin); the public role stays signed out. */
async function enterAs(page: Page, role: ScreenRole): Promise<void> {
  if (role === 'public') {
    await page.goto('/inloggen');
    return;
  }
  if (role === 'client') await signIn(page, ANNA_NAME);
  if (role === 'coach') await signIn(page, MARIEKE.name);
  if (role === 'jobBroker') await signIn(page, 'Renate Wubbels');
  if (role === 'teamLead') await signIn(page, 'Yvonne Smit');
  if (role === 'functionalAdmin') await signIn(page, 'Kees Brouwer');
  if (role === 'helper') {
    await signIn(page, RIA.name);
    await page.getByRole('button', { name: `Handel namens ${YASMIN_NAME}` }).click();
    await expect(page.getByTestId('acting-banner')).toBeVisible();
  }
}

/** The /config.json each page's context is served now (screens.ts `config`; none: public/config.json). */
const servedConfig = new WeakMap<Page, ConfigOverride>();

/** Serves the screen's /config.json; true when that changed what the app gets (then it must load again). */
async function configFor(page: Page, config: ConfigOverride | undefined): Promise<boolean> {
  if (JSON.stringify(servedConfig.get(page)) === JSON.stringify(config)) return false;
  const defaults = publicConfig();
  await serveConfig(
    page.context(),
    config === undefined ? null : config === 'not-json' ? '{ "municipality": ' : JSON.stringify({ ...defaults, features: { ...defaults.features, ...config.features } }),
  );
  if (config === undefined) servedConfig.delete(page);
  else servedConfig.set(page, config);
  return true;
}

/** Opens a screen and waits until its content (not a loading placeholder) shows; opens the menu when asked. */
async function open(page: Page, screen: Screen, navLabel = 'Hoofdmenu'): Promise<void> {
  const reload = await configFor(page, screen.config);
  // within the app, as a link does: a full page load per screen (booting the app again) is what
  // made these passes slow, and deep links are covered by the API-unreachable pass's reloads
  if (!reload && new URL(page.url()).origin === new URL(screen.path, page.url()).origin && !page.url().startsWith('about:')) await goInApp(page, screen.path);
  else await page.goto(screen.path);
  // the config-error page replaces the prerendered sign-in page (which has a heading too)
  if (screen.config === 'not-json') await expect(page.locator('main.config-error h1')).toBeVisible();
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  if (screen.menuOpen) await openMenu(page, navLabel);
  if (screen.click) await page.locator(screen.click).first().click();
}

/** Visible text boxes whose content is wider than the box, or that stick out of the viewport. */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'inline' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue; // visually hidden text
      if (el instanceof SVGElement) continue; // a chart's text scales with its picture: it has no box to overflow
      const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!hasText) continue;
      let ancestor = el.parentElement;
      let inScroller = false;
      while (ancestor) {
        if (scrolls(ancestor)) inScroller = true;
        ancestor = ancestor.parentElement;
      }
      if (inScroller || scrolls(el)) continue; // a table in its own scroll box may be wider
      const what = `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${what}: content ${el.scrollWidth}px in a ${el.clientWidth}px box`);
      else if (box.right > viewport + 1 || box.left < -1) found.push(`${what}: from ${Math.round(box.left)} to ${Math.round(box.right)} in a ${viewport}px viewport`);
    }
    return found;
  });
}

/** Per service name in the header ("Werkmap"): on how many lines its text shows (a broken word: 2). */
async function brandLines(page: Page): Promise<number[]> {
  return page.locator('.site-header__name').evaluateAll((links) =>
    links.map((link) => {
      const range = document.createRange();
      let lines = 0;
      for (const node of link.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        range.selectNodeContents(node);
        lines += new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
      }
      return lines;
    }),
  );
}

for (const role of ['public', 'client', 'coach', 'helper', 'jobBroker', 'teamLead', 'functionalAdmin'] as const) {
  const screens = SCREENS.filter((screen) => screen.role === role);

  test(`${role}: every screen in Arabic at 360×740 — no overflow, axe clean, screenshot`, async ({ page }, testInfo) => {
    test.setTimeout(60_000 + screens.length * 15_000);
    await enterAs(page, role);
    await chooseLanguage(page, 'Taal', 'العربية');
    for (const screen of screens) {
      await open(page, screen, 'القائمة الرئيسية');
      // the config-error page is Dutch only: nothing of the app (its texts) runs
      await expect(page.locator('html')).toHaveAttribute('dir', screen.config === 'not-json' ? 'ltr' : 'rtl');
      expect.soft(await brandLines(page), `${screen.path} (ar): the service name in the header broke over lines`).toEqual(screen.config === 'not-json' ? [] : [1]);
      const shot = await page.screenshot({ fullPage: true, path: testInfo.outputPath(`ar-${screen.name}.png`) });
      await testInfo.attach(`ar-${screen.name}`, { body: shot, contentType: 'image/png' });
      await expectNoHorizontalScroll(page, `${screen.path} (ar)`);
      expect.soft(await overflowingText(page), `${screen.path} (ar): text overflowing its box`).toEqual([]);
      // a text whose {{variable}} the code did not pass ("{{done}} van 4" once reached the caseload)
      expect.soft(await page.locator('body').innerText(), `${screen.path} (ar): a {{variable}} left in a text`).not.toMatch(/\{\{\w+\}\}/);
      await expectNoAxeViolations(page, `${screen.path} (ar)`);
    }
  });

  // one pass for both (CI time): dark colour scheme and the text at 200 % (the browser's text
  // size: the root font size doubled, so everything in rem and em grows, as in the settings)
  test(`${role}: every screen in dark mode with 200 % text at 360×740 — no sideways scroll, no overflow, axe clean`, async ({ page }) => {
    test.setTimeout(60_000 + screens.length * 12_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => {
      // through the CSSOM: a <style> element would be refused by the app's Content-Security-Policy
      document.addEventListener('DOMContentLoaded', () => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    });
    await enterAs(page, role);
    for (const [index, screen] of screens.entries()) {
      await open(page, screen);
      if (index === 0) {
        // the settings took: twice the text, and the dark tokens
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 24, 27)');
      }
      await expectNoHorizontalScroll(page, `${screen.path} (dark, 200 %)`);
      expect.soft(await overflowingText(page), `${screen.path} (dark, 200 %): text overflowing its box`).toEqual([]);
      expect.soft(await brandLines(page), `${screen.path} (dark, 200 %): the service name in the header broke over lines`).toEqual(screen.config === 'not-json' ? [] : [1]);
      await expectNoAxeViolations(page, `${screen.path} (dark, 200 %)`);
    }
  });

  test(`${role}: focus stays visible in forced colours, and nothing moves with reduced motion`, async ({ page }) => {
    test.setTimeout(60_000 + screens.length * 10_000);
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await enterAs(page, role);
    for (const screen of screens) {
      await open(page, screen);
      // the first tab stops: each must show an outline (box-shadow is dropped in forced colours)
      const seen: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            what: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}"`,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (!focus) continue;
        seen.push(focus.what);
        expect.soft(focus.outline, `${screen.path}: focus outline on ${focus.what}`).toBe(true);
      }
      expect(seen.length, `${screen.path}: nothing took focus`).toBeGreaterThan(0);
      const moving = await page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
        const found: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          const longest = Math.max(seconds(style.transitionDuration), style.animationName === 'none' ? 0 : seconds(style.animationDuration));
          if (longest > 0.01) found.push(`<${el.tagName.toLowerCase()} class="${String((el as HTMLElement).className)}">: ${longest}s`);
        }
        return found;
      });
      expect.soft(moving, `${screen.path}: motion despite prefers-reduced-motion`).toEqual([]);
    }
  });
}

/** Goes to a path within the app, as a link does (no reload): the router follows the history. */
async function goInApp(page: Page, path: string): Promise<void> {
  // the prerendered sign-in page shows before the app runs (its script is asked for after the first
  // paint): a navigation then would be missed, so wait until React has taken over the root
  await page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect.poll(() => new URL(page.url()).pathname).toBe(path);
}

/** The screen's last known data, the stale notice and no error message. */
async function expectLastKnownData(page: Page, screen: Screen, how: string): Promise<void> {
  const main = page.locator('main');
  await expect(main.locator('h1').first(), `${screen.path} (${how})`).toBeVisible();
  await expect(main, `${screen.path} (${how}): its data`).toContainText(screen.data!);
  await expect(main.getByText(/Je ziet de gegevens van/).first(), `${screen.path} (${how}): the stale notice`).toBeVisible();
  await expect(page.getByText('Dit konden we niet laden'), `${screen.path} (${how}): an error`).toHaveCount(0);
  await expect(main.locator('.notice--error'), `${screen.path} (${how}): an error`).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Er ging iets mis' }), `${screen.path} (${how}): the error page`).toHaveCount(0);
}

for (const role of ['client', 'coach', 'helper'] as const) {
  const persisted = SCREENS.filter((screen) => screen.role === role && screen.data !== undefined);

  test(`${role}: API unreachable — every persisted screen seen online shows its last known data and no error`, async ({ page }) => {
    test.setTimeout(60_000 + persisted.length * 10_000);
    await page.goto('/inloggen');
    await warmServiceWorker(page);
    await enterAs(page, role);
    for (const screen of persisted) {
      await open(page, screen);
      await expect(page.locator('main'), `${screen.path} online`).toContainText(screen.data!);
    }
    // the browser stays online; the API drops every connection (its gateway answers 502)
    await configureMock({ unreachable: true });
    // from a reload on: every read in memory comes from the device and is refreshed when shown
    await page.reload();
    for (const screen of persisted) {
      await goInApp(page, screen.path);
      await expectLastKnownData(page, screen, 'opened in the app');
      await page.reload();
      await expectLastKnownData(page, screen, 'reloaded');
    }
  });
}

test('read-aloud shows only when a voice for the language exists', async ({ page }) => {
  // a fake speech synthesis whose voice list the test controls
  await page.addInitScript(() => {
    const voices: Array<{ lang: string; localService: boolean; name: string; voiceURI: string; default: boolean }> = [];
    const target = new EventTarget();
    const synthesis = Object.assign(target, {
      spoken: [] as string[],
      getVoices: () => voices,
      speak: (u: { text: string }) => synthesis.spoken.push(u.text),
      cancel: () => {},
      addVoice: (lang: string) => {
        voices.push({ lang, localService: true, name: lang, voiceURI: lang, default: false });
        target.dispatchEvent(new Event('voiceschanged'));
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
  await signIn(page, ANNA_NAME);
  await page.goto('/vragenlijst');
  await page.getByRole('radio', { name: 'Ja, iemand helpt mij' }).check();
  await page.getByRole('textbox', { name: 'Naam van de persoon die helpt' }).fill('Ria Kamminga');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  await expect(page.getByRole('button', { name: 'Ga verder' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(0);
  await page.evaluate(() => (window.speechSynthesis as unknown as { addVoice: (lang: string) => void }).addVoice('en-GB'));
  await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(0);
  await page.evaluate(() => (window.speechSynthesis as unknown as { addVoice: (lang: string) => void }).addVoice('nl-NL'));
  const button = page.getByRole('button', { name: 'Lees voor' });
  await expect(button).toBeVisible();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop met voorlezen' })).toBeVisible();
  const spoken = await page.evaluate(() => (window.speechSynthesis as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toContain(await page.locator('main h1').first().innerText());
  await expectNoAxeViolations(page, 'question with read-aloud');
});

test('the overflow and service-name checks themselves catch text wider than its box and a broken name', async ({ page }) => {
  await page.goto('/privacy');
  await expect(page.locator('main h1').first()).toBeVisible();
  expect(await overflowingText(page)).toEqual([]);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.style.inlineSize = '120px';
    p.style.whiteSpace = 'nowrap'; // the app's CSS breaks long words; this text cannot wrap
    p.textContent = 'Arbeidsongeschiktheidsverzekeringsmaatschappij in Groningen';
    document.querySelector('main')?.append(p);
  });
  expect(await overflowingText(page)).toEqual([expect.stringMatching(/^<p> "Arbeidsongeschiktheids.*: content \d+px in a 120px box$/)]);
  // and the brand check a service name that breaks inside the word (what the header's CSS prevents)
  expect(await brandLines(page)).toEqual([1]);
  await page.locator('.site-header__name').evaluate((link: HTMLElement) => {
    link.style.setProperty('inline-size', '3em');
    link.style.setProperty('white-space', 'normal');
    link.style.setProperty('overflow-wrap', 'anywhere');
  });
  expect(await brandLines(page)).toEqual([expect.any(Number)]);
  expect((await brandLines(page))[0]).toBeGreaterThan(1);
});

test('the axe check itself catches a violation, also when axe is already in the page', async ({ page }) => {
  await page.goto('/privacy');
  await expect(page.locator('main h1').first()).toBeVisible();
  await expectNoAxeViolations(page, 'privacy');
  // an image without a text alternative and a button without a name (WCAG 1.1.1, 4.1.2)
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/icons/icon-192.png';
    const button = document.createElement('button');
    document.querySelector('main')?.append(img, button);
  });
  const failure = await expectNoAxeViolations(page, 'privacy with faults').then(() => null, (error: Error) => error.message);
  expect(failure).toContain('image-alt');
  expect(failure).toContain('button-name');
});
