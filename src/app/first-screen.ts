import { useEffect } from 'react';
import { afterNextPaint } from '#src/shared/ui/use-after-paint.ts';

let painted: () => void = () => undefined;

/**
 * Resolves once the app's first screen has been committed and painted (the layout's first render,
 * `useFirstScreenPainted`). Work the first screen does not need waits for it (issue 15: the outbox
 * kinds, ~50–100 ms of module evaluation, ran between the screen's texts arriving and its render).
 */
export const firstScreenPainted = new Promise<void>((resolve) => {
  painted = resolve;
});

/** In the layout: resolves `firstScreenPainted` after its first commit has been painted. */
export function useFirstScreenPainted(): void {
  useEffect(() => afterNextPaint(painted), []);
}

/** Resolves when the browser is idle (after the first screen's follow-up renders, such as the caseload's other rows), at most `timeout` ms later. */
export function whenIdle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/** Once the first screen has been painted and the browser is then idle (at most 2 s later): for what the first screen does not need. */
export function afterFirstScreen(): Promise<void> {
  return firstScreenPainted.then(() => whenIdle(2_000));
}
