// Owns the chain head kept in store_meta: the last entry's seq and MAC, themselves MACed, so the
// end of the log cannot be cut off and the head rewritten to match without the audit key
// (docs/formats/audit-chain.md §5).
import { constantTimeEqual } from '../../crypto';
import { AUDIT_MAC_BYTES, headMac } from './chain-bytes';

export type DecodedHead = { state: 'absent' } | { state: 'invalid' } | { state: 'ok'; seq: number; mac: Buffer };

const HEX_MAC = /^[0-9a-f]{64}$/;

export function encodeHead(key: Uint8Array, seq: number, mac: Buffer): string {
  return JSON.stringify({ seq, mac: mac.toString('hex'), headMac: headMac(key, seq, mac).toString('hex') });
}

export function decodeHead(key: Uint8Array, value: string | undefined): DecodedHead {
  if (value === undefined) return { state: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return { state: 'invalid' };
  }
  const { seq, mac, headMac: tag } = (parsed ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(seq) || (seq as number) < 1 || typeof mac !== 'string' || typeof tag !== 'string') return { state: 'invalid' };
  if (!HEX_MAC.test(mac) || !HEX_MAC.test(tag)) return { state: 'invalid' };
  const macBytes = Buffer.from(mac, 'hex');
  if (macBytes.length !== AUDIT_MAC_BYTES || !constantTimeEqual(headMac(key, seq as number, macBytes), Buffer.from(tag, 'hex'))) return { state: 'invalid' };
  return { state: 'ok', seq: seq as number, mac: macBytes };
}
