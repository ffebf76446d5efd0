// Owns the keyslot file (vault.json): its schema, the associated data that binds each wrapped
// master key to its slot, the file MAC, and reading/writing it. Format documented in
// docs/formats/keyslots.md.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { SlotKind } from '../../../../shared/contract';
import { writeFileAtomic } from '../../atomic-file';
import { constantTimeEqual, deriveKey, hmacSha256 } from '../../crypto';
import { SlotFileTamperedError } from '../errors';
import { canonicalJson } from './canonical-json';

export const SLOT_FILE_FORMAT = 'resched-keyslots';
export const SLOT_FILE_VERSION = 1;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(4096);

const Pbkdf2Kdf = z.strictObject({ alg: z.literal('pbkdf2-sha256'), iterations: z.number().int().min(600_000).max(10_000_000), salt: b64 });
const HkdfKdf = z.strictObject({ alg: z.literal('hkdf-sha256'), salt: b64 });

export const SlotRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{8,64}$/),
  kind: SlotKind,
  backend: z.string().max(64),
  createdAt: z.string().max(40),
  kdf: z.union([Pbkdf2Kdf, HkdfKdf]).optional(),
  /** safe-storage slots: the wrapping key sealed by the OS (Electron safeStorage), base64. */
  sealed: b64.optional(),
  /** The master key wrapped under this slot's key (crypto envelope), base64. */
  wrapped: b64,
});
export type SlotRecord = z.infer<typeof SlotRecord>;

export const SlotFileBody = z.strictObject({
  format: z.literal(SLOT_FILE_FORMAT),
  version: z.literal(SLOT_FILE_VERSION),
  vaultId: z.string().uuid(),
  /** HKDF salt for every key derived from the master key. */
  salt: b64,
  createdAt: z.string().max(40),
  recoveryConfirmed: z.boolean(),
  slots: z.array(SlotRecord).min(1).max(32),
  /**
   * The derivation root wrapped under MK (crypto envelope), base64; absent until the first
   * master-key rotation, when the root is MK itself (internal/derivation-root.ts).
   */
  derivationRoot: b64.optional(),
});
export type SlotFileBody = z.infer<typeof SlotFileBody>;

const SlotFile = SlotFileBody.extend({ mac: b64 });

/** The bytes a slot's wrapped key is bound to: the file identity plus the slot's own header. */
export function slotAad(body: Pick<SlotFileBody, 'format' | 'version' | 'vaultId' | 'salt'>, slot: SlotRecord): Buffer {
  const { wrapped: _wrapped, ...header } = slot;
  return Buffer.from(
    canonicalJson({ format: body.format, version: body.version, vaultId: body.vaultId, salt: body.salt, slot: header }),
    'utf8',
  );
}

function fileMac(mk: Uint8Array, body: SlotFileBody): Buffer {
  const key = deriveKey(mk, Buffer.from(body.salt, 'base64'), 'keyslotFileMac');
  try {
    return hmacSha256(key, Buffer.from(canonicalJson(body), 'utf8'));
  } finally {
    key.fill(0);
  }
}

/** Parses without the master key: structure only. Call verifySlotFileMac once a slot has opened. */
export async function readSlotFile(file: string): Promise<{ body: SlotFileBody; mac: Buffer } | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SlotFileTamperedError('keyslot file is not valid JSON', { cause });
  }
  const parsed = SlotFile.safeParse(json);
  if (!parsed.success) throw new SlotFileTamperedError(`keyslot file fails its schema at ${parsed.error.issues[0]?.path.join('.') ?? '?'}`);
  const { mac, ...body } = parsed.data;
  return { body, mac: Buffer.from(mac, 'base64') };
}

export function verifySlotFileMac(mk: Uint8Array, body: SlotFileBody, mac: Uint8Array): void {
  if (!constantTimeEqual(fileMac(mk, body), mac)) throw new SlotFileTamperedError('keyslot file MAC does not match');
}

export async function writeSlotFile(file: string, mk: Uint8Array, body: SlotFileBody, opts: { exclusive?: boolean } = {}): Promise<void> {
  const checked = SlotFileBody.parse(body);
  const content = { ...checked, mac: fileMac(mk, checked).toString('base64') };
  await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`, { exclusive: opts.exclusive ?? false, mode: 0o600 });
}
