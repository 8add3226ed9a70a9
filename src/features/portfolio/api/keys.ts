import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
export const portfolioKeys = {
  all: sharedQueryKeys.portfolio,
  items: () => [...portfolioKeys.all, 'items'] as const,
  shares: () => [...portfolioKeys.all, 'shares'] as const,
  accessLog: () => [...portfolioKeys.all, 'accessLog'] as const,
  coach: (clientId: string) => [...portfolioKeys.all, 'coach', clientId] as const,
  coachItem: (clientId: string, itemId: string) => [...portfolioKeys.all, 'coach', clientId, itemId] as const,
};

/** One lane per item: its create, edits, attachments and comments go in order. */
export function itemLane(itemId: string): string {
  return `portfolioItem:${itemId}`;
}

/** One lane per share: its create before its revocation. */
export function shareLane(shareId: string): string {
  return `portfolioShare:${shareId}`;
}

export { newId } from '#src/shared/lib/ids.ts';
