// Exported public keys (SPKI PEM and JWK) verify, in jose, a JWS whose signature the managed key made.
import { compactVerify, importJWK, importSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import type { KeyType } from '../../../../../src/shared/domain';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, keysFixture } from './helpers';

const tempDir = useTempDirs();
const b64u = (b: Uint8Array | string) => Buffer.from(b).toString('base64url');

/** A compact JWS over `payload`, its signature made by the managed key through the service. */
async function jwsSignedBy(f: ReturnType<typeof keysFixture>, id: string, payload: string) {
  const alg = (await f.keys.sign(id, ADMIN, Buffer.alloc(0))).alg;
  const input = `${b64u(JSON.stringify({ alg, kid: id }))}.${b64u(payload)}`;
  const { signature } = await f.keys.sign(id, ADMIN, Buffer.from(input));
  return { alg, jws: `${input}.${b64u(signature)}` };
}

describe('public key export', () => {
  it.each(['rsa-2048', 'rsa-4096', 'ec-p256', 'ec-p384'] as KeyType[])('%s: the PEM and the JWK both verify a signature made by the key', async (type) => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ name: `sig-${type}`, type, purpose: 'signing' }, 'admin');
    const { alg, jws } = await jwsSignedBy(f, k.id, '{"manifest":"2026-03-01"}');
    const pem = await f.keys.exportPublic(k.id, ADMIN, 'pem');
    const jwk = await f.keys.exportPublic(k.id, ADMIN, 'jwk');
    if (pem.format !== 'pem' || jwk.format !== 'jwk') throw new Error('wrong export format');
    expect(pem.pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(jwk.jwk).toMatchObject({ kid: k.id, alg });
    expect(jwk.jwk).not.toHaveProperty('d');
    const viaPem = await compactVerify(jws, await importSPKI(pem.pem, alg));
    const viaJwk = await compactVerify(jws, await importJWK(jwk.jwk, alg));
    expect(new TextDecoder().decode(viaPem.payload)).toBe('{"manifest":"2026-03-01"}');
    expect(viaJwk.protectedHeader).toEqual({ alg, kid: k.id });
  }, 30_000);

  it('a signature altered by one bit does not verify with the exported key', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ name: 'sig', type: 'ec-p256', purpose: 'signing' }, 'admin');
    const { alg, jws } = await jwsSignedBy(f, k.id, 'payload');
    const sig = Buffer.from(jws.split('.')[2]!, 'base64url');
    sig[0]! ^= 1;
    const tampered = `${jws.split('.').slice(0, 2).join('.')}.${b64u(sig)}`;
    const pem = await f.keys.exportPublic(k.id, ADMIN, 'pem');
    await expect(compactVerify(tampered, await importSPKI(pem.format === 'pem' ? pem.pem : '', alg))).rejects.toThrow();
  });

  it('an AES key has no public half to export, and the refusal is logged', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ name: 'secret', type: 'aes-256', purpose: 'encryption' }, 'admin');
    await expect(f.keys.exportPublic(k.id, ADMIN, 'pem')).rejects.toMatchObject({ code: 'ERR_KEYS_UNSUPPORTED_OPERATION' });
    expect(f.keys.usage(k.id, 1)[0]).toMatchObject({ operation: 'export', outcome: 'failure', errorCode: 'ERR_KEYS_UNSUPPORTED_OPERATION' });
  });

  it('an RSA encryption key exports as RSA-OAEP-256', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ name: 'enc', type: 'rsa-2048', purpose: 'encryption' }, 'admin');
    expect(await f.keys.exportPublic(k.id, ADMIN, 'jwk')).toMatchObject({ jwk: { kty: 'RSA', alg: 'RSA-OAEP-256', e: 'AQAB' } });
  }, 30_000);
});
