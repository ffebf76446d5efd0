// Owns the derivation root: the key every derived key (database, KEKs, program keys, audit chain)
// comes from, kept apart from the master key so that a master-key rotation rewraps keyslots only
// and changes nothing derived. A vault without `derivationRoot` (every vault before the first
// rotation) uses MK itself as the root; the first rotation stores that value wrapped under the new
// MK, so derived keys stay what they were. docs/formats/keyslots.md §10a.
import { hkdfSha256, unwrapKey, wrapKey } from '../../crypto';
import { canonicalJson } from './canonical-json';
import type { SlotFileBody } from './slot-file';

/** HKDF label of the key that wraps the root; a label of its own (DESIGN.md §4: one label, one purpose). */
export const ROOT_WRAP_LABEL = 'resched/v1/derivation-root-wrap';

const wrappingKey = (mk: Uint8Array, body: Pick<SlotFileBody, 'salt'>): Buffer =>
  hkdfSha256(mk, Buffer.from(body.salt, 'base64'), Buffer.from(ROOT_WRAP_LABEL, 'utf8'), 32);

/** Binds the wrapped root to this file's identity, as slotAad binds each slot. */
const rootAad = (body: Pick<SlotFileBody, 'format' | 'version' | 'vaultId' | 'salt'>): Buffer =>
  Buffer.from(canonicalJson({ format: body.format, version: body.version, vaultId: body.vaultId, salt: body.salt, purpose: 'derivation-root' }), 'utf8');

/** The root for an unlocked MK: unwrapped from the file, or a copy of MK when the file has none. */
export function openDerivationRoot(mk: Uint8Array, body: SlotFileBody): Buffer {
  if (body.derivationRoot === undefined) return Buffer.from(mk);
  const key = wrappingKey(mk, body);
  try {
    return unwrapKey(key, Buffer.from(body.derivationRoot, 'base64'), rootAad(body));
  } finally {
    key.fill(0);
  }
}

/** `root` sealed under a (new) MK, for the file's `derivationRoot` field. */
export function sealDerivationRoot(mk: Uint8Array, body: SlotFileBody, root: Uint8Array): string {
  const key = wrappingKey(mk, body);
  try {
    return wrapKey(key, root, rootAad(body)).toString('base64');
  } finally {
    key.fill(0);
  }
}
