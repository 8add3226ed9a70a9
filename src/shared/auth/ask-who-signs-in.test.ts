import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wipeDevice } from '#src/shared/offline/wipe.ts';
import { ASK_WHO_SIGNS_IN_KEY, askWhoSignsInNext, mustAskWhoSignsIn } from './ask-who-signs-in.ts';
import { completeOidcSignIn, startOidcSignIn } from './oidc.ts';
import { OIDC_TOKEN_MARK } from './oidc-token.ts';
import { sessionStore } from './session-store.ts';
import { signOut } from './sign-out.ts';

/** The OIDC client, faked: what the app asks of the provider. */
const provider = vi.hoisted(() => ({
  signinRedirect: vi.fn(async (_args: unknown) => {}),
  signoutRedirect: vi.fn(async (_args: unknown) => {}),
}));
vi.mock('oidc-client-ts', () => ({
  WebStorageStateStore: class {},
  UserManager: class {
    events = { addSilentRenewError: () => {} };
    signinRedirect = provider.signinRedirect;
    signoutRedirect = provider.signoutRedirect;
    signinRedirectCallback = async () => ({ access_token: 'access-token-of-anna' });
    getUser = async () => ({ id_token: 'id-token' });
    revokeTokens = async () => {};
    stopSilentRenew = () => {};
    removeUser = async () => {};
  },
}));
const anna = {
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: { id: 'anna', name: 'Anna de Vries', role: 'client', clientId: 'anna' },
  publicComputer: false,
  actingFor: null,
};
vi.mock('#src/shared/api/client.ts', () => ({ apiRequest: vi.fn(async () => ({ data: anna })) }));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  sessionStore.clear();
  vi.clearAllMocks();
});
afterEach(() => sessionStore.clear());

const promptSent = () => (provider.signinRedirect.mock.lastCall?.[0] as { prompt?: string } | undefined)?.prompt;

describe('after an inactivity timeout the next sign-in asks who signs in (prompt=login)', () => {
  it("one's own device: silent as before, until the flag is set; a successful sign-in removes it", async () => {
    await startOidcSignIn('client', false);
    expect(promptSent()).toBeUndefined();

    askWhoSignsInNext();
    expect(localStorage.getItem(ASK_WHO_SIGNS_IN_KEY)).toBe('true');
    await startOidcSignIn('client', false);
    expect(promptSent()).toBe('login');

    await completeOidcSignIn();
    expect(sessionStore.get()?.user.name).toBe('Anna de Vries');
    expect(mustAskWhoSignsIn()).toBe(false);
    await startOidcSignIn('client', false);
    expect(promptSent()).toBeUndefined();
  });

  it('a public computer always asks', async () => {
    await startOidcSignIn('employee', true);
    expect(promptSent()).toBe('login');
  });

  it('the wipe leaves the flag (nothing personal) and removes the rest', async () => {
    askWhoSignsInNext();
    localStorage.setItem('werkmap.session', '{}');
    const report = await wipeDevice({ caches: null });
    expect(report.localStorage).toEqual(['werkmap.session']);
    expect(mustAskWhoSignsIn()).toBe(true);
  });

  it('a sign-out that reaches the provider ends its session: no flag; offline it cannot, so the flag is set', async () => {
    sessionStore.set({ ...anna, token: OIDC_TOKEN_MARK } as Parameters<typeof sessionStore.set>[0]);
    sessionStorage.setItem('werkmap.oidc.issuer', 'client');
    await signOut();
    expect(provider.signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'id-token' });
    expect(mustAskWhoSignsIn()).toBe(false);

    provider.signoutRedirect.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    sessionStore.set({ ...anna, token: OIDC_TOKEN_MARK } as Parameters<typeof sessionStore.set>[0]);
    sessionStorage.setItem('werkmap.oidc.issuer', 'client');
    await signOut();
    expect(mustAskWhoSignsIn()).toBe(true);
  });
});
