import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastProblems } from '#src/shared/ui/colour-pairs.ts';
import { parseAppConfig } from './config-schema.ts';
import { INDICATOR_DEFAULTS } from './indicator-defaults.ts';

const parseAppConfigDefaults = () => {
  const parsed = parseAppConfig({ municipality: { name: 'X' } });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.config;
};

const file = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('config.json', () => {
  it('the default municipality and the example second one are valid', () => {
    const werkstad = parseAppConfig(file('public/config.json'));
    const zuiderveen = parseAppConfig(file('deploy/examples/gemeente-zuiderveen/config.json'));
    expect(werkstad.ok && werkstad.config.municipality.name).toBe('Gemeente Werkstad');
    expect(zuiderveen.ok && zuiderveen.config).toMatchObject({
      municipality: { name: 'Gemeente Zuiderveen' },
      languages: ['nl', 'en', 'ar'],
      features: { vacancies: false, portfolio: true, messages: true },
    });
  });

  it('gives every optional part its default: only the name is needed', () => {
    const parsed = parseAppConfig({ municipality: { name: 'Gemeente Klein' } });
    expect(parsed).toEqual({
      ok: true,
      config: {
        municipality: { name: 'Gemeente Klein' },
        api: { baseUrl: '/api' },
        oidc: {
          clients: { issuer: '/oidc/digid', clientId: 'werkmap' },
          employees: { issuer: '/oidc/medewerkers', clientId: 'werkmap' },
          scopes: ['openid', 'profile', 'offline_access', 'api'],
        },
        languages: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'],
        features: { vacancies: true, portfolio: true, messages: true },
        theme: { light: {}, dark: {} },
        management: INDICATOR_DEFAULTS,
      },
    });
  });

  it('signs in at the default providers when a municipality names none, and has no switch to an in-app picker', () => {
    const parsed = parseAppConfig({ municipality: { name: 'X' }, oidc: { scopes: ['openid'] } });
    expect(parsed.ok && parsed.config.oidc).toEqual({ ...parseAppConfigDefaults().oidc, scopes: ['openid'] });
    // the persona picker is only the development provider's login page (issue 18)
    const old = parseAppConfig({ municipality: { name: 'X' }, oidc: { signIn: 'personas' } });
    expect(old.ok).toBe(false);
  });

  it('takes the management block over the defaults, indicator by indicator', () => {
    const parsed = parseAppConfig({ municipality: { name: 'X' }, management: { caseloadNormPerFte: 70, indicators: { outflowToWork: { target: 12 }, newClients: { baseline: 40 } } } });
    expect(parsed.ok && parsed.config.management).toEqual({
      caseloadNormPerFte: 70,
      indicators: { ...INDICATOR_DEFAULTS.indicators, outflowToWork: { baseline: 7, target: 12 }, newClients: { baseline: 40, target: null } },
    });
    const wrong = parseAppConfig({ municipality: { name: 'X' }, management: { caseloadNormPerFte: 0, indicators: { uitstroom: { target: 1 }, preventiequote: { target: -3 } } } });
    expect(!wrong.ok && wrong.message.split('\n').slice(1)).toEqual([
      '- management.caseloadNormPerFte: clients per full-time coach, more than 0',
      '- management.indicators.preventiequote.target: Too small: expected number to be >=0',
      '- management.indicators: Unrecognized key: "uitstroom"',
    ]);
  });

  it('keeps the switches that are given and defaults the others', () => {
    const parsed = parseAppConfig({ municipality: { name: 'X' }, features: { messages: false } });
    expect(parsed.ok && parsed.config.features).toEqual({ vacancies: true, portfolio: true, messages: false });
  });

  it('names every problem of an invalid file, with its field', () => {
    const parsed = parseAppConfig({
      municipality: { name: '', logo: 'https://elders.example/logo.png', contact: { email: 'geen-adres' } },
      api: { baseUrl: 'javascript:alert(1)' },
      oidc: { clients: { issuer: '//elders.example', clientId: '' }, employees: { issuer: 'https://login.example', clientId: 'w' }, scopes: ['profile'] },
      languages: ['en', 'fr'],
      features: { vacatures: false },
      theme: { light: { 'color-primary': 'red', background: '#fff' } },
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toBe(
      [
        '/config.json is not valid:',
        '- municipality.name: must not be empty',
        '- municipality.logo: a path on this site to an .svg, .png or .webp file',
        '- municipality.contact.email: an e-mail address',
        '- api.baseUrl: a path on this site ("/…") or an https address',
        '- oidc.clients.issuer: a path on this site ("/…") or an https address',
        '- oidc.clients.clientId: must not be empty',
        '- oidc.scopes: must include "openid"',
        '- languages.1: one of nl, en, ar, tr, pl, uk',
        '- features: Unrecognized key: "vacatures"',
        '- theme.light.color-primary: a theme colour is a hex colour such as "#00587a"',
        '- theme.light.background: a theme token is named "color-…" (the tokens of src/shared/ui/styles/tokens.css without "--werkmap-")',
      ].join('\n'),
    );
  });

  it('refuses a file without a name, and a list of languages without Dutch', () => {
    const parsed = parseAppConfig({ languages: ['en'] });
    expect(!parsed.ok && parsed.message.split('\n').slice(1)).toEqual(['- municipality: Invalid input: expected object, received undefined', '- languages: must include "nl" (Dutch is the source of every text)']);
  });
});

describe('a theme below AA contrast', () => {
  const tokens: Record<string, string> = { '--werkmap-color-text': '#1a1a1a', '--werkmap-color-background': '#ffffff', '--werkmap-color-primary': '#7fa7b8' };
  it('names the pair, its ratio and what it needs', () => {
    expect(contrastProblems((token) => tokens[token])).toEqual(['--werkmap-color-primary on --werkmap-color-background (links, secondary buttons): 2.59:1, text needs 4.5:1', '--werkmap-color-primary on --werkmap-color-background (secondary button border): 2.59:1, ui needs 3:1']);
  });
  it('finds nothing in a theme that passes, and skips a colour it cannot read', () => {
    expect(contrastProblems((token) => ({ ...tokens, '--werkmap-color-primary': '#00587a', '--werkmap-color-surface': 'var(--x)' })[token])).toEqual([]);
  });
});
