// Owns exporting the public half of an asymmetric key: SPKI PEM, or a JWK (RFC 7517) carrying the
// key id as `kid` and the algorithm the key signs or encrypts with as `alg`.
import { createPublicKey } from 'node:crypto';
import { keyOperations, type ManagedKey, type PublicKeyExport } from '../../../../shared/domain';
import { signatureAlgorithm } from '../software-provider';

export function exportPublicKey(key: ManagedKey, spki: Buffer, format: 'pem' | 'jwk'): PublicKeyExport {
  const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  if (format === 'pem') return { format, pem: publicKey.export({ format: 'pem', type: 'spki' }) as string };
  const jwk = publicKey.export({ format: 'jwk' });
  const signs = keyOperations(key.type, key.purpose).includes('sign');
  const alg = signs ? signatureAlgorithm(key.type) : 'RSA-OAEP-256';
  return {
    format,
    jwk: {
      kty: jwk.kty as 'RSA' | 'EC',
      kid: key.id,
      alg,
      ...(jwk.n ? { n: jwk.n, e: jwk.e } : { crv: jwk.crv, x: jwk.x, y: jwk.y }),
    },
  };
}
