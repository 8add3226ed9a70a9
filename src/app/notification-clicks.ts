import { useEffect } from 'react';
import { useNavigate } from 'react-router';

/**
 * A click on a push notification while the app is open: the service worker (public/push-sw.js)
 * focuses this window and sends `{ type: 'werkmap:open', url }`; the app goes there without a
 * reload (nothing typed is lost). Only app paths are followed.
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
    };
    container.addEventListener('message', onMessage);
    // messages from the service worker wait until this (addEventListener alone does not start them)
    if (typeof container.startMessages === 'function') container.startMessages();
    return () => container.removeEventListener('message', onMessage);
  }, [navigate]);
}
