/*
 * Web Push in the service worker (issue 17), loaded by the generated worker with
 * `importScripts('push-sw.js')` (vite.config.ts, workbox.importScripts). Plain JavaScript: no build
 * step, no inline code.
 *
 * push: the server's payload is { title, body, url, tag, badge? } — a sentence in the person's
 *   language with nothing personal (the lock screen shows it); `badge` keeps the app badge the
 *   number of unread messages, as the app sets it.
 * notificationclick: opens `url` (an app path) in a window of the app that is already open
 *   (focused, and told where to go without a reload; when it does not answer within a moment —
 *   the app is still starting — the window is navigated there), or in a new window.
 */
/* global self, clients */

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const url = typeof data.url === 'string' && /^\/(?!\/)/.test(data.url) ? data.url : '/';
  const title = typeof data.title === 'string' ? data.title : 'Werkmap';
  const work = [
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      tag: typeof data.tag === 'string' ? data.tag : 'werkmap',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url },
    }),
  ];
  if (typeof data.badge === 'number' && self.navigator.setAppBadge) {
    work.push((data.badge > 0 ? self.navigator.setAppBadge(data.badge) : self.navigator.clearAppBadge()).catch(() => undefined));
  }
  event.waitUntil(Promise.all(work));
});

/**
 * How long an open window of the app has to say it heard "open this screen" before the service
 * worker moves it there itself. A window that is still starting has no listener yet (the message
 * is dispatched at DOMContentLoaded and lost); a running app answers at once.
 */
const OPEN_ACK_MS = 2000;

/** Tells `client` to open `url` in the app (no reload); resolves whether it answered in time. */
function askToOpen(client, url) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve(false);
    }, OPEN_ACK_MS);
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(true);
    };
    client.postMessage({ type: 'werkmap:open', url }, [channel.port2]);
  });
}

async function openApp(url) {
  const target = new URL(url, self.location.origin).href;
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) return clients.openWindow(target);
  let shown = open;
  try {
    // allowed during a click on the notification
    shown = await open.focus();
  } catch {
    // not focusable now: the window still goes to the right screen
  }
  if (await askToOpen(shown, url)) return shown;
  // no answer (still starting, or busy): load the screen in that window
  try {
    return await shown.navigate(target);
  } catch {
    // a window this worker does not control cannot be navigated: open a new one
    return clients.openWindow(target);
  }
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(openApp(url));
});
