import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmScreens } from './warm-screens.ts';

const LIST = {
  everyone: ['/assets/keep-a.js', '/assets/exchange-b.js'],
  coach: ['/assets/coach-desk-c.js', '/assets/coach-d.css', '/assets/keep-a.js'],
  teamLead: ['/assets/team-dashboard-e.js'],
};

/** A service worker in control, a screens' cache holding `held`, and a network that answers the list and any asset. */
function setUp({ held = [] as string[], controlled = true, list = LIST as unknown, listStatus = 200 } = {}) {
  const opened: string[] = [];
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: controlled ? {} : null } });
  vi.stubGlobal('caches', {
    open: async (name: string) => {
      opened.push(name);
      return { keys: async () => held.map((path) => new Request(new URL(path, 'https://werkmap.test'))) };
    },
  });
  const fetched: string[] = [];
  const fetchStub = vi.fn(async (input: string, _init?: RequestInit) => {
    fetched.push(input);
    if (input === '/screens.json') return new Response(JSON.stringify(list), { status: listStatus });
    return new Response('export {}', { status: 200 });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { fetched, opened, fetchStub };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('warmScreens', () => {
  it("fetches everyone's rarely used screens and the role's own into the screens' cache, each once", async () => {
    const { fetched, opened } = setUp();
    const missing = await warmScreens('coach');
    expect(opened).toEqual(['werkmap-screens']);
    expect(missing.sort()).toEqual(['/assets/coach-d.css', '/assets/coach-desk-c.js', '/assets/exchange-b.js', '/assets/keep-a.js']);
    // the list first (never from the HTTP cache), then the files
    expect(fetched[0]).toBe('/screens.json');
    expect(fetched.slice(1).sort()).toEqual(missing.sort());
  });

  it('asks for no more than the list when the cache holds every file already (every later page load)', async () => {
    const { fetched } = setUp({ held: ['/assets/keep-a.js', '/assets/exchange-b.js', '/assets/team-dashboard-e.js'] });
    expect(await warmScreens('teamLead')).toEqual([]);
    expect(fetched).toEqual(['/screens.json']);
  });

  it("a client gets only everyone's screens; the list is asked for without the HTTP cache", async () => {
    const { fetched, fetchStub } = setUp({ held: ['/assets/keep-a.js'] });
    expect(await warmScreens('client')).toEqual(['/assets/exchange-b.js']);
    expect(fetched).toEqual(['/screens.json', '/assets/exchange-b.js']);
    expect(fetchStub.mock.calls[0]?.[1]).toMatchObject({ cache: 'no-store' });
  });

  it('does nothing without a service worker in control (it is the one that caches) or without a role', async () => {
    const { fetched } = setUp({ controlled: false });
    expect(await warmScreens('coach')).toEqual([]);
    setUp();
    expect(await warmScreens(undefined)).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('fetches nothing outside /assets/ and nothing when the list is missing (an old server answers the app instead)', async () => {
    const { fetched } = setUp({ list: { everyone: ['https://elders.example/x.js', '/api/me', '/assets/ok-f.js'] } });
    expect(await warmScreens('client')).toEqual(['/assets/ok-f.js']);
    expect(fetched).toEqual(['/screens.json', '/assets/ok-f.js']);
    const second = setUp({ listStatus: 404 });
    expect(await warmScreens('client')).toEqual([]);
    expect(second.fetched).toEqual(['/screens.json']);
  });
});
