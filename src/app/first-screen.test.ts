import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { firstScreenPainted, useFirstScreenPainted, whenIdle } from './first-screen.ts';

describe('the first screen', () => {
  it('counts as painted once the layout has rendered and a frame was painted, not before', async () => {
    let painted = false;
    void firstScreenPainted.then(() => {
      painted = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(painted).toBe(false);
    renderHook(() => useFirstScreenPainted());
    await firstScreenPainted;
    expect(painted).toBe(true);
  });

  it('waits for the browser to be idle, at most the time given; without requestIdleCallback (Safari) a task later', async () => {
    const idle = vi.fn((run: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBe(2000);
      run();
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', idle);
    await whenIdle(2000);
    expect(idle).toHaveBeenCalledOnce();
    vi.stubGlobal('requestIdleCallback', undefined);
    await expect(whenIdle(2000)).resolves.toBeUndefined();
    vi.unstubAllGlobals();
  });
});
