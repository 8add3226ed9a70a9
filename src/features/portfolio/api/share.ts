import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { shareSchema, type Share, type ShareInput } from '../schemas.ts';
import { portfolioKeys, shareLane } from './keys.ts';

export const PORTFOLIO_SHARE = 'portfolio.share';
export const PORTFOLIO_REVOKE = 'portfolio.revoke';

export type SharePayload = { shareId: string; input: ShareInput };
export type RevokePayload = { shareId: string };

function putShare(share: Share) {
  queryClient.setQueryData<{ shares: Share[] }>(portfolioKeys.shares(), (list) =>
    list ? { shares: [share, ...list.shares.filter((s) => s.id !== share.id)] } : list,
  );
}

/** Sharing items with the coach or by link (the link's token is made by the server). */
export const shareKind = defineOutboxKind<SharePayload, Share>({
  kind: PORTFOLIO_SHARE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/portfolio/shares/${encodeURIComponent(record.payload.shareId)}`,
      body: record.payload.input,
      schema: shareSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(_record, result) {
    putShare(result.data);
  },
  onDiscarded() {
    void queryClient.invalidateQueries({ queryKey: portfolioKeys.shares() });
  },
});

/** Revoking a share: idempotent on the server, so a resend does no harm. */
export const revokeKind = defineOutboxKind<RevokePayload, Share>({
  kind: PORTFOLIO_REVOKE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/portfolio/shares/${encodeURIComponent(record.payload.shareId)}/revocation`,
      schema: shareSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(_record, result) {
    putShare(result.data);
  },
  onDiscarded() {
    void queryClient.invalidateQueries({ queryKey: portfolioKeys.shares() });
  },
});

/** Shares items (a new share: its id is made on this device). */
export function useShare() {
  return useOutboxWrite(shareKind, (payload) => shareLane(payload.shareId));
}

/** Revokes a share. */
export function useRevokeShare() {
  return useOutboxWrite(revokeKind, (payload) => shareLane(payload.shareId));
}
