import type { UseQueryResult } from '@tanstack/react-query';
import { onlineManager } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '#test/render.tsx';
import { QueryState } from './query-state.tsx';

/** A query that has data from `updatedAt` (as `useQuery` returns it). */
function withData<T>(data: T, updatedAt: number, failed = false): UseQueryResult<T> {
  return { data, dataUpdatedAt: updatedAt, isError: false, failureCount: failed ? 1 : 0 } as UseQueryResult<T>;
}

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('QueryState', () => {
  it('offline, a screen built from two queries says once how old its data is', async () => {
    onlineManager.setOnline(false);
    const draft = withData('draft', new Date(2026, 11, 7, 23, 48).getTime());
    const definition = withData('definition', new Date(2026, 11, 7, 23, 47).getTime());
    await renderWithProviders(
      <QueryState query={draft}>{() => <QueryState query={definition}>{(text) => <p>{text}</p>}</QueryState>}</QueryState>,
    );
    expect(screen.getByText('definition')).toBeVisible();
    expect(screen.getAllByText(/^Je hebt geen internet/)).toHaveLength(1);
    expect(screen.getByText(/^Je hebt geen internet/)).toHaveTextContent('23:48');
  });

  it('online, a nested query whose refresh failed still says so when the outer one is fresh', async () => {
    const fresh = withData('outer', Date.now());
    const failed = withData('inner', new Date(2026, 11, 7, 9, 5).getTime(), true);
    await renderWithProviders(<QueryState query={fresh}>{() => <QueryState query={failed}>{(text) => <p>{text}</p>}</QueryState>}</QueryState>);
    expect(screen.getByText('inner')).toBeVisible();
    expect(screen.getAllByText(/09:05/)).toHaveLength(1);
  });
});
