import { afterEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '#mocks/node.ts';
import { changeLanguage, i18next, initI18n, LANGUAGE_STORAGE_KEY } from './i18n.ts';

describe('changeLanguage', () => {
  afterEach(async () => {
    await i18next.changeLanguage('nl');
  });

  it('without a connection, a language not on the device is refused before its texts are asked for, and works once the API answers', async () => {
    await initI18n('nl');
    let checks = 0;
    server.use(
      http.get('*/api/health', () => {
        checks += 1;
        return HttpResponse.error();
      }),
    );
    // a failed import() would stay failed in this page: it is not tried
    expect(await changeLanguage('pl')).toBe(false);
    expect(checks).toBe(1);
    expect(i18next.language).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    server.resetHandlers();
    expect(await changeLanguage('pl')).toBe(true);
    expect(i18next.language).toBe('pl');
    expect(i18next.t('language.label')).toBe('Język');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('pl');
  });

  it('Dutch needs no connection: it comes with the app', async () => {
    await initI18n('nl');
    server.use(http.get('*/api/health', () => HttpResponse.error()));
    expect(await changeLanguage('nl')).toBe(true);
  });
});
