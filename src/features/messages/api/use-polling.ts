import { useRef } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { nextPollDelay, POLL_BASE_MS } from '../rules.ts';

/**
 * A `refetchInterval` for a query that polls politely: 15 s while something changes, doubled
 * after every quiet or failed poll up to 5 minutes, nothing while offline. Hidden tabs do not
 * poll (TanStack's default `refetchIntervalInBackground: false`); focus and reconnect fetch at
 * once (`refetchOnWindowFocus`, `refetchOnReconnect`).
 */
type PolledQuery = { state: { dataUpdatedAt: number; errorUpdatedAt: number; data: unknown; status: string } };

export function usePollingInterval(base = POLL_BASE_MS) {
  const state = useRef<{ stamp: string; delay: number | null; data: unknown }>({ stamp: '', delay: null, data: undefined });
  return (query: PolledQuery): number | false => {
    if (!onlineManager.isOnline()) return false;
    const { dataUpdatedAt, errorUpdatedAt, data, status } = query.state;
    const stamp = `${dataUpdatedAt}:${errorUpdatedAt}`;
    const current = state.current;
    // called on every render and state change: only a finished poll moves the schedule
    if (stamp !== current.stamp) {
      const failed = status === 'error' || errorUpdatedAt > dataUpdatedAt;
      const outcome = failed ? 'error' : data !== current.data ? 'changed' : 'unchanged';
      state.current = { stamp, delay: nextPollDelay(current.delay, outcome, base), data };
    }
    return state.current.delay ?? base;
  };
}
