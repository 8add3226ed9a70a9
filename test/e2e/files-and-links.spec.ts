import { SAMPLES, padded, toBase64 } from '../file-samples.ts';
import { expect, test, type Page, ANNA, MARIEKE, MOCK_API_URL, apiSession, heading, mockState, readOutbox, resetMock, signIn } from './support.ts';

/**
 * Issue 13, items 4, 5 and 7, against the production build and the mock API server: files are
 * what they say (magic bytes, in the app and on the server), served files cannot run, a chunk
 * sent again must be byte-identical, and URL fields take only web addresses.
 */

test.beforeEach(async () => {
  await resetMock();
});

const NOT_PHOTO_OR_PDF = 'Dit bestand is geen foto of pdf. Kies een foto (jpg, png) of een pdf.';
/** A real 2×2 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
const PROOFS = `/api/clients/${ANNA.id}/activities/act-anna-1/proofs`;

async function api(path: string, token: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${MOCK_API_URL}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** Starts an upload on the shared chunked protocol and sends every chunk; returns the last answer. */
async function uploadThroughApi(token: string, path: string, file: { name: string; type: string; content: Uint8Array }) {
  const start = await api(path, token, { method: 'PUT', body: { name: file.name, type: file.type, size: file.content.length, chunks: 1 } });
  expect(start.status).toBe(201);
  return api(`${path}/chunks/0`, token, { method: 'PUT', body: { data: toBase64(file.content) } });
}

async function openAnnasActivity(page: Page) {
  await signIn(page, ANNA.name);
  await page.goto('/werkmap/act-anna-1');
  await expect(heading(page, 'Zorggroep Noorderlicht')).toBeVisible();
}

test('item 4: the app refuses an executable named foto.jpg, a web page as a PDF and an SVG as a PNG, in plain Dutch next to the field', async ({ page }) => {
  await openAnnasActivity(page);
  const field = page.getByLabel('Bewijs toevoegen');
  for (const file of [
    { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(SAMPLES.exe) },
    { name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SAMPLES.html) },
    { name: 'scherm.png', mimeType: 'image/png', buffer: Buffer.from(SAMPLES.svg) },
  ]) {
    await field.setInputFiles(file);
    await expect(field).toHaveAccessibleDescription(new RegExp(NOT_PHOTO_OR_PDF.replace(/[().]/g, '\\$&')));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByText(NOT_PHOTO_OR_PDF)).toBeVisible();
  expect(await readOutbox(page)).toEqual([]);
  expect((await mockState()).fileUploads).toEqual([]);
  // a real photo still goes
  await field.setInputFiles({ name: 'uitnodiging.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('listitem').filter({ hasText: 'uitnodiging.jpg' })).toBeVisible();
  await expect.poll(async () => (await mockState()).activities.find((a) => a.id === 'act-anna-1')?.proofs.map((p) => p.type)).toEqual(['image/jpeg']);
});

test('item 4: the server refuses content that is not its declared type (422 file-content-mismatch) and never serves it', async () => {
  const { token } = await apiSession(ANNA.id);
  for (const [id, name, type, content] of [
    ['bad-exe', 'foto.jpg', 'image/jpeg', SAMPLES.exe],
    ['bad-html', 'brief.pdf', 'application/pdf', SAMPLES.html],
    ['bad-svg', 'scherm.png', 'image/png', SAMPLES.svg],
  ] as const) {
    const refused = await uploadThroughApi(token, `${PROOFS}/${id}`, { name, type, content });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 422, code: 'file-content-mismatch', fieldErrors: { type: ['validation.file.notPhotoOrPdf'] } });
    expect((await api(`/api/clients/${ANNA.id}/files/${id}`, token)).status).toBe(404);
  }
  expect((await mockState()).activities.find((a) => a.id === 'act-anna-1')?.proofs).toEqual([]);
});

test('item 4: served files carry nosniff, a CSP and attachment unless a photo; "Bekijk bewijs" still shows the photo and opens the PDF', async ({ page }) => {
  const { token } = await apiSession(ANNA.id);
  expect((await uploadThroughApi(token, `${PROOFS}/photo-1`, { name: 'uitnodiging.png', type: 'image/png', content: PNG })).status).toBe(200);
  const pdf = padded(SAMPLES.pdf, 300);
  expect((await uploadThroughApi(token, `${PROOFS}/pdf-1`, { name: 'brief.pdf', type: 'application/pdf', content: pdf })).status).toBe(200);

  // the app's object URLs, kept to read the PDF's bytes below: fetching a blob: address from the
  // page is refused by the app's Content-Security-Policy (connect-src 'self'), and the app never does
  await page.addInitScript(() => {
    const made = new Map<string, Blob>();
    (window as unknown as { objectUrls: Map<string, Blob> }).objectUrls = made;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) made.set(url, object);
      return url;
    };
  });
  await openAnnasActivity(page);
  // through the preview server's /api proxy, as the app gets them
  const headersOf = (fileId: string) =>
    page.evaluate(
      async ([path, bearer]) => {
        const response = await fetch(path, { headers: { Authorization: `Bearer ${bearer}` } });
        return Object.fromEntries(['content-type', 'x-content-type-options', 'content-security-policy', 'content-disposition'].map((name) => [name, response.headers.get(name)]));
      },
      [`/api/clients/${ANNA.id}/files/${fileId}`, token] as const,
    );
  expect(await headersOf('photo-1')).toEqual({
    'content-type': 'image/png',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'content-disposition': "inline; filename*=UTF-8''uitnodiging.png",
  });
  expect(await headersOf('pdf-1')).toEqual({
    'content-type': 'application/pdf',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'content-disposition': "attachment; filename*=UTF-8''brief.pdf",
  });

  await page.reload();
  await page.getByRole('button', { name: 'Bekijk bewijs: uitnodiging.png' }).click();
  const photo = page.getByRole('img', { name: 'Bewijs: uitnodiging.png' });
  await expect(photo).toBeVisible();
  expect(await photo.getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);

  await page.getByRole('button', { name: 'Bekijk bewijs: brief.pdf' }).click();
  const open = page.getByRole('link', { name: 'Open brief.pdf in een nieuw tabblad' });
  await expect(open).toHaveAttribute('href', /^blob:/);
  const blob = await open.evaluate(async (a: HTMLAnchorElement) => {
    const file = (window as unknown as { objectUrls: Map<string, Blob> }).objectUrls.get(a.href);
    return { type: file?.type ?? null, head: file ? await file.slice(0, 5).text() : null };
  });
  expect(blob).toEqual({ type: 'application/pdf', head: '%PDF-' });
});

test('item 5: a chunk sent again with other bytes gets a 409 chunk-mismatch and never replaces the first; the same bytes are fine', async () => {
  const { token } = await apiSession(ANNA.id);
  const path = `${PROOFS}/resend-1`;
  const data = toBase64(padded(SAMPLES.pdf, 3000)); // 4000 characters, two chunks
  const chunks = [data.slice(0, 2000), data.slice(2000)];
  expect((await api(path, token, { method: 'PUT', body: { name: 'brief.pdf', type: 'application/pdf', size: 3000, chunks: 2 } })).status).toBe(201);
  expect((await api(`${path}/chunks/0`, token, { method: 'PUT', body: { data: chunks[0] } })).status).toBe(200);
  expect((await api(`${path}/chunks/0`, token, { method: 'PUT', body: { data: chunks[0] } })).status).toBe(200);
  const other = await api(`${path}/chunks/0`, token, { method: 'PUT', body: { data: chunks[0]!.replace(/A/g, 'B') } });
  expect(other.status).toBe(409);
  expect(await other.json()).toMatchObject({ status: 409, code: 'chunk-mismatch' });
  const last = await api(`${path}/chunks/1`, token, { method: 'PUT', body: { data: chunks[1] } });
  expect(await last.json()).toMatchObject({ complete: true });
  const file = await api(`/api/clients/${ANNA.id}/files/resend-1`, token);
  expect(toBase64(new Uint8Array(await file.arrayBuffer()))).toBe(data);
});

test('item 7: a javascript: link is refused with the field message, in the app and on the server', async ({ page }) => {
  // the coach's invitation
  await signIn(page, MARIEKE.name);
  await page.goto(`/coach/clienten/${ANNA.id}/berichten`);
  await expect(heading(page, `Berichten met ${ANNA.name}`)).toBeVisible();
  const next = new Date(Date.now() + 5 * 86_400_000);
  const invite = page.locator('form.invite-form');
  await invite.getByRole('textbox', { name: 'Dag' }).fill(String(next.getDate()));
  await invite.getByRole('textbox', { name: 'Maand' }).fill(String(next.getMonth() + 1));
  await invite.getByRole('textbox', { name: 'Jaar' }).fill(String(next.getFullYear()));
  await invite.getByRole('textbox', { name: 'Tijd' }).fill('14:30');
  await invite.getByLabel('Online link').fill('javascript:alert(document.cookie)');
  await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(invite.getByLabel('Online link')).toHaveAccessibleDescription(/Vul een webadres in dat begint met https:\/\//);
  expect((await mockState()).messages.filter((m) => m.kind === 'appointment' && m.senderId === MARIEKE.id && m.appointment?.onlineUrl?.startsWith('javascript'))).toEqual([]);

  // the server, for a client that skips the form
  const { token: coach } = await apiSession(MARIEKE.id);
  const message = await api(`/api/clients/${ANNA.id}/messages/m-js`, coach, {
    method: 'PUT',
    body: { kind: 'appointment', body: '', link: null, attachmentCount: 0, writtenAt: new Date().toISOString(), appointment: { startsAt: next.toISOString(), durationMinutes: 30, place: null, onlineUrl: 'javascript:alert(1)' } },
  });
  expect(message.status).toBe(422);
  expect(await message.json()).toMatchObject({ fieldErrors: { 'appointment.onlineUrl': ['validation.url.web'] } });
  const { token: anna } = await apiSession(ANNA.id);
  const activity = await api(`/api/clients/${ANNA.id}/activities/act-js`, anna, {
    method: 'PUT',
    body: { typeId: 'vacancy', date: new Date().toISOString().slice(0, 10), employer: 'Bakkerij Bolt', jobTitle: 'Verkoper', vacancy: 'javascript:alert(1)', how: 'email', contactName: '', contactDetail: '', eventTitle: '', notes: '', results: [] },
  });
  expect(activity.status).toBe(422);
  expect(await activity.json()).toMatchObject({ fieldErrors: { vacancy: ['validation.url.webOrText'] } });
});

test("item 7: the activity form refuses a javascript: vacancy link at the field and keeps the person's input", async ({ page }) => {
  await signIn(page, ANNA.name);
  await page.goto('/werkmap/nieuw');
  await expect(heading(page, 'Nieuwe activiteit')).toBeVisible();
  await page.getByRole('radio', { name: 'Gesolliciteerd op een vacature' }).check();
  await page.getByLabel('Werkgever of organisatie').fill('Bakkerij Bolt');
  await page.getByLabel('Functie', { exact: true }).fill('Verkoper');
  const vacancy = page.getByLabel(/Link of nummer van de vacature/);
  await vacancy.fill('javascript:alert(document.cookie)');
  await page.getByLabel('Hoe heb je het gedaan?').selectOption({ label: 'Per e-mail' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(vacancy).toHaveAccessibleDescription(/Een link moet beginnen met https:\/\//);
  await expect(vacancy).toHaveValue('javascript:alert(document.cookie)');
  expect(await readOutbox(page)).toEqual([]);
});
