import { describe, expect, it } from 'vitest';
import { appConfig, setAppConfig } from '#src/shared/config/app-config.ts';
import { oidcSettings } from './oidc-settings.ts';

describe('oidcSettings(), from config.json', () => {
  it('by default: the providers on this site', () => {
    expect(oidcSettings()).toEqual({
      issuers: {
        client: { authority: `${location.origin}/oidc/digid`, clientId: 'werkmap', scope: 'openid profile offline_access api' },
        employee: { authority: `${location.origin}/oidc/medewerkers`, clientId: 'werkmap', scope: 'openid profile offline_access api' },
      },
      redirectPath: '/inloggen/terug',
      postLogoutPath: '/uitgelogd',
    });
  });

  it("a municipality's own providers and scopes", () => {
    setAppConfig({
      ...appConfig(),
      oidc: {
        clients: { issuer: 'https://broker.example/digid', clientId: 'werkmap-zuiderveen' },
        employees: { issuer: '/idp', clientId: 'wm' },
        scopes: ['openid', 'api'],
      },
    });
    const settings = oidcSettings();
    expect(settings.issuers.client).toEqual({ authority: 'https://broker.example/digid', clientId: 'werkmap-zuiderveen', scope: 'openid api' });
    expect(settings.issuers.employee.authority).toBe(`${location.origin}/idp`);
  });
});
