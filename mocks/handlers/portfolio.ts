import {
  accessLogSchema,
  commentInputSchema,
  coachPortfolioSchema,
  itemInputSchema,
  itemListSchema,
  itemSchema,
  linkTokenInputSchema,
  publicShareSchema,
  shareInputSchema,
  shareListSchema,
  shareSchema,
  sharedItemSchema,
  uploadStatusSchema,
  type Item,
  type Share,
} from '#src/features/portfolio/schemas.ts';
import { activeSharesOf, applyItemWrite, compareItems, isShareActive, newLinkToken, shareEndErrors, sharedUntil } from '#src/features/portfolio/rules.ts';
import { FILE_TYPES, fileChunkInputSchema, fileUploadInputSchema } from '#src/shared/files/schemas.ts';
import { db, fileContents, type ClientRecord, type FileUploadRecord } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { recordAccess, recordPortfolioView } from '../audit.ts';
import { chunkIndexParam, fileResponse, receiveChunk, registerFileReadRule, startUpload, uploadStatus } from '../uploads.ts';
import { authenticate, authoriseCoach, checkIfMatch, forbidden, json, logApplied, noContent, parseBody, problem, requireRole, route, validationProblem, validId, type Actor, type Operation } from '../http.ts';
import { CHUNK_BODY_MAX_BYTES } from '../limits.ts';

/**
 * The e-portfolio. The client owns every item: only they read and write their items
 * (`/portfolio/...`, no client id in the path: always the signed-in client's own). They share
 * chosen items with their coach or by an unguessable link, always until an end date, and can
 * revoke at once. The coach reads only what is shared with them now, and comments; a link
 * viewer reads exactly what the link holds (the token travels in the body, never in a URL or a
 * log). Every coach and link view is written to the item's access log.
 */

const OWNER = 'portfolioItem';

/** The signed-in client's own record (only clients have a portfolio). */
function ownClient(actor: Actor): ClientRecord {
  requireRole(actor, 'client');
  const client = actor.user.clientId ? db.clients.get(actor.user.clientId) : undefined;
  if (!client) throw forbidden();
  return client;
}

function itemsOf(clientId: string): Item[] {
  return db.portfolioItems
    .list()
    .filter((i) => i.clientId === clientId)
    .sort(compareItems);
}

function sharesOf(clientId: string): Share[] {
  return db.portfolioShares
    .list()
    .filter((s) => s.clientId === clientId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function ownItem(client: ClientRecord, itemId: string): Item {
  const item = db.portfolioItems.get(itemId);
  if (!item || item.clientId !== client.id) throw problem(404, { code: 'not-found' });
  return item;
}

function sharedView(item: Item, until: string) {
  const { clientId: _c, version: _v, ...rest } = item;
  return sharedItemSchema.parse({ ...rest, sharedUntil: until });
}

/** The active link share with this token, or a 404 that says only that the link does not work. */
function linkShare(token: string): Share {
  const share = db.portfolioShares.list().find((s) => s.audience === 'link' && s.token !== null && s.token === token);
  if (!share) throw problem(404, { code: 'link-unknown' });
  if (!isShareActive(share, todayIso())) throw problem(404, { code: share.revokedAt ? 'link-revoked' : 'link-expired' });
  return share;
}

function attach(request: Request, actor: Actor, upload: FileUploadRecord) {
  const item = db.portfolioItems.get(upload.owner.slice(OWNER.length + 1));
  if (!item) throw problem(404, { code: 'not-found' });
  if (item.attachments.some((a) => a.id === upload.id)) return;
  db.portfolioItems.put({
    ...item,
    attachments: [...item.attachments, { id: upload.id, name: upload.name, type: upload.type, size: upload.size, uploadedAt: nowIso() }],
  });
  logApplied(request, actor, `portfolioFile:${upload.id}`);
}

// The coach may open an attachment only while the item is shared with them (and it is logged).
registerFileReadRule(OWNER, (actor, upload) => {
  const item = db.portfolioItems.get(upload.owner.slice(OWNER.length + 1));
  if (!item || item.clientId !== upload.clientId) return false;
  if (actor.user.role === 'client') return actor.user.clientId === item.clientId;
  if (actor.user.role !== 'coach') return false;
  const share = activeSharesOf(item.id, sharesOf(item.clientId), todayIso(), 'coach')[0];
  if (!share) return false;
  recordPortfolioView({ clientId: item.clientId, itemId: item.id, shareId: share.id, viewer: 'coach', viewerName: actor.user.name, what: 'file' });
  return true;
});

export const handlers = [
  route('GET', '/portfolio/items', ({ request }) => {
    const client = ownClient(authenticate(request));
    return json(itemListSchema.parse({ items: itemsOf(client.id) }));
  }),

  route('PUT', '/portfolio/items/:itemId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownClient(actor);
    const id = validId(params.itemId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, itemInputSchema);
      const current = db.portfolioItems.get(id);
      if (current && current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      checkIfMatch(request, current?.version ?? null, current);
      const saved = db.portfolioItems.put(applyItemWrite(current, input, { id, clientId: client.id, at: nowIso() }));
      logApplied(request, actor, `portfolioItem:${id}`, { version: saved.version });
      return json(itemSchema.parse(saved), { status: current ? 200 : 201, version: saved.version });
    });
  }),

  // Deleting an item: its attachments go with it; a share left with no items is revoked. What
  // the coach or a link viewer saw stays in the access log. A resend after it is gone: 204.
  route('DELETE', '/portfolio/items/:itemId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownClient(actor);
    const id = validId(params.itemId);
    return withIdempotency(request, actor, async () => {
      const current = db.portfolioItems.get(id);
      if (!current || current.clientId !== client.id) return noContent();
      checkIfMatch(request, current.version, current);
      db.portfolioItems.delete(id);
      for (const [key, upload] of db.fileUploads) {
        if (upload.clientId !== client.id || upload.owner !== `${OWNER}:${id}`) continue;
        fileContents.delete(upload.key);
        db.fileUploads.delete(key);
      }
      for (const share of sharesOf(client.id)) {
        if (share.revokedAt !== null || !share.itemIds.includes(id)) continue;
        if (share.itemIds.every((itemId) => !db.portfolioItems.has(itemId))) db.portfolioShares.put({ ...share, revokedAt: nowIso() });
      }
      logApplied(request, actor, `portfolioItem:${id}`, { method: 'DELETE' });
      return noContent();
    });
  }),

  route('PUT', '/portfolio/items/:itemId/files/:fileId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownClient(actor);
    const item = ownItem(client, validId(params.itemId));
    const { upload, created } = await startUpload(request, client.id, params.fileId, `${OWNER}:${item.id}`);
    return json(uploadStatusSchema.parse(uploadStatus(upload)), { status: created ? 201 : 200 });
  }),

  route('PUT', '/portfolio/items/:itemId/files/:fileId/chunks/:index', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownClient(actor);
    const owner = `${OWNER}:${validId(params.itemId)}`;
    const upload = await receiveChunk(request, client.id, params.fileId, params.index, owner, (done) => attach(request, actor, done));
    return json(uploadStatusSchema.parse(uploadStatus(upload)));
  }),

  route('PUT', '/clients/:clientId/portfolio/items/:itemId/comments/:commentId', async ({ request, params }) => {
    const actor = authenticate(request);
    const clientId = params.clientId ?? '';
    const itemId = validId(params.itemId);
    const commentId = validId(params.commentId);
    // the owner, or the coach while the item is shared with them
    let role: 'client' | 'coach';
    if (actor.user.role === 'client') {
      if (actor.user.clientId !== clientId) throw forbidden();
      role = 'client';
    } else {
      authoriseCoach(actor, clientId);
      role = 'coach';
    }
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, commentInputSchema);
      const item = db.portfolioItems.get(itemId);
      if (!item || item.clientId !== clientId) throw problem(404, { code: 'not-found' });
      if (role === 'coach' && sharedUntil(item.id, sharesOf(clientId), todayIso(), 'coach') === null) throw problem(404, { code: 'not-shared' });
      if (item.comments.some((c) => c.id === commentId)) return json(itemSchema.parse(item), { version: item.version });
      const saved = db.portfolioItems.put({
        ...item,
        comments: [...item.comments, { id: commentId, text: input.text, at: nowIso(), by: { id: actor.user.id, name: actor.user.name, role } }],
      });
      logApplied(request, actor, `portfolioComment:${commentId}`);
      return json(itemSchema.parse(saved), { version: saved.version });
    });
  }),

  route('GET', '/portfolio/shares', ({ request }) => {
    const client = ownClient(authenticate(request));
    return json(shareListSchema.parse({ shares: sharesOf(client.id) }));
  }),

  route('PUT', '/portfolio/shares/:shareId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownClient(actor);
    const id = validId(params.shareId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, shareInputSchema, (raw): Record<string, string[]> => {
        const endsOn = (raw as { endsOn?: unknown } | null)?.endsOn;
        const errors = typeof endsOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(endsOn) ? shareEndErrors(endsOn, todayIso()) : [];
        return errors.length ? { endsOn: errors } : {};
      });
      if (db.portfolioShares.get(id)) throw problem(409, { code: 'share-exists' });
      if (input.itemIds.some((itemId) => db.portfolioItems.get(itemId)?.clientId !== client.id)) throw validationProblem({ itemIds: ['validation.portfolio.noItems'] });
      if (input.audience === 'coach' && !client.coachId) throw validationProblem({ audience: ['validation.portfolio.noCoach'] });
      const share = db.portfolioShares.put({
        ...input,
        itemIds: [...new Set(input.itemIds)],
        id,
        clientId: client.id,
        createdAt: nowIso(),
        revokedAt: null,
        token: input.audience === 'link' ? newLinkToken() : null,
      });
      logApplied(request, actor, `portfolioShare:${id}`);
      return json(shareSchema.parse(share), { status: 201 });
    });
  }),

  route('PUT', '/portfolio/shares/:shareId/revocation', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = ownClient(actor);
    const share = db.portfolioShares.get(validId(params.shareId));
    if (!share || share.clientId !== client.id) throw problem(404, { code: 'not-found' });
    if (share.revokedAt !== null) return json(shareSchema.parse(share));
    const saved = db.portfolioShares.put({ ...share, revokedAt: nowIso() });
    logApplied(request, actor, `portfolioRevoke:${share.id}`);
    return json(shareSchema.parse(saved));
  }),

  route('GET', '/portfolio/access-log', ({ request }) => {
    const client = ownClient(authenticate(request));
    const entries = db.portfolioAccess
      .list()
      .filter((e) => e.clientId === client.id)
      .sort((a, b) => b.at.localeCompare(a.at));
    return json(accessLogSchema.parse({ entries }));
  }),

  route('GET', '/clients/:clientId/portfolio/items', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    recordAccess(request, actor, 'portfolio');
    const today = todayIso();
    const shares = sharesOf(client.id);
    const items = itemsOf(client.id).flatMap((item) => {
      const share = activeSharesOf(item.id, shares, today, 'coach')[0];
      if (!share) return [];
      recordPortfolioView({ clientId: client.id, itemId: item.id, shareId: share.id, viewer: 'coach', viewerName: actor.user.name, what: 'item' });
      return [sharedView(item, sharedUntil(item.id, shares, today, 'coach')!)];
    });
    return json(coachPortfolioSchema.parse({ clientName: client.name, items }));
  }),

  route('GET', '/clients/:clientId/portfolio/items/:itemId', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    const item = db.portfolioItems.get(validId(params.itemId));
    const shares = sharesOf(client.id);
    const share = item && item.clientId === client.id ? activeSharesOf(item.id, shares, todayIso(), 'coach')[0] : undefined;
    if (!item || !share) throw problem(404, { code: 'not-shared' });
    recordAccess(request, actor, 'portfolio');
    recordPortfolioView({ clientId: client.id, itemId: item.id, shareId: share.id, viewer: 'coach', viewerName: actor.user.name, what: 'item' });
    return json(sharedView(item, sharedUntil(item.id, shares, todayIso(), 'coach')!));
  }),

  // Public: the token is in the body (POST), so it never shows in a URL, a referrer or an access log.
  route('POST', '/portfolio-links/view', async ({ request }) => {
    const { token } = await parseBody(request, linkTokenInputSchema);
    const share = linkShare(token);
    const items = share.itemIds.flatMap((itemId) => {
      const item = db.portfolioItems.get(itemId);
      if (!item || item.clientId !== share.clientId) return [];
      recordPortfolioView({ clientId: share.clientId, itemId, shareId: share.id, viewer: 'link', viewerName: null, what: 'item' });
      const { comments: _comments, ...view } = sharedView(item, share.endsOn);
      return [view];
    });
    return json(publicShareSchema.parse({ name: share.name, endsOn: share.endsOn, items }), { headers: { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
  }),

  route('POST', '/portfolio-links/files/:fileId', async ({ request, params }) => {
    const { token } = await parseBody(request, linkTokenInputSchema);
    const share = linkShare(token);
    const upload = db.fileUploads.get(`${share.clientId}:${validId(params.fileId)}`);
    const itemId = upload?.owner.startsWith(`${OWNER}:`) ? upload.owner.slice(OWNER.length + 1) : '';
    if (!upload?.complete || !share.itemIds.includes(itemId)) throw problem(404, { code: 'not-found' });
    const content = fileContents.get(upload.key);
    if (content === undefined) throw problem(404, { code: 'file-content-gone' });
    recordPortfolioView({ clientId: share.clientId, itemId, shareId: share.id, viewer: 'link', viewerName: null, what: 'file' });
    return fileResponse(upload, content, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'listPortfolioItems',
    method: 'GET',
    path: '/portfolio/items',
    summary: 'My portfolio items',
    description:
      "The signed-in client's own portfolio items with their attachments and comments (also read by the CV builder). Only clients; there is no client id in the path: always one's own.",
    tag: 'portfolio',
    auth: true,
    response: { name: 'PortfolioItemList', schema: itemListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'deletePortfolioItem',
    method: 'DELETE',
    path: '/portfolio/items/{itemId}',
    summary: 'Delete a portfolio item',
    description:
      'Deletes one of your own items with its attachments; a share left with no items is revoked. What the coach or a link viewer saw stays in the access log. 204 also when it is gone already. With `If-Match`, a stale version gets 412. Honours `Idempotency-Key`.',
    tag: 'portfolio',
    auth: true,
    acr: 'midden',
    responses: [204, 400, 401, 403, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'putPortfolioItem',
    method: 'PUT',
    path: '/portfolio/items/{itemId}',
    summary: 'Create or change a portfolio item',
    description:
      'Creates one of your own items with an id made on the device (201) or changes it (200). Versioned: `If-Match` with the `ETag`, 412 version-mismatch when stale; 404 when the id belongs to someone else. Honours `Idempotency-Key`.',
    tag: 'portfolio',
    auth: true,
    acr: 'midden',
    request: { name: 'PortfolioItemInput', schema: itemInputSchema },
    response: { name: 'PortfolioItem', schema: itemSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putPortfolioFile',
    method: 'PUT',
    path: '/portfolio/items/{itemId}/files/{fileId}',
    summary: 'Start or resume a portfolio attachment upload',
    description:
      'Starts (201) or resumes (200) a chunked upload of an attachment for one of your items (photo or PDF, at most 8 MiB). 404 for an unknown item; 409 file-id-reused for an id in use with another size.',
    tag: 'portfolio',
    auth: true,
    acr: 'midden',
    request: { name: 'FileUploadInput', schema: fileUploadInputSchema },
    response: { name: 'PortfolioUploadStatus', schema: uploadStatusSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 422],
  },
  {
    operationId: 'putPortfolioFileChunk',
    method: 'PUT',
    path: '/portfolio/items/{itemId}/files/{fileId}/chunks/{index}',
    summary: 'Send one chunk of a portfolio attachment',
    description:
      'One chunk (base64) of an attachment, by its index. Sending it again is harmless when the bytes are the same; other bytes get 409 chunk-mismatch. The file must be what its type says (magic bytes; else 422 file-content-mismatch). With the last chunk the size is checked (422 validation.file.broken) and the attachment is put on the item.',
    tag: 'portfolio',
    auth: true,
    acr: 'midden',
    params: { index: chunkIndexParam },
    request: { name: 'FileChunkInput', schema: fileChunkInputSchema },
    maxBodyBytes: CHUNK_BODY_MAX_BYTES,
    response: { name: 'PortfolioUploadStatus', schema: uploadStatusSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
  },
  {
    operationId: 'putPortfolioComment',
    method: 'PUT',
    path: '/clients/{clientId}/portfolio/items/{itemId}/comments/{commentId}',
    summary: 'Comment on a portfolio item',
    description:
      'A comment on an item, with an id made on the device: by the owner, or by their coach while the item is shared with them (404 not-shared otherwise). The same id again changes nothing. Honours `Idempotency-Key`.',
    tag: 'portfolio',
    auth: true,
    request: { name: 'PortfolioCommentInput', schema: commentInputSchema },
    response: { name: 'PortfolioItem', schema: itemSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'listPortfolioShares',
    method: 'GET',
    path: '/portfolio/shares',
    summary: 'My shares',
    description:
      'Your shares (with your coach or by link), newest first, with their items, end dates, whether revoked, and for a link its token. Only clients.',
    tag: 'portfolio',
    auth: true,
    response: { name: 'PortfolioShareList', schema: shareListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putPortfolioShare',
    method: 'PUT',
    path: '/portfolio/shares/{shareId}',
    summary: 'Share portfolio items',
    description:
      'Shares chosen items (a collection when named) with your coach or by link, until an end date from today up to one year ahead (field errors otherwise). A link share gets an unguessable token. 409 share-exists for an id used before; 422 when an item is not yours or you have no coach. Honours `Idempotency-Key`.',
    tag: 'portfolio',
    auth: true,
    request: { name: 'PortfolioShareInput', schema: shareInputSchema },
    response: { name: 'PortfolioShare', schema: shareSchema },
    responses: [201, 400, 401, 403, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['Idempotent-Replayed'],
  },
  {
    operationId: 'revokePortfolioShare',
    method: 'PUT',
    path: '/portfolio/shares/{shareId}/revocation',
    summary: 'Revoke a share',
    description:
      "Revokes a share at once: the coach or the link no longer sees the items. Revoking again changes nothing. 404 for an unknown share or someone else's.",
    tag: 'portfolio',
    auth: true,
    response: { name: 'PortfolioShare', schema: shareSchema },
    responses: [200, 400, 401, 403, 404],
  },
  {
    operationId: 'getPortfolioAccessLog',
    method: 'GET',
    path: '/portfolio/access-log',
    summary: 'Who viewed my portfolio',
    description:
      'Who viewed which of your items or files, and when: your coach by name, a link viewer as "via link"; repeated views within ten minutes count once. Only clients.',
    tag: 'portfolio',
    auth: true,
    response: { name: 'PortfolioAccessLog', schema: accessLogSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getSharedPortfolio',
    method: 'GET',
    path: '/clients/{clientId}/portfolio/items',
    summary: 'Portfolio items shared with the coach',
    description:
      "The items a client shares with you (their coach) now, with the end of each share; each view is written to the client's access log. Only the client's own coach.",
    tag: 'portfolio',
    auth: true,
    response: { name: 'CoachPortfolio', schema: coachPortfolioSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'getSharedPortfolioItem',
    method: 'GET',
    path: '/clients/{clientId}/portfolio/items/{itemId}',
    summary: 'One portfolio item shared with the coach',
    description:
      "One item a client shares with you (their coach); 404 not-shared when it is not (or no longer) shared. The view is written to the client's access log.",
    tag: 'portfolio',
    auth: true,
    response: { name: 'SharedPortfolioItem', schema: sharedItemSchema },
    responses: [200, 400, 401, 403, 404],
  },
  {
    operationId: 'viewPortfolioLink',
    method: 'POST',
    path: '/portfolio-links/view',
    summary: 'Open a portfolio link',
    description:
      'Public, no token: what a link share holds (its name, end date and items, without comments). The link token travels in the body, never in a URL, and the answer is not cached. 404 link-unknown, link-expired or link-revoked; each view is logged for the owner.',
    tag: 'portfolio',
    auth: false,
    request: { name: 'PortfolioLinkToken', schema: linkTokenInputSchema },
    response: { name: 'PublicPortfolioShare', schema: publicShareSchema },
    responses: [200, 400, 404, 422],
  },
  {
    operationId: 'getPortfolioLinkFile',
    method: 'POST',
    path: '/portfolio-links/files/{fileId}',
    summary: 'An attachment of a portfolio link',
    description:
      'Public, no token: the content of an attachment of an item in the link share (the link token in the body). 404 when the link does not work or the file is not part of it; each view is logged for the owner.',
    tag: 'portfolio',
    auth: false,
    fileTypes: FILE_TYPES,
    request: { name: 'PortfolioLinkToken', schema: linkTokenInputSchema },
    responses: [200, 400, 404, 422],
  },
];
