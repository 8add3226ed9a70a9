import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `then` once the next frame has been painted (a task queued from a frame's callback runs after
 * that frame's paint). Returns a function that cancels it.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False until the screen has been painted once with its data (`ready`), then true, set in a
 * transition: a long list renders what is in view first and the rest right after that paint
 * (issue 15), without holding up typing or clicks meanwhile. Stays true afterwards.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [ready, painted]);
  return painted;
}

/** The first `count` items until the screen was painted (see `useAfterPaint`), then all of them. */
export function useFirstInView<T>(items: readonly T[], count: number, ready = true): readonly T[] {
  const all = useAfterPaint(ready);
  return all || items.length <= count ? items : items.slice(0, count);
}
