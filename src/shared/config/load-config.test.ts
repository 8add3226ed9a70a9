import { afterEach, describe, expect, it, vi } from 'vitest';
import { appConfig, appConfigLoaded } from './app-config.ts';
import { loadAppConfig } from './load-config.ts';
import { applyTheme } from './theme.ts';

const answer = (body: unknown, status = 200) => vi.fn<typeof fetch>(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

afterEach(() => {
  applyTheme({ light: {}, dark: {} });
  document.body.className = '';
});

describe('loading /config.json', () => {
  it('reads it past the HTTP cache, checks it and applies it', async () => {
    const fetchImpl = answer({ municipality: { name: 'Gemeente Zuiderveen' }, languages: ['nl', 'en'], theme: { light: { 'color-header-bg': '#2b6a2f' } } });
    const result = await loadAppConfig(fetchImpl);
    expect(result.ok).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
    expect(appConfigLoaded()).toBe(true);
    expect(appConfig().municipality.name).toBe('Gemeente Zuiderveen');
    expect(appConfig().languages).toEqual(['nl', 'en']);
    expect(document.body.style.getPropertyValue('--werkmap-color-header-bg')).toBe('#2b6a2f');
  });

  it('a file that is not valid is not used, and the console says precisely why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await loadAppConfig(answer({ municipality: { name: 'X' }, features: { messages: 'nee' } }));
    expect(result).toEqual({ ok: false, reason: 'invalid', message: '/config.json is not valid:\n- features.messages: Invalid input: expected boolean, received string' });
    expect(error).toHaveBeenCalledWith('Werkmap cannot start. /config.json is not valid:\n- features.messages: Invalid input: expected boolean, received string');
    expect(appConfigLoaded()).toBe(false);
  });

  it('tells a file that is not JSON, and a server that does not give it, apart', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await loadAppConfig(answer('{ municipality'))).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/^\/config\.json is not valid JSON: /) });
    expect(await loadAppConfig(answer('', 404))).toEqual({ ok: false, reason: 'unreachable', message: '/config.json: the server answered 404' });
    expect(await loadAppConfig(vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))))).toEqual({ ok: false, reason: 'unreachable', message: '/config.json could not be fetched: Failed to fetch' });
  });
});

describe('a theme', () => {
  it('goes on the themed element through the CSSOM, never a <style> element', () => {
    document.body.className = 'werkmap-theme';
    applyTheme({ light: { 'color-primary': '#2b6a2f', 'color-background': '#ffffff' }, dark: {} });
    expect(document.body.style.getPropertyValue('--werkmap-color-primary')).toBe('#2b6a2f');
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('with a colour pair below AA is refused whole, with a warning for the developer', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    applyTheme({ light: { 'color-primary': '#7fa7b8', 'color-background': '#ffffff', 'color-header-bg': '#2b6a2f' }, dark: {} });
    expect(document.body.style.getPropertyValue('--werkmap-color-primary')).toBe('');
    expect(document.body.style.getPropertyValue('--werkmap-color-header-bg')).toBe('');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('config.json theme refused (the default theme is used)'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('--werkmap-color-primary on --werkmap-color-background (links, secondary buttons): 2.59:1, text needs 4.5:1'));
  });
});
