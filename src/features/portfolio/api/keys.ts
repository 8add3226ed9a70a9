export const portfolioKeys = {
  all: ['portfolio'] as const,
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

export function newId(): string {
  const c = globalThis.crypto;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
