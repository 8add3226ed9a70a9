import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen scrolls inside this region, never the page; the
 * region is reachable by keyboard so it can be scrolled without a mouse (WCAG 2.1.1), and is
 * named by the table's caption or heading (`labelledBy`).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
