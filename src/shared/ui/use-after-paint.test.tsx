import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { useFirstInView } from './use-after-paint.ts';

const items = Array.from({ length: 100 }, (_, i) => i);

describe('useFirstInView', () => {
  it('gives the first items for the first paint, then all of them, and keeps all', async () => {
    const { result, rerender } = renderHook(({ list }) => useFirstInView(list, 30), { initialProps: { list: items } });
    expect(result.current).toHaveLength(30);
    await waitFor(() => expect(result.current).toHaveLength(100));
    const more = [...items, 100, 101];
    rerender({ list: more });
    expect(result.current).toBe(more);
  });

  it('waits for the data: before it is there, nothing counts as painted', async () => {
    const { result, rerender } = renderHook(({ list, ready }) => useFirstInView(list, 30, ready), { initialProps: { list: [] as number[], ready: false } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    rerender({ list: items, ready: true });
    expect(result.current).toHaveLength(30);
    await waitFor(() => expect(result.current).toHaveLength(100));
  });

  it('gives a short list whole at once', () => {
    const { result } = renderHook(() => useFirstInView(items.slice(0, 10), 30));
    expect(result.current).toHaveLength(10);
  });
});
