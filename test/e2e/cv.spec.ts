import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page, ANNA, MARIEKE, MOCK_API_URL, apiSession, expectNoAxeViolations, expectNoHorizontalScroll, heading, mockState, readOutbox, resetMock, signIn, startControlled, waitForQueryPersist } from './support.ts';

/**
 * The CV builder at 360×740: a CV built offline (an entry added by keyboard only) reaches the
 * server exactly once per write after going online; the print version, rendered to PDF by
 * Chromium, has real text, A4 pages and no entry split over two pages; the coach reads only
 * what was shared. Axe on every screen.
 */

const JAYDEN = { id: 'client-jayden', name: 'Jayden Pieters' } as const;

test.beforeEach(async () => {
  await resetMock();
});

test('a CV built offline, with an entry added by keyboard only, reaches the server once', async ({ page, context }) => {
  // it goes on with the official JSON Resume sample imported, printed and made a Word file, offline
  test.slow();
  await startControlled(page, JAYDEN.name);
  await page.getByRole('link', { name: 'Je cv maken' }).click();
  await expect(heading(page, 'Cv')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Werkervaring' })).toBeVisible();
  await expectNoAxeViolations(page, 'cv home');
  await expectNoHorizontalScroll(page, 'cv home');
  await waitForQueryPersist(page);

  await context.setOffline(true);

  // keyboard only: from the link to the saved entry
  await page.getByRole('link', { name: 'Werkervaring' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Werkervaring')).toBeVisible();
  await expectNoAxeViolations(page, 'section');
  await page.getByRole('link', { name: 'Werkervaring toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Werkervaring toevoegen')).toBeVisible();
  await expectNoAxeViolations(page, 'entry form');
  await expectNoHorizontalScroll(page, 'entry form');
  const title = page.getByLabel('Functie');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await title.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await page.keyboard.type('Orderpicker');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Werkgever')).toBeFocused();
  await page.keyboard.type('Bol');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Waalwijk');
  await page.keyboard.press('Tab'); // start month
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // start year
  await page.keyboard.type('2022');
  await page.keyboard.press('Tab'); // end month
  await page.keyboard.press('Tab'); // end year (empty: still working there)
  await page.keyboard.press('Tab'); // description
  await page.keyboard.type('Orders verzamelen en inpakken.');
  await page.keyboard.press('Tab'); // highlights, one per line
  await expect(page.getByLabel('Wat ging goed?')).toBeFocused();
  await page.keyboard.type('Nooit een order te laat');
  await page.keyboard.press('Tab'); // web address (empty)
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Werkervaring')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Orderpicker' })).toBeVisible();
  await expect(page.getByText('Wacht op verbinding').first()).toBeVisible();

  // a CV for this kind of job
  await page.getByRole('link', { name: "Terug naar je cv's" }).click();
  await expect(heading(page, 'Cv')).toBeVisible();
  await page.getByLabel('Naam van je nieuwe cv').fill('Magazijn');
  await page.getByRole('button', { name: 'Cv maken' }).click();
  await expect(heading(page, 'Magazijn')).toBeVisible();
  await page.getByRole('radio', { name: 'Modern' }).check();
  await page.getByLabel('Deel dit cv met mijn coach').check();
  await page.getByText('Tekst aanpassen voor dit cv').click();
  await page.getByLabel('Tekst op dit cv').fill('Snel en precies orders verzamelen.');
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview.locator('.cv-preview .cv-doc--modern')).toContainText('Snel en precies orders verzamelen.');
  await page.getByRole('button', { name: 'Cv opslaan' }).click();
  await expect(page.getByText('Opgeslagen op dit apparaat')).toBeVisible();
  await expectNoAxeViolations(page, 'cv editor');
  await expectNoHorizontalScroll(page, 'cv editor');

  const outbox = await readOutbox(page);
  expect(outbox.filter((r) => r.lane === `cv-profile:${JAYDEN.id}`)).toHaveLength(1);
  expect(outbox.filter((r) => r.lane.startsWith('cv:'))).toHaveLength(2);
  const cvWrites = async () => (await mockState()).writeLog.filter((w) => w.resource.startsWith('cv') && w.userId === JAYDEN.id);
  expect(await cvWrites()).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByText('Wacht op verbinding')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(async () => (await cvWrites()).length, { timeout: 15_000 }).toBe(3);
  const state = await mockState();
  const cvs = state.cvs.filter((c) => c.clientId === JAYDEN.id);
  expect(cvs.map((c) => [c.title, c.templateId, c.sharedWithCoach, c.version])).toEqual([['Magazijn', 'modern', true, 2]]);
  const writes = await cvWrites();
  expect(new Set(writes.map((w) => w.idempotencyKey)).size).toBe(3);
  expect(writes.filter((w) => w.resource === `cv:${cvs[0]!.id}`)).toHaveLength(2);
  const profile = state.cvProfiles.find((p) => p.clientId === JAYDEN.id);
  expect(profile?.entries.map((e) => [e.title, e.organisation, e.place, e.startDate, e.endDate, e.highlights])).toEqual([['Orderpicker', 'Bol', 'Waalwijk', '2022-02', null, ['Nooit een order te laat']]]);
  expect(cvs[0]!.items).toEqual([{ entryId: profile!.entries[0]!.id, text: 'Snel en precies orders verzamelen.' }]);

  // a CV from elsewhere, offline: the official JSON Resume sample in (report first, then added),
  // a CV of everything printed to PDF and downloaded as a Word file, made on the device
  await context.setOffline(true);
  await page.getByRole('link', { name: "Terug naar je cv's" }).click();
  await page.getByRole('link', { name: 'Je gegevens downloaden of inlezen (JSON Resume)' }).click();
  await expect(heading(page, 'Downloaden en inlezen')).toBeVisible();
  await page.getByLabel('Kies een bestand').setInputFiles(createRequire(import.meta.url).resolve('@jsonresume/schema/sample.resume.json'));
  const report = page.getByRole('region', { name: 'Dit nemen we over' });
  await expect(report.getByText('1 keer vrijwilligerswerk')).toBeVisible();
  await expect(report.getByText('Score bij je 1e opleiding (University of Oklahoma)')).toBeVisible();
  await expectNoAxeViolations(page, 'import report');
  await expectNoHorizontalScroll(page, 'import report');
  await report.getByRole('button', { name: 'Inlezen' }).click();
  await expect(heading(page, 'Cv')).toBeVisible();
  await page.getByLabel('Naam van je nieuwe cv').fill('Alles');
  await page.getByRole('button', { name: 'Cv maken' }).click();
  await expect(heading(page, 'Alles')).toBeVisible();
  await page.getByRole('link', { name: 'Afdrukken of opslaan als pdf' }).click();
  await expect(page).toHaveURL(/\/afdrukken$/);
  const printed = page.locator('.cv-preview .cv-doc');
  const sections = ['Werkervaring', 'Vrijwilligerswerk', 'Opleidingen', 'Prijzen en onderscheidingen', 'Projecten', 'Publicaties', 'Vaardigheden', 'Talen'];
  for (const name of sections) await expect(printed.getByRole('heading', { level: 3, name })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdfText = readPdf(await page.pdf({ preferCSSPageSize: true })).pages.join(' ');
  for (const name of [...sections, 'Pied Piper', 'CoderDojo', 'Orderpicker']) expect(pdfText).toContain(name);
  await page.emulateMedia({ media: 'screen' });
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als Word-bestand' }).click()]);
  expect(word.suggestedFilename()).toBe('alles.docx');
  const documentXml = strFromU8(unzipSync(new Uint8Array(readFileSync((await word.path())!)))['word/document.xml']!);
  const wordText = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  for (const name of [...sections, 'Pied Piper', 'CoderDojo', 'Orderpicker', 'Jayden Pieters']) expect(wordText).toContain(name);
  expect(wordText.indexOf('Werkervaring')).toBeLessThan(wordText.indexOf('Vrijwilligerswerk'));
});

// ------------------------------------------------------------------------------ PDF

/** Just enough PDF reading for our checks: pages in order, and the text drawn on each. */
function readPdf(bytes: Buffer): { pages: string[]; hasToUnicode: boolean } {
  const raw = bytes.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = objRe.exec(raw); m; m = objRe.exec(raw)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at === -1) {
      objects.set(m[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = m.index + m[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const end = raw.indexOf('endstream', start);
    let data = bytes.subarray(start, end);
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = inflateSync(data);
      } catch {
        data = Buffer.alloc(0);
      }
    }
    objects.set(m[1]!, { dict, stream: data });
  }
  const ref = (dict: string, key: string) => new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1];
  // fonts: object id -> code -> text, from each font's ToUnicode CMap
  const cmapOf = (id: string | undefined) => {
    const map = new Map<string, string>();
    const text = id ? (objects.get(id)?.stream?.toString('latin1') ?? '') : '';
    const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => Number.parseInt(x, 16)));
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, from, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(from!.toUpperCase(), hex(to!));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const width = lo!.length;
        for (let c = Number.parseInt(lo!, 16), i = 0; c <= Number.parseInt(hi!, 16); c += 1, i += 1) {
          map.set(c.toString(16).toUpperCase().padStart(width, '0'), String.fromCodePoint(Number.parseInt(to!, 16) + i));
        }
      }
    }
    return map;
  };
  const pagesObj = [...objects.values()].find((o) => /\/Type\s*\/Pages/.test(o.dict) && !/\/Parent/.test(o.dict));
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(pagesObj?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) => k[1]!);
  const pages = kids.map((id) => {
    const page = objects.get(id)!.dict;
    const resources = ref(page, 'Resources') ? objects.get(ref(page, 'Resources')!)!.dict : page;
    const fontDictText = ref(resources, 'Font') ? objects.get(ref(resources, 'Font')!)!.dict : (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '');
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, fid] of fontDictText.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objects.get(fid!)!.dict;
      fonts.set(name!, cmapOf(ref(font, 'ToUnicode')));
    }
    const contents = [...(/\/Contents\s*\[([^\]]*)\]/.exec(page)?.[1] ?? ref(page, 'Contents') ?? '').matchAll(/(\d+)/g)].map((c) => c[1]!);
    let text = '';
    for (const cid of contents.length ? contents : [ref(page, 'Contents')!]) {
      const ops = objects.get(cid)?.stream?.toString('latin1') ?? '';
      let cmap = new Map<string, string>();
      for (const op of ops.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(ET)/g)) {
        if (op[1]) cmap = fonts.get(op[1]) ?? new Map();
        const hexes = op[2] ? [...op[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]!) : op[3] !== undefined ? [op[3]] : [];
        for (const h of hexes) {
          const width = cmap.size > 0 ? [...cmap.keys()][0]!.length : 4;
          for (let i = 0; i < h.length; i += width) text += cmap.get(h.slice(i, i + width).toUpperCase()) ?? '';
        }
        if (op[4]) text += ' ';
      }
    }
    return text.replace(/\s+/g, ' ');
  });
  return { pages, hasToUnicode: /\/ToUnicode/.test(raw) };
}

async function longCvFor(clientId: string) {
  const { token } = await apiSession(clientId);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const entries = Array.from({ length: 16 }, (_, i) => ({
    id: `long-${i + 1}`,
    section: 'work',
    title: `Functie nummer ${i + 1}`,
    organisation: `Werkgever ${i + 1}`,
    place: 'Groningen',
    startDate: `${2000 + i}`,
    endDate: `${2001 + i}`,
    description: `Taak ${i + 1}: ${'bestellingen klaarzetten, klanten helpen en de voorraad bijhouden. '.repeat(3)}Einde ${i + 1}.`,
    diploma: null,
    level: null,
    customSectionId: null,
    sourcePortfolioItemId: null,
  })).reverse();
  const profile = {
    personalia: { name: 'Anna de Vries', town: 'Groningen', phone: '06 12345678', email: 'anna@example.nl', dateOfBirth: null, showDateOfBirth: false, photo: null, showPhoto: false, drivingLicences: ['B'] },
    profileText: 'Ik werk graag met mensen.',
    entries,
    customSections: [],
  };
  const put = await fetch(`${MOCK_API_URL}/api/clients/${clientId}/cv-profile`, { method: 'PUT', headers, body: JSON.stringify(profile) });
  expect(put.status).toBe(200);
  const cv = { title: 'Lang cv', templateId: 'klassiek', language: 'nl', sharedWithCoach: false, profileText: null, items: entries.map((e) => ({ entryId: e.id, text: null })) };
  const created = await fetch(`${MOCK_API_URL}/api/clients/${clientId}/cvs/cv-long`, { method: 'PUT', headers, body: JSON.stringify(cv) });
  expect(created.status).toBe(201);
}

async function openPrint(page: Page, cvId: string, title: string) {
  await page.goto(`/cv/${cvId}/afdrukken`);
  await expect(heading(page, title)).toBeVisible();
  await expect(page.locator('.cv-preview .cv-doc')).toBeVisible();
}

test('the print version is A4 PDF with real text, the CV language, and no entry split over pages', async ({ page }) => {
  await longCvFor(ANNA.id);
  await signIn(page, ANNA.name);
  await openPrint(page, 'cv-long', 'Lang cv');
  await expect(page.getByText("Je cv is langer dan 2 pagina's")).toBeVisible();
  await expectNoAxeViolations(page, 'print view');
  await expectNoHorizontalScroll(page, 'print view');
  await expect(page.locator('.cv-preview .cv-doc')).toHaveAttribute('lang', 'nl');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { pages, hasToUnicode } = readPdf(pdf);
  // A4 pages (595×842 pt), as many as the page objects say
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(pages.length);
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  // selectable text: fonts carry ToUnicode maps and the words come out again
  expect(hasToUnicode).toBe(true);
  const all = pages.join(' ');
  expect(all).toContain('Werkervaring');
  expect(all).toContain('Anna de Vries');
  // the app's own screens are not printed
  expect(all).not.toContain('Afdrukken');
  // no entry split: each entry's title and the last words of its text are on the same page
  for (let i = 1; i <= 16; i += 1) {
    const start = pages.findIndex((p) => p.includes(`Functie nummer ${i} `) || p.endsWith(`Functie nummer ${i}`));
    const end = pages.findIndex((p) => p.includes(`Einde ${i}.`));
    expect(start, `entry ${i} title`).toBeGreaterThanOrEqual(0);
    expect(end, `entry ${i} split over pages ${start + 1} and ${end + 1}`).toBe(start);
  }
  // no heading alone at the bottom of a page
  const headingPage = pages.findIndex((p) => p.includes('Werkervaring'));
  expect(pages[headingPage]).toContain('Functie nummer 16');

  // and in print media, laid out at the A4 content width, no .cv-entry crosses a page boundary
  // once pages are filled the way break-inside: avoid fills them
  await page.setViewportSize({ width: Math.round(((210 - 36) / 25.4) * 96), height: 740 });
  const crossings = await page.evaluate(() => {
    const pageHeight = ((297 - 36) / 25.4) * 96;
    const doc = document.querySelector('.cv-preview .cv-doc')!;
    const top = doc.getBoundingClientRect().top;
    let shift = 0;
    const crossing: string[] = [];
    for (const entry of document.querySelectorAll<HTMLElement>('.cv-preview .cv-entry')) {
      const rect = entry.getBoundingClientRect();
      const y = rect.top - top + shift;
      const pageOf = (v: number) => Math.floor(v / pageHeight);
      if (pageOf(y) !== pageOf(y + rect.height - 1)) {
        if (rect.height > pageHeight) crossing.push(entry.textContent ?? '');
        shift += (pageOf(y) + 1) * pageHeight - y; // moved whole to the next page
      }
    }
    return crossing;
  });
  expect(crossings).toEqual([]);
});

test('an English CV prints with English headings and lang="en"', async ({ page }) => {
  await signIn(page, ANNA.name);
  for (const [path, title] of [
    ['/cv/gegevens/persoonlijk', 'Persoonlijke gegevens'],
    ['/cv/gegevens/profiel', 'Profiel'],
    ['/cv/gegevens/eigen', 'Eigen onderdelen'],
    ['/cv/uitwisselen', 'Downloaden en inlezen'],
  ] as const) {
    await page.goto(path);
    await expect(heading(page, title)).toBeVisible();
    await expect(page.getByRole('button').last()).toBeVisible();
    await expectNoAxeViolations(page, path);
    await expectNoHorizontalScroll(page, path);
  }
  await page.goto('/cv/cv-anna-horeca');
  await expect(heading(page, 'Horeca')).toBeVisible();
  await page.getByRole('radio', { name: 'Engels' }).check();
  await page.getByRole('button', { name: 'Cv opslaan' }).click();
  // the CV as a JSON Resume file, made on the device
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als JSON Resume' }).click()]);
  expect(download.suggestedFilename()).toBe('horeca.json');
  const doc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { basics: { name: string }; work: Array<{ position: string }>; languages: Array<{ fluency: string }> };
  expect(doc.basics.name).toBe('Anna de Vries');
  expect(doc.work.map((w) => w.position)).toEqual(['Medewerker bediening', 'Vakkenvuller']);
  expect(doc.languages[0]!.fluency).toBe('Native speaker');
  await page.getByRole('link', { name: 'Afdrukken of opslaan als pdf' }).click();
  // the edit page has the same heading and a live preview: wait for the print page itself
  await expect(page).toHaveURL(/\/cv\/cv-anna-horeca\/afdrukken$/);
  await expect(page.getByRole('button', { name: 'Cv opslaan' })).toHaveCount(0);
  await expect(heading(page, 'Horeca')).toBeVisible();
  await expect(page.locator('.cv-preview .cv-doc')).toHaveAttribute('lang', 'en');
  await page.emulateMedia({ media: 'print' });
  const { pages } = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('Work experience');
  expect(pages[0]).toContain('native speaker');
  expect(pages[0]).not.toContain('Werkervaring');
});

test('the coach reads only shared CVs, and gets a 403 page for a client outside the caseload', async ({ page }) => {
  await signIn(page, MARIEKE.name);
  await page.goto(`/coach/clienten/${ANNA.id}/cv`);
  await expect(heading(page, "Cv's van Anna de Vries")).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Horeca' })).toBeVisible();
  await expect(page.getByText('Winkel (nog bezig)')).toHaveCount(0);
  await expectNoAxeViolations(page, 'coach cvs');
  await expectNoHorizontalScroll(page, 'coach cvs');
  await page.goto('/coach/clienten/client-henk/cv');
  await expect(heading(page, 'Geen toegang')).toBeVisible();
  await expect(page.getByText(/Henk|Vrachtwagenchauffeur|Chauffeur/)).toHaveCount(0);
});
