import { createECDH, createPublicKey, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtVerify } from 'jose';
import type { PushSubscriptionRecord } from '../db.ts';
import { generateVapidKeys, webPushSender } from './web-push.ts';
import { VAPID_SUBJECT, vapidKeys } from './vapid.ts';

/**
 * The mock's push request is a real Web Push request: a stand-in push service (a local HTTP
 * server) receives it, decrypts it with the subscription's private key and auth secret
 * (aes128gcm, RFC 8291, written out here with node:crypto) and verifies the VAPID token
 * (RFC 8292) against the server's public key.
 */

type Received = { path: string; headers: IncomingHttpHeaders; body: Buffer };
const received: Received[] = [];
let answer = 201;
const service = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
    res.writeHead(answer).end();
  });
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  generateVapidKeys();
});
afterAll(() => new Promise<void>((resolve) => service.close(() => resolve())));

/** What a browser makes when it subscribes: a P-256 key pair and a 16-byte auth secret. */
function browserSubscription(path: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const record: PushSubscriptionRecord = {
    id: 'device-1',
    userId: 'client-anna',
    sessionId: 'x'.repeat(32),
    createdAt: '2026-12-07T10:00:00.000Z',
    endpoint: `${origin}${path}`,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
  };
  return { record, ecdh, auth };
}

/** RFC 8291 / RFC 8188: one record, the keys from ECDH and HKDF. */
function decrypt(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  expect(recordSize).toBeGreaterThanOrEqual(ciphertext.length);
  const shared = ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // the last record ends with the delimiter 0x02, then padding zeros
  const end = plain.lastIndexOf(2);
  expect(plain.subarray(end + 1).every((byte) => byte === 0)).toBe(true);
  return plain.subarray(0, end).toString('utf8');
}

/** The server's VAPID public key (uncompressed P-256 point) as a key for verifying ES256. */
function vapidPublicKey(raw: Buffer) {
  return createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') }, format: 'jwk' });
}

describe('Web Push from the mock server', () => {
  it('sends an encrypted payload with VAPID headers that a push service and the browser accept', async () => {
    const { record, ecdh, auth } = browserSubscription('/push/abc');
    const payload = { title: 'Werkmap', body: 'Je hebt een nieuw bericht in Werkmap', url: '/berichten', tag: 'message', badge: 1 };
    expect(await webPushSender(record, payload)).toBe(201);

    const request = received.at(-1)!;
    expect(request.path).toBe('/push/abc');
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect(Number(request.headers.ttl)).toBe(86_400);
    expect(request.headers.urgency).toBe('normal');
    expect(JSON.parse(decrypt(request.body, ecdh, auth))).toEqual(payload);

    // Authorization: vapid t=<JWT signed with the private key>, k=<the public key>
    const match = /^vapid t=([^,]+), k=([A-Za-z0-9_-]+)$/.exec(request.headers.authorization ?? '');
    expect(match).not.toBeNull();
    const [, token, key] = match!;
    expect(key).toBe(vapidKeys().publicKey);
    const { payload: claims, protectedHeader } = await jwtVerify(token!, vapidPublicKey(Buffer.from(key!, 'base64url')), { algorithms: ['ES256'] });
    expect(protectedHeader.alg).toBe('ES256');
    expect(claims.aud).toBe(origin);
    expect(claims.sub).toBe(VAPID_SUBJECT);
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('passes on a 410 from the push service (the subscription is gone)', async () => {
    answer = 410;
    const { record } = browserSubscription('/push/gone');
    expect(await webPushSender(record, { title: 'Werkmap', body: 'x', url: '/', tag: 'news' })).toBe(410);
    answer = 201;
  });
});
