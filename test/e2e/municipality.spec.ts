import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConfigFile, securityHeaders } from '../../deploy/security-headers.ts';
import { ANNA, expect, expectNoAxeViolations, heading, mainNav, openMenu, resetMock, signIn, test } from './support.ts';

/**
 * One build, configured at run time (issue 18): the same build as every other test, given the
 * example second municipality's /config.json and logo (deploy/examples/gemeente-zuiderveen/) through
 * Playwright instead of the server's. The service worker is blocked in this file so that every
 * request for them reaches page.route (Playwright does not route what a service worker answers).
 */
const example = (name: string) => fileURLToPath(new URL(`../../deploy/examples/gemeente-zuiderveen/${name}`, import.meta.url));
const ZUIDERVEEN_CONFIG = readFileSync(example('config.json'), 'utf8');
const ZUIDERVEEN_LOGO = readFileSync(example('logo.svg'));

test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  await resetMock();
  await page.route('/config.json', (route) => route.fulfill({ contentType: 'application/json', body: ZUIDERVEEN_CONFIG }));
  await page.route('/gemeente/logo.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: ZUIDERVEEN_LOGO }));
});

test('Gemeente Zuiderveen: its name, logo, colours and languages, without vacatures; the server sends the security headers', async ({ page }) => {
  // the prerendered sign-in page is the same for every municipality: hydrating it gives no mismatch
  const hydration: string[] = [];
  page.on('console', (message) => {
    if (/hydrat|#41[89]|#42[0-5]/i.test(message.text())) hydration.push(message.text());
  });
  const response = await page.goto('/inloggen');
  // npm run preview and these tests send exactly the headers of deploy/security-headers.ts (for public/config.json)
  const expected = securityHeaders(readConfigFile(fileURLToPath(new URL('../../public/config.json', import.meta.url))));
  const sent = response?.headers() ?? {};
  expect(Object.fromEntries(Object.keys(expected).map((name) => [name, sent[name.toLowerCase()]]))).toEqual(expected);

  // the name and logo, once the app has read config.json (the prerendered page is the same for everyone)
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByText('Werkmap is een dienst van Gemeente Zuiderveen.')).toBeVisible();
  await expect(footer.getByRole('link', { name: '0599 123 456' })).toHaveAttribute('href', 'tel:0599123456');
  await expect.poll(() => footer.locator('img.site-footer__logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // its colours, set through the CSSOM (no <style> element: the CSP allows none)
  await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(43, 106, 47)');
  await expect(page.getByRole('button', { name: 'Inloggen met DigiD' })).toHaveCSS('background-color', 'rgb(43, 106, 47)');
  expect(await page.locator('style').count()).toBe(0);
  // the languages it offers, and no others
  const languages = page.getByRole('navigation', { name: 'Taal' });
  await languages.getByRole('button', { expanded: false }).click();
  await expect(languages.getByRole('listitem')).toHaveText(['Nederlands', 'English', 'العربية']);
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page, 'sign-in page in the Zuiderveen theme');
  expect(hydration).toEqual([]);

  // the privacy page names its privacy contact
  await page.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('link', { name: 'fg@zuiderveen.example' })).toHaveAttribute('href', 'mailto:fg@zuiderveen.example');

  // vacatures switched off: not in the menu, and its address says it is not there
  await signIn(page, ANNA.name, { from: '/inloggen' });
  await expect(heading(page, 'Mijn zoekperiode')).toBeVisible();
  await openMenu(page);
  await expect(mainNav(page).getByRole('link', { name: 'Werkmap' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Vacatures' })).toHaveCount(0);
  await page.goto('/vacatures');
  await expect(heading(page, 'Dit onderdeel is er niet')).toBeVisible();
  await expect(page.getByText('Gemeente Zuiderveen gebruikt dit onderdeel van Werkmap niet.')).toBeVisible();
  await expectNoAxeViolations(page, 'a switched-off section in the Zuiderveen theme');
});
