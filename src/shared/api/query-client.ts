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

/** The one QueryClient of the running app (features update it when the outbox confirms a write). */
export const queryClient: QueryClient = createQueryClient();
