// Owns the byte layout of a backup file (docs/formats/backup.md): magic, format version, the
// plaintext header and its MAC, the STREAM-sealed payload chunks, the sealed signed manifest and
// the end marker. Only layout lives here; keys are in file-key.ts, sealing in stream-cipher.ts.
import { z } from 'zod';
import { BackupHeaderError, BackupVersionError, NotABackupError } from './errors';

/** PNG-style: a non-ASCII first byte, the name, CR LF (catches text-mode copies) and ^Z. */
export const MAGIC = Buffer.from([0x89, 0x52, 0x53, 0x42, 0x4b, 0x0d, 0x0a, 0x1a]);
export const END_MAGIC = Buffer.from('RSBKEND\n', 'latin1');
export const FORMAT_VERSION = 1;
/** SHA-256(preamble ‖ header) cut to 8 bytes: tells an accidentally damaged header from a wrong secret. */
export const HEADER_CHECKSUM_BYTES = 8;
export const HEADER_MAC_BYTES = 32;
/** magic(8) ‖ version u16 ‖ header length u32 */
export const PREAMBLE_BYTES = MAGIC.length + 2 + 4;
export const MAX_HEADER_BYTES = 64 * 1024;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;
export const MAX_MANIFEST_BYTES = 1024 * 1024;

const b64 = (bytes?: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((s) => bytes === undefined || Buffer.from(s, 'base64').length === bytes, `must be ${bytes} bytes of base64`);

/** Enough for any workstation's setting (the app writes 600,000); bounds the work a hostile header can ask for. */
export const MAX_BACKUP_PBKDF2_ITERATIONS = 2_000_000;

export const BackupSlot = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('passphrase'),
    kdf: z.strictObject({ alg: z.literal('pbkdf2-sha256'), iterations: z.number().int().min(600_000).max(MAX_BACKUP_PBKDF2_ITERATIONS), salt: b64(16) }),
    wrapped: b64(),
  }),
  z.strictObject({
    kind: z.literal('recovery'),
    kdf: z.strictObject({ alg: z.literal('hkdf-sha256'), salt: b64(16) }),
    wrapped: b64(),
  }),
]);
export type BackupSlot = z.infer<typeof BackupSlot>;

export const BackupHeader = z.strictObject({
  format: z.literal('resched-backup'),
  createdAt: z.string().max(40),
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(40) }),
  schemaVersion: z.number().int().nonnegative(),
  chunkBytes: z.number().int().min(1024).max(16 * 1024 * 1024),
  noncePrefix: b64(7),
  payloadBytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  // One slot per kind and a tighter iteration cap than the vault's: before its MAC is checked, a
  // header's KDF settings are whatever the file says, and a typed secret is tried against each slot.
  slots: z
    .array(BackupSlot)
    .min(1)
    .max(2)
    .refine((slots) => new Set(slots.map((s) => s.kind)).size === slots.length, 'one slot per kind'),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Number of STREAM chunks for a payload: at least one (an empty payload is one empty final chunk). */
export const chunkCount = (payloadBytes: number, chunkBytes: number) => Math.max(1, Math.ceil(payloadBytes / chunkBytes));

/** Where each region of a file with this header lies (offsets in bytes). */
export function layoutOf(headerBytes: number, header: Pick<BackupHeader, 'payloadBytes' | 'chunkBytes'>) {
  const chunks = chunkCount(header.payloadBytes, header.chunkBytes);
  const headerEnd = PREAMBLE_BYTES + headerBytes + HEADER_CHECKSUM_BYTES + HEADER_MAC_BYTES;
  const sealedPayload = header.payloadBytes + chunks * 16;
  const chunksEnd = headerEnd + sealedPayload;
  return {
    chunks,
    headerEnd,
    chunksEnd,
    /** Offset and sealed length of chunk i. */
    chunk(i: number) {
      const start = headerEnd + i * (header.chunkBytes + 16);
      const plain = i === chunks - 1 ? header.payloadBytes - i * header.chunkBytes : header.chunkBytes;
      return { start, length: plain + 16 };
    },
  };
}

/** magic ‖ version ‖ header length ‖ header JSON: the bytes the header MAC and every AAD cover. */
export function encodePreambleAndHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  if (json.length > MAX_HEADER_BYTES) throw new RangeError('backup header too large');
  const pre = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(pre, 0);
  pre.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  pre.writeUInt32BE(json.length, MAGIC.length + 2);
  return Buffer.concat([pre, json]);
}

/** Reads magic, version and header from the first bytes of a file; checks shape, not authenticity. */
export function decodePreambleAndHeader(first: Buffer): { header: BackupHeader; headerBytes: Buffer; headerLength: number } {
  if (first.length < PREAMBLE_BYTES || !first.subarray(0, MAGIC.length).equals(MAGIC)) throw new NotABackupError();
  const version = first.readUInt16BE(MAGIC.length);
  if (version !== FORMAT_VERSION) throw new BackupVersionError(version);
  const length = first.readUInt32BE(MAGIC.length + 2);
  if (length === 0 || length > MAX_HEADER_BYTES) throw new BackupHeaderError(`length ${length} is out of range`);
  if (first.length < PREAMBLE_BYTES + length) throw new BackupHeaderError('cut short');
  const headerBytes = first.subarray(0, PREAMBLE_BYTES + length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(headerBytes.subarray(PREAMBLE_BYTES).toString('utf8'));
  } catch {
    throw new BackupHeaderError('not valid JSON');
  }
  const header = BackupHeader.safeParse(parsed);
  if (!header.success) throw new BackupHeaderError(header.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return { header: header.data, headerBytes, headerLength: length };
}
