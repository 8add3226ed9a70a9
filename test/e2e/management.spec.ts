import { readFile } from 'node:fs/promises';
import { expect, test, expectNoAxeViolations, heading, mockState, resetMock, signIn } from './support.ts';

/**
 * The teamleider (issue 21), on a desktop: opens the team's figures, picks the last quarter and one
 * coach, sees "< 5" where a cell is about fewer than 5 people (or would give one away), finds the
 * charts clean for axe, and downloads a table whose CSV equals the table shown. The look is logged.
 */

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async () => {
  await resetMock();
});

test('a quarter, one coach, "< 5", and a CSV that equals the table', async ({ page }) => {
  await signIn(page, 'Yvonne Smit');
  await expect(heading(page, 'Cijfers van het team')).toBeVisible();
  await expect(page.getByText(/Cijfers over de cliënten van Team Werk Noord/)).toBeVisible();

  await page.getByRole('combobox', { name: 'Soort periode' }).selectOption({ label: 'Kwartaal' });
  const quarters = page.getByRole('combobox', { name: 'Periode', exact: true });
  const previous = (await quarters.locator('option').nth(1).textContent()) ?? '';
  await quarters.selectOption({ label: previous });
  await page.getByRole('combobox', { name: 'E-coach' }).selectOption({ label: 'Lotte de Vries' });
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Je ziet de cijfers van ${previous}` })).toContainText('Alleen de cliënten van Lotte de Vries.');

  // small cells show as "< 5", in the charts and the tables alike
  const sorting = page.getByRole('table', { name: 'Indeling in een lijn' });
  await expect(sorting.getByRole('cell', { name: '< 5' }).first()).toBeVisible();
  const ladder = page.getByRole('region', { name: 'Participatieladder', exact: true });
  const drawn = await ladder.locator('svg [data-value]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value')));
  const tabled = await ladder.locator('tbody tr td:first-of-type').allTextContents();
  expect(drawn).toEqual(tabled);
  await expectNoAxeViolations(page, 'team figures of one coach');

  // the CSV holds exactly the table shown
  const [download] = await Promise.all([page.waitForEvent('download'), ladder.getByRole('button', { name: /^Download deze tabel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ladder-\d{4}-Q[1-4]\.csv$/);
  const csv = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  const shown = await ladder.locator('table tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent).join(';')));
  expect(csv).toEqual(shown);
  expect(csv.join('\n')).toContain('< 5');

  // who looked at what is logged on the server
  expect((await mockState()).figuresLog).toContainEqual(expect.objectContaining({ actorName: 'Yvonne Smit', coach: 'mgmt-coach-01' }));
});
