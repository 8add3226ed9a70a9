import { addDays } from '#src/shared/lib/dates.ts';
import { comparePartialDates } from '#src/shared/lib/partial-date.ts';
import {
  ITEM_KINDS,
  SHARE_DEFAULT_MONTHS,
  SHARE_MAX_DAYS,
  type Item,
  type ItemInput,
  type ItemKind,
  type Share,
  type ShareAudience,
} from './schemas.ts';

/** Pure rules of the portfolio, used by the screens and by the (mock) server alike. */

/** `YYYY-MM-DD` plus whole months (the 31st becomes the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Proposed end date of a new share: three months from today. */
export function defaultShareEnd(today: string): string {
  return addMonths(today, SHARE_DEFAULT_MONTHS);
}

/** The latest end date allowed: one year from today. */
export function latestShareEnd(today: string): string {
  return addDays(today, SHARE_MAX_DAYS - 1);
}

/** Error keys for a chosen end date (empty: fine). */
export function shareEndErrors(endsOn: string, today: string): string[] {
  if (endsOn < today) return ['validation.portfolio.endsInPast'];
  if (endsOn > latestShareEnd(today)) return ['validation.portfolio.endsTooLate'];
  return [];
}

/** A share can be seen until the end of its last day, unless revoked. */
export function isShareActive(share: Pick<Share, 'revokedAt' | 'endsOn'>, today: string): boolean {
  return share.revokedAt === null && share.endsOn >= today;
}

export type ShareState = 'active' | 'expired' | 'revoked';
export function shareState(share: Pick<Share, 'revokedAt' | 'endsOn'>, today: string): ShareState {
  if (share.revokedAt !== null) return 'revoked';
  return share.endsOn >= today ? 'active' : 'expired';
}

/** The active shares that include this item (for an audience). */
export function activeSharesOf(itemId: string, shares: readonly Share[], today: string, audience?: ShareAudience): Share[] {
  return shares.filter((s) => s.itemIds.includes(itemId) && isShareActive(s, today) && (audience === undefined || s.audience === audience));
}

/** Until when the item is visible to an audience, or null when it is not shared with it now. */
export function sharedUntil(itemId: string, shares: readonly Share[], today: string, audience: ShareAudience): string | null {
  const ends = activeSharesOf(itemId, shares, today, audience).map((s) => s.endsOn);
  return ends.length ? ends.sort().at(-1)! : null;
}

/** Newest first: by end date (ongoing first), then start date, then when it was made. */
export function compareItems(a: Pick<Item, 'startDate' | 'endDate' | 'createdAt'>, b: Pick<Item, 'startDate' | 'endDate' | 'createdAt'>): number {
  const endA = a.endDate ?? '9999';
  const endB = b.endDate ?? '9999';
  if (endA !== endB) return comparePartialDates(endB, endA);
  const startA = a.startDate ?? '';
  const startB = b.startDate ?? '';
  if (startA !== startB) return startB.localeCompare(startA);
  return b.createdAt.localeCompare(a.createdAt);
}

/** Items grouped by kind, in the order of the kinds, each group newest first; empty groups left out. */
export function groupByKind<T extends Pick<Item, 'kind' | 'startDate' | 'endDate' | 'createdAt'>>(items: readonly T[]): Array<{ kind: ItemKind; items: T[] }> {
  return ITEM_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind).sort(compareItems) })).filter((g) => g.items.length > 0);
}

/** A filter on kind and on words in the title, description, organisation and tags. */
export function filterItems<T extends Pick<Item, 'kind' | 'title' | 'description' | 'organisation' | 'tags'>>(items: readonly T[], kind: ItemKind | '', words: string): T[] {
  const terms = words.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (kind && item.kind !== kind) return false;
    const text = [item.title, item.description, item.organisation ?? '', ...item.tags].join(' ').toLocaleLowerCase();
    return terms.every((term) => text.includes(term));
  });
}

/** The stored item after a write (a create when `current` is undefined). */
export function applyItemWrite(current: Item | undefined, input: ItemInput, meta: { id: string; clientId: string; at: string }): Item {
  return {
    id: meta.id,
    clientId: meta.clientId,
    ...input,
    tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
    version: (current?.version ?? 0) + 1,
    createdAt: current?.createdAt ?? meta.at,
    updatedAt: meta.at,
    attachments: current?.attachments ?? [],
    comments: current?.comments ?? [],
  };
}

/** Tags typed as "koken, plannen; Excel" → ['koken', 'plannen', 'Excel'] (duplicates left out). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLocaleLowerCase())) {
      seen.add(tag.toLocaleLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** Strong random token for a link (base64url of 32 bytes). */
export function newLinkToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
