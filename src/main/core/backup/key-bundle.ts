// Owns the backup's key bundle (keys.json, docs/formats/backup.md §3): the vault's derivation root
// and HKDF salt, and the database-key version the snapshot is keyed with. With these a new vault
// derives every key the store's contents were sealed with; the KEK version travels inside the store.
// The bundle only ever exists in memory and inside the sealed payload.
import { z } from 'zod';
import { BackupManifestError } from './errors';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(200);

export const KeyBundle = z.strictObject({
  format: z.literal('resched-key-bundle'),
  version: z.literal(1),
  root: b64,
  salt: b64,
  databaseKeyVersion: z.number().int().min(1).max(0xffff_ffff),
});
export type KeyBundle = z.infer<typeof KeyBundle>;

export const KEY_BUNDLE_ENTRY = 'keys.json';
export const STORE_ENTRY = 'store.db';

export function encodeKeyBundle(root: Uint8Array, salt: string, databaseKeyVersion: number): Buffer {
  const bundle: KeyBundle = { format: 'resched-key-bundle', version: 1, root: Buffer.from(root).toString('base64'), salt, databaseKeyVersion };
  return Buffer.from(JSON.stringify(KeyBundle.parse(bundle)), 'utf8');
}

/** The bundle read back from an authenticated payload; a wrong shape is a damaged manifest/payload. */
export function decodeKeyBundle(bytes: Buffer): KeyBundle & { rootBytes: Buffer } {
  let parsed: KeyBundle;
  try {
    parsed = KeyBundle.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new BackupManifestError('the key bundle (keys.json) is not in the expected shape');
  }
  const rootBytes = Buffer.from(parsed.root, 'base64');
  if (rootBytes.length !== 32) throw new BackupManifestError('the key bundle holds a root of the wrong size');
  return { ...parsed, rootBytes };
}
