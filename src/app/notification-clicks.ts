import { useEffect } from 'react';
import { useNavigate } from 'react-router';

/**
 * A click on a push notification while the app is open: the service worker (public/push-sw.js)
 * focuses this window and sends `{ type: 'werkmap:open', url }`; the app goes there without a
 * reload (nothing typed is lost), and answers on the message's port: a window that does not answer
 * within a moment (the app still starting, this listener not there yet) is navigated by the service
 * worker instead. Only app paths are followed.
 */
export function useNotificationClicks(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!container) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; url?: unknown } | null;
      if (data?.type !== 'werkmap:open' || typeof data.url !== 'string' || !/^\/(?!\/)/.test(data.url)) return;
      void navigate(data.url);
      // heard: otherwise the service worker loads the screen in this window itself (a reload)
      event.ports[0]?.postMessage({ type: 'werkmap:opened' });
    };
    container.addEventListener('message', onMessage);
    // messages from the service worker wait until this (addEventListener alone does not start them)
    if (typeof container.startMessages === 'function') container.startMessages();
    return () => container.removeEventListener('message', onMessage);
  }, [navigate]);
}
