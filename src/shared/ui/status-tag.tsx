import type { ReactNode } from 'react';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

/** A status in words (never colour alone). */
export function StatusTag({ tone = 'neutral', children }: { tone?: StatusTone; children: ReactNode }) {
  return <strong className={`status-tag status-tag--${tone}`}>{children}</strong>;
}
