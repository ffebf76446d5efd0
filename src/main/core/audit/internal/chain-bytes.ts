// Owns the exact bytes the audit chain MACs (docs/formats/audit-chain.md §3–4). Change nothing here
// without a new tag version: every stored MAC depends on these bytes.
import { CryptoInputError, hmacSha256 } from '../../crypto';

export const AUDIT_KEY_BYTES = 32;
export const AUDIT_MAC_BYTES = 32;
/** The prev_mac of entry 1. */
export const GENESIS_PREV_MAC: Buffer = Buffer.alloc(AUDIT_MAC_BYTES);

const ENTRY_TAG = Buffer.from('resched/audit-entry/v1\0', 'ascii');
const HEAD_TAG = Buffer.from('resched/audit-head/v1\0', 'ascii');

/** The MACed columns of one entry, as stored. */
export interface ChainFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  outcome: string;
  details: string | null;
}

function u64(n: number): Buffer {
  if (!Number.isSafeInteger(n) || n < 0) throw new CryptoInputError(`audit seq: expected a safe non-negative integer, got ${n}`);
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

// NULL is 0x00; text is 0x01, its UTF-8 length as uint32 big-endian, then the UTF-8 bytes.
const fieldLength = (s: string | null): number => (s === null ? 1 : 5 + Buffer.byteLength(s, 'utf8'));

function writeField(buf: Buffer, at: number, s: string | null): number {
  if (s === null) {
    buf[at] = 0;
    return at + 1;
  }
  buf[at] = 1;
  const n = buf.write(s, at + 5, 'utf8');
  buf.writeUInt32BE(n, at + 1);
  return at + 5 + n;
}

// `prefix` (the previous MAC, or nothing) followed by the entry bytes, in one allocation: verify
// walks every row, so this is the hot path.
function encode(prefix: Uint8Array | null, e: ChainFields): Buffer {
  const texts = [e.at, e.actor, e.action, e.target, e.outcome, e.details];
  for (const t of texts) if (t !== null && typeof t !== 'string') throw new CryptoInputError('audit entry: text fields must be strings or null');
  const start = prefix?.length ?? 0;
  const buf = Buffer.allocUnsafe(start + ENTRY_TAG.length + 8 + texts.reduce((n, t) => n + fieldLength(t), 0));
  if (prefix) buf.set(prefix, 0);
  let at = start + ENTRY_TAG.copy(buf, start);
  buf.set(u64(e.seq), at);
  at += 8;
  for (const t of texts) at = writeField(buf, at, t);
  return buf;
}

/** "resched/audit-entry/v1\0" || u64be(seq) || field(at) || field(actor) || field(action) || field(target) || field(outcome) || field(details). */
export const entryBytes = (e: ChainFields): Buffer => encode(null, e);

export function assertAuditKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== AUDIT_KEY_BYTES) throw new CryptoInputError(`audit key: expected ${AUDIT_KEY_BYTES} bytes`);
}

/** mac = HMAC-SHA256(key, prev_mac || entryBytes(entry)). */
export function entryMac(key: Uint8Array, prevMac: Uint8Array, e: ChainFields): Buffer {
  if (prevMac.length !== AUDIT_MAC_BYTES) throw new CryptoInputError(`audit prev_mac: expected ${AUDIT_MAC_BYTES} bytes`);
  return hmacSha256(key, encode(prevMac, e));
}

/** headMac = HMAC-SHA256(key, "resched/audit-head/v1\0" || u64be(seq) || mac): 62 bytes, never an entry's input (always longer). */
export function headMac(key: Uint8Array, seq: number, mac: Uint8Array): Buffer {
  if (mac.length !== AUDIT_MAC_BYTES) throw new CryptoInputError(`audit head mac: expected ${AUDIT_MAC_BYTES} bytes`);
  return hmacSha256(key, Buffer.concat([HEAD_TAG, u64(seq), mac]));
}
