// Owns the software key provider: material made by node:crypto (RSA and EC pairs with the async
// generateKeyPair, so a 4096-bit key never blocks the event loop), kept as PKCS#8 DER (or 32 raw
// bytes for AES) sealed in the store's AEAD envelope under the KEK. The associated data binds the
// sealed blob to its key id, version and KEK version: a blob copied onto another key or version,
// or presented as wrapped by another KEK, fails to open.
import {
  constants,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign as signAsync,
  verify as verifyAsync,
} from 'node:crypto';
import { promisify } from 'node:util';
import type { KeyType } from '../../../shared/domain';
import { constantTimeEqual, CryptoInputError, DecryptionFailedError, open, seal, zeroize } from '../crypto';
import type { GeneratedKey, Kek, KeyProvider, SignatureAlgorithm, StoredKey } from './provider';

export const SOFTWARE_PROVIDER = 'software';

const signWith = promisify(signAsync);
const verifyWith = promisify(verifyAsync);

/** The associated data of one key's sealed material (docs: managed keys, DESIGN.md §4). */
export const materialAad = (id: string, version: number, kekVersion: number): Buffer =>
  Buffer.from(`resched/managed-key|${id}|${version}|${kekVersion}`, 'utf8');

/** Generates on libuv's pool, off the event loop (an RSA-4096 pair takes up to seconds here). */
function generatePair(type: Exclude<KeyType, 'aes-256'>): Promise<{ publicKey: KeyObject; privateKey: KeyObject }> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, publicKey: KeyObject, privateKey: KeyObject) => (err ? reject(err) : resolve({ publicKey, privateKey }));
    if (type === 'rsa-2048' || type === 'rsa-4096') generateKeyPair('rsa', { modulusLength: type === 'rsa-4096' ? 4096 : 2048, publicExponent: 0x10001 }, done);
    else generateKeyPair('ec', { namedCurve: type === 'ec-p384' ? 'P-384' : 'P-256' }, done);
  });
}

/** Runs quick synchronous work so that a throw becomes a rejection, as the async interface promises. */
const settled = <T>(fn: () => T): Promise<T> => new Promise((resolve) => resolve(fn()));

export const signatureAlgorithm = (type: KeyType): SignatureAlgorithm =>
  type === 'aes-256' ? 'HS256' : type === 'ec-p256' ? 'ES256' : type === 'ec-p384' ? 'ES384' : 'RS256';

function seals(key: { id: string; version: number }, kek: Kek, plain: Buffer): Buffer {
  try {
    return seal(kek.key, kek.version, plain, materialAad(key.id, key.version, kek.version));
  } finally {
    zeroize(plain);
  }
}

/** Opens the material; the caller zeroes it after use. */
function unseal(key: StoredKey, kek: Kek): Buffer {
  return open(kek.key, key.material, materialAad(key.id, key.version, kek.version));
}

function withSecret<T>(key: StoredKey, kek: Kek, use: (secret: Buffer) => T): T {
  const secret = unseal(key, kek);
  try {
    return use(secret);
  } finally {
    zeroize(secret);
  }
}

function privateKeyOf(key: StoredKey, kek: Kek): KeyObject {
  return withSecret(key, kek, (der) => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
}

function publicKeyOf(key: StoredKey): KeyObject {
  if (!key.publicKey) throw new CryptoInputError('managed key: no public key');
  return createPublicKey({ key: key.publicKey, format: 'der', type: 'spki' });
}

// JWS signature shapes (RFC 7518 §3.3 RS256, §3.4 ES256/ES384: raw r||s, not DER).
const signingParams = (type: KeyType) =>
  type.startsWith('rsa-')
    ? { hash: 'sha256', options: { padding: constants.RSA_PKCS1_PADDING } }
    : { hash: type === 'ec-p384' ? 'sha384' : 'sha256', options: { dsaEncoding: 'ieee-p1363' as const } };

const oaep = (aad: Uint8Array) => ({ padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: aad });

export function createSoftwareProvider(): KeyProvider {
  return {
    name: SOFTWARE_PROVIDER,

    async generate(key, kek): Promise<GeneratedKey> {
      if (key.type === 'aes-256') return { material: seals(key, kek, randomBytes(32)), publicKey: null };
      const pair = await generatePair(key.type);
      const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
      return { material: seals(key, kek, pkcs8), publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }) };
    },

    encrypt: (key, kek, plaintext, aad) =>
      settled(() => {
        if (key.type === 'aes-256') return withSecret(key, kek, (secret) => seal(secret, key.version, plaintext, aad));
        if (!key.type.startsWith('rsa-')) throw new CryptoInputError('managed key: EC keys do not encrypt');
        try {
          return publicEncrypt({ key: publicKeyOf(key), ...oaep(aad) }, plaintext);
        } catch {
          // OAEP bounds the message: 190 bytes for RSA-2048, 446 for RSA-4096 (RFC 8017 §7.1.1).
          throw new CryptoInputError(`managed key: plaintext too long for RSA-OAEP (${plaintext.length} bytes)`);
        }
      }),

    decrypt: (key, kek, ciphertext, aad) =>
      settled(() => {
        if (key.type === 'aes-256') return withSecret(key, kek, (secret) => open(secret, ciphertext, aad));
        if (!key.type.startsWith('rsa-')) throw new CryptoInputError('managed key: EC keys do not decrypt');
        try {
          return privateDecrypt({ key: privateKeyOf(key, kek), ...oaep(aad) }, ciphertext);
        } catch (cause) {
          throw new DecryptionFailedError({ cause });
        }
      }),

    async sign(key, kek, data) {
      const alg = signatureAlgorithm(key.type);
      if (key.type === 'aes-256') return { alg, signature: withSecret(key, kek, (secret) => createHmac('sha256', secret).update(data).digest()) };
      const { hash, options } = signingParams(key.type);
      // The callback form runs on libuv's pool: an RSA-4096 signature costs several milliseconds.
      return { alg, signature: await signWith(hash, data, { key: privateKeyOf(key, kek), ...options }) };
    },

    async verify(key, kek, data, signature) {
      if (key.type === 'aes-256') {
        return withSecret(key, kek, (secret) => constantTimeEqual(createHmac('sha256', secret).update(data).digest(), signature));
      }
      const { hash, options } = signingParams(key.type);
      return verifyWith(hash, data, { key: publicKeyOf(key), ...options }, signature);
    },

    rewrap(key, from, to) {
      return seals(key, to, unseal(key, from));
    },

    async destroy() {
      // Nothing outside the row: the caller clears the stored material in the same transaction.
    },
  };
}
