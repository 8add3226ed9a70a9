import { describe, expect, it } from 'vitest';
import type { OutboxRecord, OutboxStatus } from '#src/shared/offline/types.ts';
import { PORTFOLIO_COMMENT, type CommentPayload } from './api/comment.ts';
import { PORTFOLIO_ITEM_DELETE } from './api/delete-item.ts';
import { PORTFOLIO_ITEM_PUT } from './api/put-item.ts';
import { PORTFOLIO_REVOKE, PORTFOLIO_SHARE, type SharePayload } from './api/share.ts';
import { PORTFOLIO_FILE, type UploadFilePayload } from './api/upload-file.ts';
import { applyItemWrite } from './rules.ts';
import type { Item, ItemInput, Share } from './schemas.ts';
import { overlay } from './use-portfolio-view.ts';

const AT = '2026-03-10T12:00:00.000Z';
const input = (title: string): ItemInput =>
  ({ kind: 'credential', subKind: 'diploma', title, description: '', organisation: 'Noorderpoort', startDate: '2019', endDate: '2021-07', tags: ['zorg'], link: null, starr: null }) as ItemInput;
const item = (id: string, title: string): Item => ({ ...applyItemWrite(undefined, input(title), { id, clientId: 'client-anna', at: '2026-01-01T10:00:00.000Z' }), version: 4 });
const share = (id: string, extra: Partial<Share> = {}): Share => ({ id, clientId: 'client-anna', audience: 'coach', name: null, itemIds: ['item-1'], endsOn: '2026-06-01', createdAt: '2026-02-01T10:00:00.000Z', revokedAt: null, token: null, ...extra });

let seq = 0;
function record<P>(kind: string, payload: P, status: OutboxStatus = 'pending'): OutboxRecord<P> {
  seq++;
  return { seq, id: `r${seq}`, ownerId: 'client-anna', lane: 'portfolio:x', kind, schemaVersion: 1, payload, createdAt: AT, attempts: 0, nextAttemptAt: 0, status };
}
const put = (itemId: string, title: string, status?: OutboxStatus) => record(PORTFOLIO_ITEM_PUT, { itemId, input: input(title) }, status);
const list = { items: [item('item-1', 'MBO Zorg'), item('item-2', 'Rijbewijs B')] };

describe('overlay: unsent portfolio writes over the items and shares', () => {
  it('shows the server items and shares as sent when nothing waits', () => {
    const { items, shares } = overlay(list, [share('share-1')], [], 'client-anna');
    expect(items.map((i) => [i.id, i.sync, i.pendingFiles, i.pendingComments])).toEqual(
      expect.arrayContaining([
        ['item-1', 'sent', [], []],
        ['item-2', 'sent', [], []],
      ]),
    );
    expect(shares).toEqual([{ ...share('share-1'), sync: 'sent' }]);
  });

  it('shows an edit on the server version and a new item at once, and hides an item whose delete waits', () => {
    const edit = put('item-1', 'MBO Zorg niveau 3');
    const { items } = overlay(list, [], [edit, put('item-new', 'Vrijwilligerswerk'), record(PORTFOLIO_ITEM_DELETE, { itemId: 'item-2' })], 'client-anna');
    expect(items.map((i) => i.id).sort()).toEqual(['item-1', 'item-new']);
    expect(items.find((i) => i.id === 'item-1')).toMatchObject({ title: 'MBO Zorg niveau 3', version: 4, sync: 'pending', pendingRecord: edit });
    expect(items.find((i) => i.id === 'item-new')).toMatchObject({ title: 'Vrijwilligerswerk', version: 0, clientId: 'client-anna', sync: 'pending' });
  });

  it('carries unsent files and comments with the item; a refused one makes it "problem"', () => {
    const photo = record<UploadFilePayload>(PORTFOLIO_FILE, { itemId: 'item-1', name: 'foto.jpg' } as UploadFilePayload, 'rejected');
    const comment = record<CommentPayload>(PORTFOLIO_COMMENT, { clientId: 'client-anna', itemId: 'item-2', commentId: 'c1', input: { body: 'Dank je' } } as unknown as CommentPayload);
    const { items } = overlay(list, [], [photo, comment], 'client-anna');
    expect(items.find((i) => i.id === 'item-1')).toMatchObject({ sync: 'problem', pendingFiles: [photo] });
    expect(items.find((i) => i.id === 'item-2')).toMatchObject({ sync: 'pending', pendingComments: [comment] });
  });

  it('shows a new share first (no token yet) and a waiting revoke as revoked, both pending', () => {
    const payload: SharePayload = { shareId: 'share-new', input: { audience: 'link', name: 'Zorg', itemIds: ['item-1', 'item-2'], endsOn: '2026-09-01' } };
    const { shares } = overlay(list, [share('share-1')], [record(PORTFOLIO_SHARE, payload), record(PORTFOLIO_REVOKE, { shareId: 'share-1' })], 'client-anna');
    expect(shares).toEqual([
      { ...payload.input, id: 'share-new', clientId: 'client-anna', createdAt: AT, revokedAt: null, token: null, sync: 'pending' },
      { ...share('share-1'), revokedAt: AT, sync: 'pending' },
    ]);
  });
});
