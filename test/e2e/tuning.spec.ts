import entreeV1 from '#src/features/intake/definition/data/entree-v1.json' with { type: 'json' };
import { assertDefinition } from '#src/features/intake/definition/engine.ts';
import { applyTuning, tuningOf } from '#src/features/intake/tuning/rules.ts';
import { backtest } from '#src/features/intake/tuning/backtest.ts';
import type { Locator, Page } from '@playwright/test';
import { expect, test, MOCK_API_URL, apiSession, expectNoAxeViolations, heading, mockState, resetMock, signIn, startControlled, syncStatus, waitForQueryPersist, writesTo } from './support.ts';

/**
 * The functioneel beheerder (issue 21): a new draft of the entree rules, one threshold changed,
 * the backtest on the seeded year (its counts checked against the same pure function over the
 * server's submissions), published with a reason; the log shows it and a new intake uses it.
 * Offline: the draft's save waits on the device through a reload and is sent once; the backtest and
 * publishing wait until the draft is on the server (the backtest is the server's); a publish made
 * offline then waits too and is sent once.
 */

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await resetMock();
});

/** From the versions page, a new draft: its zelfdoeners' threshold (the first "Kunnen is minstens"), still 5. */
async function newDraft(page: Page): Promise<Locator> {
  await expect(heading(page, 'Regels van de entreevragenlijst')).toBeVisible();
  await page.getByRole('button', { name: 'Nieuw concept maken' }).click();
  await expect(heading(page, 'Concept van de regels')).toBeVisible();
  const threshold = page.getByLabel('Kunnen is minstens').first();
  await expect(threshold).toHaveValue('5');
  return threshold;
}

test('the beheerder lowers the zelfdoener threshold, backtests it, publishes it with a reason, and new intakes follow it', async ({ page }) => {
  await signIn(page, 'Kees Brouwer');
  const threshold = await newDraft(page);
  await threshold.fill('4');
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await page.getByRole('button', { name: 'Test uitvoeren' }).click();

  const tuning = tuningOf(assertDefinition(entreeV1));
  const row = tuning.decision.find((r) => r.ruleId === 'selfReliant');
  if (row) row.thresholds[0] = 4;
  const draft = applyTuning(assertDefinition(entreeV1), tuning);
  if (!draft.ok) throw new Error('the draft is refused');
  const state = await mockState();
  const expected = backtest(draft.definition, state.intakeSubmissions, { from: '2000-01-01', to: '2100-12-31' }, () => 'C-000000');
  expect(expected.changed).toBeGreaterThan(0);
  await expect(page.getByText(`${expected.changed} van de ${expected.submissions} vragenlijsten krijgen een ander voorstel.`)).toBeVisible();
  const agreement = page.getByRole('table', { name: 'Hoe vaak het voorstel gelijk is aan het besluit van de e-coach' });
  const all = agreement.getByRole('row', { name: /Alle lijnen/ });
  await expect(all).toContainText(`(${expected.before.agreement.agreed} van ${expected.before.agreement.decided})`);
  await expect(all).toContainText(`(${expected.after.agreement.agreed} van ${expected.after.agreement.decided})`);
  await expect(page.getByRole('heading', { level: 4, name: /^C-[0-9A-F]{6}$/ })).toHaveCount(expected.changed);
  await expectNoAxeViolations(page, 'backtest result');

  await page.getByLabel('Reden').fill('Coaches kiezen vaak zelfdoeners bij kunnen 4.');
  await page.getByRole('button', { name: 'Concept publiceren' }).click();
  await expect(heading(page, 'Regels van de entreevragenlijst')).toBeVisible();
  const newest = page.getByRole('table').getByRole('row').nth(1);
  await expect(newest).toContainText('Versie 2 · in gebruik');
  await expect(newest).toContainText('Kees Brouwer');
  await expect(newest).toContainText('Coaches kiezen vaak zelfdoeners bij kunnen 4.');
  await expectNoAxeViolations(page, 'versions log');
  expect((await mockState()).writeLog.filter((w) => w.resource === 'intake-rules:2')).toHaveLength(1);

  // a new intake follows the published version
  const { token } = await apiSession('client-anna');
  const response = await fetch(`${MOCK_API_URL}/api/clients/client-anna/intake/draft`, { headers: { Authorization: `Bearer ${token}` } });
  expect(((await response.json()) as { definitionVersion: number }).definitionVersion).toBe(2);
});

test('offline: the saved draft waits through a reload and is sent once; the backtest waits for it; a publish made offline is sent once', async ({ page, context }) => {
  await startControlled(page, 'Kees Brouwer');
  const threshold = await newDraft(page);
  await waitForQueryPersist(page);
  const draftId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const saveFirst = page.getByText('Sla het concept eerst op. Daarna kun je het testen en publiceren.');

  await context.setOffline(true);
  await threshold.fill('4');
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Het concept is opgeslagen op dit apparaat.', { exact: false })).toBeVisible();
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');
  // the backtest is the server's, on the draft as the server has it: not before the draft is there
  await expect(saveFirst).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test uitvoeren' })).toHaveCount(0);

  await page.reload();
  await expect(heading(page, 'Concept van de regels')).toBeVisible();
  await expect(page.getByLabel('Kunnen is minstens').first()).toHaveValue('4');
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');
  await expect(saveFirst).toBeVisible();
  expect(await writesTo(`intake-rule-draft:${draftId}`)).toHaveLength(0);

  await context.setOffline(false);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(page.getByRole('button', { name: 'Test uitvoeren' })).toBeVisible();
  expect(await writesTo(`intake-rule-draft:${draftId}`)).toHaveLength(1);
  const saved = (await mockState()).intakeRuleDrafts.find((d) => d.id === draftId);
  expect(saved?.tuning.decision.find((row) => row.ruleId === 'selfReliant')?.thresholds[0]).toBe(4);

  // publishing with a reason while offline: queued, sent once when back online
  await context.setOffline(true);
  await page.getByLabel('Reden').fill('Coaches kiezen vaak zelfdoeners bij kunnen 4.');
  await page.getByRole('button', { name: 'Concept publiceren' }).click();
  await expect(heading(page, 'Regels van de entreevragenlijst')).toBeVisible();
  await expect(syncStatus(page)).toHaveText('1 wijziging wacht');
  expect(await writesTo('intake-rules:2')).toHaveLength(0);
  await context.setOffline(false);
  await expect(syncStatus(page)).toHaveText('Alles is verstuurd');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Versie 2 · in gebruik');
  expect(await writesTo('intake-rules:2')).toHaveLength(1);
});
