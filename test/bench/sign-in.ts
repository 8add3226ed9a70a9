import type { Page } from '@playwright/test';

/**
 * Signs a persona in through the mock backend's OpenID provider, as a person would: "Inloggen met
 * DigiD" for a client, "Inloggen als medewerker" for an employee, then the persona on the provider's
 * test page; done when the persona's home heading shows. (The benches' server is started with the
 * preview's origin as the providers' issuer: test/tools/bench.ts.)
 */
export async function signInAtProvider(page: Page, baseUrl: string, persona: { name: string; home: string; employee?: boolean }): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByRole('button', { name: persona.employee ? 'Inloggen als medewerker' : 'Inloggen met DigiD' }).click();
  await page.getByRole('button', { name: `Inloggen als ${persona.name}` }).click();
  await page.getByRole('heading', { level: 1, name: persona.home }).waitFor();
}

export const ANNA = { name: 'Anna de Vries', home: 'Mijn zoekperiode' };
export const MARIEKE = { name: 'Marieke Bakker', home: 'Mijn cliënten', employee: true };
