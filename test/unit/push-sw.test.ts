import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * public/push-sw.js (issue 17) run in a stand-in service-worker scope: a click on a notification
 * tells an open window of the app where to go; a window that does not answer (the app still
 * starting) is navigated there instead. The browser part (a real worker, a real window) is in
 * test/e2e/push.spec.ts.
 */
const source = readFileSync(new URL('../../public/push-sw.js', import.meta.url), 'utf8');
const ORIGIN = 'https://werkmap.example';

type Win = { url: string; focus: () => Promise<Win>; navigate: (url: string) => Promise<Win | null>; postMessage: (data: unknown, ports: MessagePort[]) => void };

/** A window of the app; `answers`: its app listens and replies on the port, as src/app/notification-clicks.ts does. */
function appWindow(answers: boolean, navigate: (url: string) => Promise<Win | null> = async () => null) {
  const heard: unknown[] = [];
  const win: Win = {
    url: `${ORIGIN}/start`,
    focus: async () => win,
    navigate: vi.fn(navigate),
    postMessage: (data, ports) => {
      heard.push(data);
      if (answers) ports[0]!.postMessage({ type: 'werkmap:opened' });
    },
  };
  return { win, heard };
}

/** Loads the worker script with `windows` open and clicks a notification for `url`; resolves what the click's work returns. */
function clickWith(windows: Win[], url = '/berichten') {
  const listeners = new Map<string, (event: unknown) => void>();
  const openWindow = vi.fn(async () => null);
  const scope = {
    location: new URL(`${ORIGIN}/sw.js`),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    registration: {},
    navigator: {},
  };
  runInNewContext(source, { self: scope, clients: { matchAll: async () => windows, openWindow }, URL, MessageChannel, setTimeout, clearTimeout });
  let work: Promise<unknown> = Promise.resolve();
  listeners.get('notificationclick')!({ notification: { data: { url }, close: () => undefined }, waitUntil: (promise: Promise<unknown>) => (work = promise) });
  return { work, openWindow };
}

afterEach(() => vi.useRealTimers());

describe('a click on a notification (public/push-sw.js)', () => {
  it('tells a running app where to go, without a reload', async () => {
    // the wait for an answer never runs out here, however slow the machine
    vi.useFakeTimers();
    const { win, heard } = appWindow(true);
    const { work, openWindow } = clickWith([win]);
    expect(await work).toBe(win);
    expect(heard).toEqual([{ type: 'werkmap:open', url: '/berichten' }]);
    expect(win.navigate).not.toHaveBeenCalled();
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('loads the screen in a window that does not answer (the app still starting)', async () => {
    vi.useFakeTimers();
    const { win, heard } = appWindow(false, async () => win);
    const { work, openWindow } = clickWith([win]);
    await vi.runAllTimersAsync();
    expect(await work).toBe(win);
    expect(heard).toHaveLength(1);
    expect(win.navigate).toHaveBeenCalledWith(`${ORIGIN}/berichten`);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('opens a new window when that window cannot be navigated (not controlled by this worker)', async () => {
    vi.useFakeTimers();
    const { win } = appWindow(false, () => Promise.reject(new TypeError('not controlled')));
    const { work, openWindow } = clickWith([win]);
    await vi.runAllTimersAsync();
    await work;
    expect(openWindow).toHaveBeenCalledWith(`${ORIGIN}/berichten`);
  });

  it('opens a new window when none of the app is open', async () => {
    const { work, openWindow } = clickWith([]);
    await work;
    expect(openWindow).toHaveBeenCalledWith(`${ORIGIN}/berichten`);
  });
});
