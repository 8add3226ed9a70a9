import { QueryClient, onlineManager } from '@tanstack/react-query';
import { isApiError } from './errors.ts';

/** The app's QueryClient. Reads keep the last known data; see docs/architecture.md "Reads". */
export function createQueryClient(): QueryClient {
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 7 * 24 * 60 * 60 * 1000,
        networkMode: 'offlineFirst',
        retry: (failureCount, error) => {
          if (isApiError(error) && !error.retriable) return false;
          return failureCount < 2;
        },
        refetchOnWindowFocus: true,
      },
      mutations: { networkMode: 'online', retry: false },
    },
  });
}

/**
 * For a read the server logs as a look at personal data (the teamleider's figures, issue 21):
 * spread into its query options. It is read when the person opens the screen or asks for other
 * figures, never behind their back — not when the window gets focus again, not when the
 * connection comes back, not when another tab sent a change (`refreshesOnItsOwn`) — so the
 * audit log holds one look per look.
 */
export const loggedRead = { meta: { loggedRead: true }, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

/** Whether a query may be read again without the person asking (see `loggedRead`). */
export const refreshesOnItsOwn = (query: { meta?: Record<string, unknown> | undefined }): boolean => query.meta?.loggedRead !== true;

/** The one QueryClient of the running app (features update it when the outbox confirms a write). */
export const queryClient: QueryClient = createQueryClient();
