import { describe, expect, it } from 'vitest';
import { deriveKey, hkdfPurposes, hkdfSha256, hmacSha256 } from '../../../../../src/main/core/crypto';
import type { HkdfPurpose } from '../../../../../src/main/core/crypto';
import hkdfVectors from '../../../../vectors/hkdf-sha256.json';
import { hex, toHex, utf8 } from './helpers';

const vectors = hkdfVectors.vectors;

describe('hkdfSha256 (RFC 5869 Appendix A, SHA-256 cases)', () => {
  it.each(vectors)('$name: produces the published OKM', (v) => {
    expect(toHex(hkdfSha256(hex(v.ikm), hex(v.salt), hex(v.info), v.L))).toBe(v.okm);
  });

  // RFC 5869 §2.2: PRK = HMAC-Hash(salt, IKM), an absent salt being HashLen zeros, which HMAC's
  // zero-padding of the key makes equal to the empty key.
  it.each(vectors)('$name: the published PRK is HMAC-SHA256(salt, IKM)', (v) => {
    expect(toHex(hmacSha256(hex(v.salt), hex(v.ikm)))).toBe(v.prk);
  });

  it('a shorter output is a prefix of a longer one with the same inputs', () => {
    const v = vectors[1];
    if (!v) throw new Error('missing vector');
    expect(toHex(hkdfSha256(hex(v.ikm), hex(v.salt), hex(v.info), 10))).toBe(v.okm.slice(0, 20));
  });
});

describe('deriveKey', () => {
  const ikm = hex('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff');
  const salt = hex('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
  const purposes = Object.keys(hkdfPurposes) as HkdfPurpose[];

  it('returns a 32-byte key', () => {
    expect(deriveKey(ikm, salt, 'databaseKey')).toHaveLength(32);
  });

  it('gives the same key for the same ikm, salt, purpose and context', () => {
    expect(toHex(deriveKey(ikm, salt, 'programDataKey', 'prog-1|3'))).toBe(
      toHex(deriveKey(ikm, salt, 'programDataKey', 'prog-1|3')),
    );
  });

  it('gives a different key for every purpose', () => {
    const keys = purposes.map((p) => toHex(deriveKey(ikm, salt, p)));
    expect(new Set(keys).size).toBe(purposes.length);
  });

  it('gives different keys for different contexts of one purpose', () => {
    const keys = ['', 'prog-1|1', 'prog-1|2', 'prog-2|1'].map((c) => toHex(deriveKey(ikm, salt, 'programDataKey', c)));
    expect(new Set(keys).size).toBe(4);
  });

  it('gives a different key for a different salt', () => {
    expect(toHex(deriveKey(ikm, salt, 'databaseKey'))).not.toBe(toHex(deriveKey(ikm, new Uint8Array(16), 'databaseKey')));
  });

  it('gives a different key for a different ikm', () => {
    expect(toHex(deriveKey(ikm, salt, 'databaseKey'))).not.toBe(toHex(deriveKey(new Uint8Array(32), salt, 'databaseKey')));
  });

  it('every purpose label is distinct (two purposes never share a label)', () => {
    expect(new Set(Object.values(hkdfPurposes)).size).toBe(purposes.length);
  });

  // Frozen format: keys derived today must be derivable after any refactor, or stored data is lost.
  it('is HKDF-SHA256 with info = the purpose label, L = 32', () => {
    expect(toHex(deriveKey(ikm, salt, 'auditChainKey'))).toBe(
      toHex(hkdfSha256(ikm, salt, utf8(hkdfPurposes.auditChainKey), 32)),
    );
  });

  it('with a context, is HKDF-SHA256 with info = "<label>|<context>", L = 32', () => {
    expect(toHex(deriveKey(ikm, salt, 'programBlindIndexKey', 'prog-7|2'))).toBe(
      toHex(hkdfSha256(ikm, salt, utf8(`${hkdfPurposes.programBlindIndexKey}|prog-7|2`), 32)),
    );
  });
});
