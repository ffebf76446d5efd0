// Owns the backup manifest: what the file holds (entry names, sizes and SHA-256, payload and header
// hashes, chunk count, counts of programs/people/assignments, who made it and when), sealed under
// the file's manifest key and signed ES256 (RFC 7515 compact JWS, jose) by the site's backup-signing
// key. The JWS payload is the sealed manifest, so a flipped signature byte is told apart from a
// damaged manifest: the seal opens, the signature fails.
import { createCipheriv, createDecipheriv, type KeyObject, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, CompactSign, compactVerify, EmbeddedJWK, exportJWK, type JWK } from 'jose';
import { z } from 'zod';
import { BackupManifestError, BackupSignatureError } from './errors';

export const BackupManifest = z.strictObject({
  format: z.literal('resched-backup-manifest'),
  headerSha256: z.string().regex(/^[0-9a-f]{64}$/),
  payloadBytes: z.number().int().nonnegative(),
  chunks: z.number().int().positive(),
  entries: z.array(z.strictObject({ name: z.string().max(200), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).max(100),
  createdAt: z.string().max(40),
  createdBy: z.string().max(200),
  summary: z.strictObject({ programs: z.number().int().nonnegative(), people: z.number().int().nonnegative(), assignments: z.number().int().nonnegative() }),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Signs manifests; the private key never leaves whoever implements it (the managed-key store). */
export interface BackupSigner {
  kid: string;
  sign(payload: Uint8Array, protectedHeader: { alg: 'ES256'; kid: string; jwk: JWK }): Promise<string>;
  publicJwk(): Promise<JWK>;
}

/** A signer over an EC P-256 KeyObject pair (the managed-key store wraps one of these). */
export function keyObjectSigner(kid: string, privateKey: KeyObject, publicKey: KeyObject): BackupSigner {
  return {
    kid,
    sign: (payload, header) => new CompactSign(payload).setProtectedHeader(header).sign(privateKey),
    publicJwk: async () => {
      const { kty, crv, x, y } = await exportJWK(publicKey);
      return { kty, crv, x, y };
    },
  };
}

const sealAad = (headerSha256: Buffer) => Buffer.concat([headerSha256, Buffer.from('|manifest', 'utf8')]);

export async function signManifest(manifest: BackupManifest, key: Buffer, headerSha256: Buffer, signer: BackupSigner): Promise<string> {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(sealAad(headerSha256));
  const body = Buffer.concat([cipher.update(JSON.stringify(manifest), 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([nonce, body, cipher.getAuthTag()]);
  return await signer.sign(sealed, { alg: 'ES256', kid: signer.kid, jwk: await signer.publicJwk() });
}

export interface OpenedManifest {
  manifest: BackupManifest;
  signer: { kid: string; thumbprint: string };
}

/** Opens the sealed manifest, then checks its signature with the key the JWS names (RFC 7515 §4.1.3). */
export async function openManifest(jws: string, key: Buffer, headerSha256: Buffer): Promise<OpenedManifest> {
  const parts = jws.split('.');
  const b64url = /^[A-Za-z0-9_-]+$/;
  if (parts.length !== 3 || !b64url.test(parts[1]!)) throw new BackupManifestError('not a compact JWS');
  // Damage confined to the protected header or the signature is a signature failure.
  if (!b64url.test(parts[0]!) || !b64url.test(parts[2]!)) throw new BackupSignatureError('the signature part is malformed');
  const sealed = Buffer.from(parts[1]!, 'base64url');
  if (sealed.length < 12 + 16) throw new BackupManifestError('sealed manifest too short');
  let json: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAAD(sealAad(headerSha256));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    json = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new BackupManifestError('failed authentication (damaged or altered)');
  }
  let header: { alg?: unknown; kid?: unknown; jwk?: JWK };
  try {
    const verified = await compactVerify(jws, EmbeddedJWK, { algorithms: ['ES256'] });
    header = verified.protectedHeader;
  } catch {
    throw new BackupSignatureError();
  }
  if (typeof header.kid !== 'string' || !header.jwk || header.jwk.crv !== 'P-256') throw new BackupSignatureError('the signature header does not name a P-256 key');
  const parsed = BackupManifest.safeParse(JSON.parse(json));
  if (!parsed.success) throw new BackupManifestError('unexpected shape');
  return { manifest: parsed.data, signer: { kid: header.kid, thumbprint: await calculateJwkThumbprint(header.jwk, 'sha256') } };
}
