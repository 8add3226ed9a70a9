import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OIDC_TOKEN_MARK } from './oidc-token.ts';
import { sessionStore } from './session-store.ts';
import { endSessionKeepingData, onSignOut, signOut } from './sign-out.ts';

/** The OIDC client, faked: what the app asks of it, and the Storage it gave the user store. */
const client = vi.hoisted(() => ({
  userStorages: [] as Storage[],
  stopSilentRenew: vi.fn(),
  removeUser: vi.fn(async () => {}),
  revokeTokens: vi.fn(async () => {}),
  signoutRedirect: vi.fn(async () => {}),
}));
vi.mock('oidc-client-ts', () => ({
  WebStorageStateStore: class {
    constructor({ store, prefix }: { store: Storage; prefix: string }) {
      if (prefix === 'werkmap.oidc.') client.userStorages.push(store);
    }
  },
  UserManager: class {
    events = { addSilentRenewError: () => {} };
    stopSilentRenew = client.stopSilentRenew;
    removeUser = client.removeUser;
    revokeTokens = client.revokeTokens;
    signoutRedirect = client.signoutRedirect;
    getUser = async () => ({ id_token: 'id-token' });
  },
}));
vi.mock('#src/shared/api/client.ts', () => ({ apiRequest: vi.fn(async () => ({ data: null })) }));

const anna = {
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: { id: 'anna', name: 'Anna de Vries', role: 'client', clientId: 'anna' },
  publicComputer: true,
  actingFor: null,
  token: OIDC_TOKEN_MARK,
} as Parameters<typeof sessionStore.set>[0];

function signedInAtProvider() {
  sessionStore.set(anna);
  sessionStorage.setItem('werkmap.oidc.issuer', 'client');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  sessionStore.clear();
  vi.clearAllMocks();
});

describe('signing out closes the OIDC client, whatever the saved session holds by then', () => {
  it('two sign-outs at once (a timer firing again during the wipe) wipe once', async () => {
    signedInAtProvider();
    const wipe = vi.fn(async () => {});
    const stop = onSignOut(wipe);
    await Promise.all([signOut('timeout'), signOut('timeout')]);
    stop();
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(client.removeUser).toHaveBeenCalledTimes(1);
    expect(sessionStore.endReason()).toBe('timeout');
  });

  it('a session already cleared still stops the renewal and removes the tokens', async () => {
    signedInAtProvider();
    sessionStore.clear();
    await signOut('timeout');
    expect(client.stopSilentRenew).toHaveBeenCalled();
    expect(client.removeUser).toHaveBeenCalled();
  });

  it('the own device\'s timeout keeps the data but ends the tokens; afterwards the client stores no user again', async () => {
    signedInAtProvider();
    const wipe = vi.fn(async () => {});
    const stop = onSignOut(wipe);
    await endSessionKeepingData();
    stop();
    expect(wipe).not.toHaveBeenCalled();
    expect(sessionStore.get()).toBeNull();
    expect(sessionStore.endReason()).toBe('timeout-kept');
    expect(client.stopSilentRenew).toHaveBeenCalled();
    expect(client.removeUser).toHaveBeenCalled();

    // a renewal that answers now (it was under way) writes through the user store: refused
    const userStorage = client.userStorages.at(-1);
    expect(userStorage).toBeDefined();
    userStorage?.setItem('werkmap.oidc.user:late', '{"access_token":"late"}');
    expect(sessionStorage.getItem('werkmap.oidc.user:late')).toBeNull();
  });

  it('without a provider session the OIDC client is left alone', async () => {
    sessionStore.set({ ...anna, token: 'plain-token' });
    await signOut();
    expect(client.removeUser).not.toHaveBeenCalled();
    expect(client.signoutRedirect).not.toHaveBeenCalled();
    expect(sessionStore.get()).toBeNull();
  });
});
