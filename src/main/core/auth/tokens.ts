// Owns session tokens (jose, HS256): 15-minute access tokens and rotating refresh tokens. Each
// token carries `typ` (a refresh token is never accepted as an access token), `jti` (revocable),
// `kid` in its header (signing-key rotation) and `cid`, the caller it was issued to (a token
// copied to another window or connection is refused). Reusing a rotated refresh token revokes its
// whole family: that only happens when a token was stolen.
import { randomUUID } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import {
  familyById,
  insertFamily,
  isJtiRevoked,
  type ReadableDb,
  revokeFamily,
  revokeJti,
  rotateFamily,
  transaction,
  type WritableDb,
} from '../store';
import { SessionExpiredError } from './errors';
import type { SigningKeyStore } from './internal/signing-keys';

export const ACCESS_TTL_SECONDS = 15 * 60;
export const REFRESH_TTL_SECONDS = 12 * 60 * 60;

export interface TokenPair {
  access: string;
  refresh: string;
  accessExpiresAt: Date;
}

export interface AccessClaims {
  userId: string;
  jti: string;
  expiresAt: Date;
}

interface Claims extends JWTPayload {
  typ: 'access' | 'refresh';
  cid: string;
  fam?: string;
}

export interface TokenService {
  issue(userId: string, callerId: string): Promise<TokenPair>;
  verifyAccess(token: string, callerId: string): Promise<AccessClaims>;
  rotate(refresh: string, callerId: string): Promise<TokenPair>;
  revoke(pair: { access: string; refresh: string }): Promise<void>;
}

export function createTokenService(deps: {
  keys: SigningKeyStore;
  reader: () => ReadableDb;
  writer: () => WritableDb;
  now: () => Date;
  accessTtlSeconds?: number;
}): TokenService {
  const accessTtl = deps.accessTtlSeconds ?? ACCESS_TTL_SECONDS;
  const seconds = () => Math.floor(deps.now().getTime() / 1000);

  async function sign(claims: Claims, subject: string, ttl: number): Promise<{ token: string; exp: number }> {
    const { kid, key } = deps.keys.active();
    const iat = seconds();
    const exp = iat + ttl;
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid, typ: 'JWT' }).setSubject(subject).setJti(randomUUID()).setIssuedAt(iat).setExpirationTime(exp).sign(key);
    return { token, exp };
  }

  async function verify(token: string, typ: Claims['typ'], callerId: string): Promise<Claims & { sub: string; jti: string; exp: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(
        token,
        (header) => {
          const k = header.kid ? deps.keys.forKid(header.kid) : null;
          if (!k) throw new SessionExpiredError('unknown or retired signing key');
          return k.key;
        },
        { algorithms: ['HS256'], currentDate: deps.now(), clockTolerance: 0 },
      ));
    } catch (e) {
      if (e instanceof SessionExpiredError) throw e;
      if (e instanceof joseErrors.JOSEError) throw new SessionExpiredError(e.code);
      throw e;
    }
    const c = payload as Claims;
    if (c.typ !== typ) throw new SessionExpiredError(`expected a ${typ} token`);
    if (c.cid !== callerId) throw new SessionExpiredError('token bound to another window');
    if (!c.sub || !c.jti || !c.exp) throw new SessionExpiredError('token misses claims');
    // Refresh tokens answer to their family (rotate() tells reuse from revocation); access tokens
    // to the revocation list.
    if (typ === 'access' && isJtiRevoked(deps.reader(), c.jti)) throw new SessionExpiredError('token revoked');
    return c as Claims & { sub: string; jti: string; exp: number };
  }

  /** `refreshTtl`: a family's refresh tokens all end when the family does (an absolute session limit). */
  async function pair(userId: string, callerId: string, family: string, refreshTtl: number): Promise<TokenPair & { refreshJti: string; refreshExp: number }> {
    const access = await sign({ typ: 'access', cid: callerId }, userId, Math.min(accessTtl, refreshTtl));
    const refresh = await sign({ typ: 'refresh', cid: callerId, fam: family }, userId, refreshTtl);
    const refreshJti = (JSON.parse(Buffer.from(refresh.token.split('.')[1]!, 'base64url').toString('utf8')) as Claims).jti!;
    return { access: access.token, refresh: refresh.token, accessExpiresAt: new Date(access.exp * 1000), refreshJti, refreshExp: refresh.exp };
  }

  return {
    async issue(userId, callerId) {
      const family = randomUUID();
      const p = await pair(userId, callerId, family, REFRESH_TTL_SECONDS);
      insertFamily(deps.writer(), {
        family_id: family,
        user_id: userId,
        current_jti: p.refreshJti,
        revoked: 0,
        created_at: deps.now().toISOString(),
        expires_at: new Date(p.refreshExp * 1000).toISOString(),
      });
      return { access: p.access, refresh: p.refresh, accessExpiresAt: p.accessExpiresAt };
    },

    async verifyAccess(token, callerId) {
      const c = await verify(token, 'access', callerId);
      return { userId: c.sub, jti: c.jti, expiresAt: new Date(c.exp * 1000) };
    },

    async rotate(refresh, callerId) {
      const c = await verify(refresh, 'refresh', callerId);
      const family = c.fam ? familyById(deps.reader(), c.fam) : undefined;
      if (!family || family.revoked) throw new SessionExpiredError('refresh family revoked');
      const left = Math.floor(Date.parse(family.expires_at) / 1000) - seconds();
      if (left <= 0) throw new SessionExpiredError('session lifetime over');
      const next = await pair(c.sub, callerId, family.family_id, left);
      const db = deps.writer();
      const rotated = transaction(db, () => {
        if (rotateFamily(db, family.family_id, c.jti, next.refreshJti).changes === 1) {
          revokeJti(db, c.jti, new Date(c.exp * 1000).toISOString());
          return true;
        }
        // An old refresh token came back: someone holds a copy. End every session of the family.
        revokeFamily(db, family.family_id);
        return false;
      });
      if (!rotated) throw new SessionExpiredError('refresh token reused: family revoked');
      return { access: next.access, refresh: next.refresh, accessExpiresAt: next.accessExpiresAt };
    },

    async revoke({ access, refresh }) {
      const db = deps.writer();
      for (const token of [access, refresh]) {
        try {
          const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Claims;
          if (claims.jti && claims.exp) revokeJti(db, claims.jti, new Date(claims.exp * 1000).toISOString());
          if (claims.fam) revokeFamily(db, claims.fam);
        } catch {
          /* a malformed token revokes nothing and needs nothing */
        }
      }
      await Promise.resolve();
    },
  };
}
