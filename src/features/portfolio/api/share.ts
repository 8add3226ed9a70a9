import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { shareSchema, type Share, type ShareInput } from '../schemas.ts';
import { portfolioKeys, shareLane } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const PORTFOLIO_SHARE = 'portfolio.share';
export const PORTFOLIO_REVOKE = 'portfolio.revoke';

export type SharePayload = { shareId: string; input: ShareInput };
export type RevokePayload = { shareId: string };

type ShareList = { shares: Share[] };

const putShare = (list: ShareList | undefined, share: Share) => (list ? { shares: [share, ...list.shares.filter((s) => s.id !== share.id)] } : list);

/** Sharing items with the coach or by link (the link's token is made by the server). */
export const shareKind = defineRequestKind<SharePayload, Share, ShareList>({
  kind: PORTFOLIO_SHARE,
  schemaVersion: 1,
  request: ({ shareId, input }) => ({ path: apiPath`/portfolio/shares/${shareId}`, body: input, schema: shareSchema }),
  query: () => portfolioKeys.shares(),
  merge: putShare,
});

/** Revoking a share: idempotent on the server, so a resend does no harm. */
export const revokeKind = defineRequestKind<RevokePayload, Share, ShareList>({
  kind: PORTFOLIO_REVOKE,
  schemaVersion: 1,
  request: ({ shareId }) => ({ path: apiPath`/portfolio/shares/${shareId}/revocation`, schema: shareSchema }),
  query: () => portfolioKeys.shares(),
  merge: putShare,
});

/** Shares items (a new share: its id is made on this device). */
export function useShare() {
  return useOutboxWrite(shareKind, (payload) => shareLane(payload.shareId));
}

/** Revokes a share. */
export function useRevokeShare() {
  return useOutboxWrite(revokeKind, (payload) => shareLane(payload.shareId));
}
