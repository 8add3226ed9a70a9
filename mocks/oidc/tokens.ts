import { createLocalJWKSet, errors, exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { Role } from '#src/shared/lib/domain.ts';
import { now } from '../clock.ts';

/**
 * The key material and the access tokens of the mock's OpenID providers (docs/decisions/014).
 * ONE code path verifies every token the mock API receives (`verifyAccessToken`): signature against
 * the providers' JWKS, issuer, audience and expiry. The providers (mocks/oidc/provider.ts, in the
 * Node server) sign with this key; the persona sign-in that the component tests use
 * (`POST /auth/session`, `mintAccessToken`) signs with the same key, so both are checked alike.
 */

/** The API's audience: a token for another resource server is refused. */
export const API_AUDIENCE = 'https://api.werkmap.test';

/** DigiD assurance levels as eIDAS levels of assurance in `acr` (DigiD Basis, Midden, Substantieel, Hoog). */
export const ACR = {
  basis: 'http://eidas.europa.eu/LoA/low',
  midden: 'http://eidas.europa.eu/LoA/substantial',
  hoog: 'http://eidas.europa.eu/LoA/high',
} as const;
const acrRank: Record<string, number> = { [ACR.basis]: 1, [ACR.midden]: 2, [ACR.hoog]: 3 };

/** Whether `acr` is at least `level`. */
export function acrAtLeast(acr: string | null, level: keyof typeof ACR): boolean {
  return (acrRank[acr ?? ''] ?? 0) >= (acrRank[ACR[level]] ?? 99);
}

/** Clients sign in with DigiD; employees (coach, helper, regisseur) at the municipality's own provider. */
export type IssuerName = 'digid' | 'medewerkers';
export function issuerNameFor(role: Role): IssuerName {
  return role === 'client' ? 'digid' : 'medewerkers';
}

let issuerOrigin = 'http://localhost:3000';
/** The origin the browser sees the providers at (the app's own: `/oidc` is proxied like `/api`). */
export function setIssuerOrigin(origin: string): void {
  issuerOrigin = origin.replace(/\/$/, '');
}
export function issuerUrl(name: IssuerName): string {
  return `${issuerOrigin}/oidc/${name}`;
}

type KeyMaterial = { privateKey: CryptoKey; privateJwk: JWK; jwks: { keys: JWK[] }; verifyKeys: ReturnType<typeof createLocalJWKSet> };
const KID = 'werkmap-mock-1';

const common = { kid: KID, alg: 'RS256', use: 'sig' };

function keyMaterialOf(privateKey: CryptoKey, privateJwk: JWK): KeyMaterial {
  const { kty, n, e } = privateJwk;
  const jwks = { keys: [{ kty, n, e, ...common }] };
  return { privateKey, privateJwk, jwks, verifyKeys: createLocalJWKSet(jwks) };
}

async function makeKeys(): Promise<KeyMaterial> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return keyMaterialOf(privateKey, { ...(await exportJWK(privateKey)), ...common });
}

let material: Promise<KeyMaterial> | null = null;
/** This process's signing key (made once; a restarted mock server refuses the tokens of the last one). */
export function keyMaterial(): Promise<KeyMaterial> {
  material ??= makeKeys();
  return material;
}

export type AccessTokenClaims = {
  sub: string;
  role: Role;
  /** The session the token belongs to (the mock keeps a helper's acting context under it). */
  sid: string;
  acr?: string | null;
  expiresAt: Date;
};

/**
 * A signed access token like the providers issue, for the persona sign-in and for tests.
 * `overrides` (tests only) change the issuer or audience, or sign with another key.
 */
export async function mintAccessToken(
  claims: AccessTokenClaims,
  overrides: { issuer?: string; audience?: string; key?: CryptoKey } = {},
): Promise<string> {
  const { privateKey } = await keyMaterial();
  const issuedAt = Math.floor(now().getTime() / 1000);
  return new SignJWT({ sid: claims.sid, ...(claims.acr ? { acr: claims.acr } : {}), scope: 'openid api' })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'at+jwt' })
    .setIssuer(overrides.issuer ?? issuerUrl(issuerNameFor(claims.role)))
    .setAudience(overrides.audience ?? API_AUDIENCE)
    .setSubject(claims.sub)
    .setJti(globalThis.crypto.randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
    .sign(overrides.key ?? privateKey);
}

export type VerifiedToken = {
  sub: string;
  issuer: IssuerName;
  sid: string;
  acr: string | null;
  expiresAt: Date;
  /** Set by the OpenID providers (the OAuth client the token was issued to); absent for the persona sign-in. */
  clientId: string | null;
};

/** Why a token was refused: the problem `code` of the 401. */
export class TokenRefused extends Error {
  readonly code: 'token-invalid' | 'token-expired';
  constructor(code: 'token-invalid' | 'token-expired') {
    super(code);
    this.code = code;
    this.name = 'TokenRefused';
  }
}

/** Verifies a bearer token (signature, issuer, audience, expiry; against the mock's clock) or throws `TokenRefused`. */
export async function verifyAccessToken(token: string): Promise<VerifiedToken> {
  const { verifyKeys } = await keyMaterial();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, verifyKeys, {
      issuer: [issuerUrl('digid'), issuerUrl('medewerkers')],
      audience: API_AUDIENCE,
      algorithms: ['RS256'],
      currentDate: now(),
      requiredClaims: ['sub', 'exp', 'iss'],
    }));
  } catch (error) {
    throw new TokenRefused(error instanceof errors.JWTExpired ? 'token-expired' : 'token-invalid');
  }
  const sid = typeof payload.sid === 'string' ? payload.sid : typeof payload.jti === 'string' ? payload.jti : null;
  if (!payload.sub || !sid) throw new TokenRefused('token-invalid');
  return {
    sub: payload.sub,
    issuer: payload.iss === issuerUrl('digid') ? 'digid' : 'medewerkers',
    sid,
    acr: typeof payload.acr === 'string' ? payload.acr : null,
    expiresAt: new Date((payload.exp ?? 0) * 1000),
    clientId: typeof payload.client_id === 'string' ? payload.client_id : null,
  };
}
