import { namespaces } from '#src/shared/i18n/languages.ts';
import { LANGUAGE_CACHE } from '#src/shared/offline/app-caches.ts';
import { expect, test, type Page, ANNA, chooseLanguage, expectNoAxeViolations, heading, resetMock, startControlled } from './support.ts';

/**
 * Only Dutch comes with the app (the precache); another language's texts are cached when it is
 * chosen, all at once, so that the app then works offline in that language, on every screen.
 */

test.beforeEach(async () => {
  await resetMock();
});

/** Per language, the text chunks (assets/<lng>/…) in each Cache Storage cache. */
async function textChunks(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(async () => {
    const found: Record<string, Record<string, number>> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const lng = /^\/assets\/([a-z]{2})\//.exec(new URL(request.url).pathname)?.[1];
        if (!lng) continue;
        found[name] ??= {};
        found[name][lng] = (found[name][lng] ?? 0) + 1;
      }
    }
    return found;
  });
}

function languagesIn(chunks: Record<string, Record<string, number>>): string[] {
  return [...new Set(Object.values(chunks).flatMap((perLanguage) => Object.keys(perLanguage)))].sort();
}

test('a language chosen online is on the device: offline the app opens in it, on screens not seen yet too', async ({ page, context }) => {
  await startControlled(page, ANNA.name);
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();

  // before any choice only Dutch is on the device, in the precache
  let chunks = await textChunks(page);
  expect(languagesIn(chunks)).toEqual(['nl']);
  const precache = Object.keys(chunks).find((name) => name.startsWith('workbox-precache'));
  expect(precache).toBeDefined();
  expect(chunks[precache!]!.nl).toBeGreaterThan(0);

  await chooseLanguage(page, 'Taal', 'English');
  await expect(heading(page, 'My search period')).toBeVisible();
  // every English text chunk is cached right away, not only this screen's; no other language
  await expect
    .poll(async () => (await textChunks(page))[LANGUAGE_CACHE]?.en ?? 0, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(namespaces.length);
  chunks = await textChunks(page);
  expect(languagesIn(chunks)).toEqual(['en', 'nl']);
  expect(Object.keys(chunks[LANGUAGE_CACHE]!)).toEqual(['en']);

  await context.setOffline(true);
  await page.reload();
  await expect(heading(page, 'My search period')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeVisible();

  // a screen never opened in English (its texts were fetched with the language)
  await page.goto('/toegankelijkheid');
  await expect(heading(page, 'Accessibility')).toBeVisible();
  await expectNoAxeViolations(page, 'accessibility page in English, offline');

  // Arabic was never chosen here: offline it cannot be, the switch says so and English stays
  const nav = page.getByRole('navigation', { name: 'Language' });
  await nav.getByRole('button', { expanded: false }).click();
  await nav.getByRole('listitem').getByRole('button', { name: 'العربية' }).click();
  await expect(nav.getByRole('status')).toHaveText(
    'This language is not on this device yet and there is no internet now. Choose the language again when you are back online.',
  );
  await expect(heading(page, 'Accessibility')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(languagesIn(await textChunks(page))).toEqual(['en', 'nl']);
  await expectNoAxeViolations(page, 'language not available offline');

  // back online the same choice works, and Arabic is then kept as well
  await context.setOffline(false);
  await chooseLanguage(page, 'Language', 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'اللغة' }).getByRole('status')).toHaveText('');
  await expect
    .poll(async () => (await textChunks(page))[LANGUAGE_CACHE]?.ar ?? 0, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(namespaces.length);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(heading(page, 'إمكانية الوصول')).toBeVisible();
});
