// Owns walking the chain: one pass in seq order, constant memory, stopping the checks at the first
// problem but still counting the rows (docs/formats/audit-chain.md §6).
import type { AuditVerifyResult } from '../../../../shared/domain';
import { constantTimeEqual } from '../../crypto';
import type { AuditRow } from '../../store';
import { AUDIT_MAC_BYTES, entryMac, GENESIS_PREV_MAC } from './chain-bytes';
import type { DecodedHead } from './head';

const isMac = (v: unknown): v is Buffer => Buffer.isBuffer(v) && v.length === AUDIT_MAC_BYTES;
const equal = (a: Buffer, b: Buffer) => constantTimeEqual(a, b);

// A row an attacker rebuilt the table to hold (text in a number column, …) cannot be MACed: it is altered.
function macOf(key: Uint8Array, prev: Buffer, row: AuditRow): Buffer | null {
  try {
    return entryMac(key, prev, row);
  } catch {
    return null;
  }
}

function checkRow(key: Uint8Array, prev: Buffer, row: AuditRow): 'ok' | 'mac-mismatch' | 'reordered' {
  if (!isMac(row.mac) || !isMac(row.prev_mac)) return 'mac-mismatch';
  const computed = macOf(key, prev, row);
  if (computed && equal(computed, row.mac) && equal(row.prev_mac, prev)) return 'ok';
  // Authentic over its own prev_mac, but that is not its predecessor's MAC: moved or spliced in.
  if (!equal(row.prev_mac, prev)) {
    const own = macOf(key, row.prev_mac, row);
    if (own && equal(own, row.mac)) return 'reordered';
  }
  return 'mac-mismatch';
}

export function verifyChain(key: Uint8Array, rows: Iterable<AuditRow>, head: DecodedHead): AuditVerifyResult {
  let entries = 0;
  let expected = 1;
  let prev = GENESIS_PREV_MAC;
  let macAtHead: Buffer | undefined;
  let bad: { seq: number; problem: 'gap' | 'mac-mismatch' | 'reordered' } | undefined;
  for (const row of rows) {
    entries += 1;
    if (bad) continue;
    if (row.seq !== expected) {
      bad = { seq: expected, problem: 'gap' };
      continue;
    }
    const verdict = checkRow(key, prev, row);
    if (verdict !== 'ok') {
      bad = { seq: row.seq, problem: verdict };
      continue;
    }
    prev = row.mac;
    if (head.state === 'ok' && row.seq === head.seq) macAtHead = row.mac;
    expected += 1;
  }
  if (bad) return { valid: false, entries, firstBadSeq: bad.seq, problem: bad.problem };

  const lastSeq = expected - 1;
  if (head.state === 'absent') return entries === 0 ? { valid: true, entries } : { valid: false, entries, problem: 'head-mismatch' };
  if (head.state === 'invalid') return { valid: false, entries, problem: 'head-mismatch' };
  if (head.seq > lastSeq) return { valid: false, entries, firstBadSeq: lastSeq + 1, problem: 'truncated' };
  if (!macAtHead || !equal(macAtHead, head.mac)) return { valid: false, entries, firstBadSeq: head.seq, problem: 'head-mismatch' };
  if (head.seq < lastSeq) return { valid: false, entries, firstBadSeq: head.seq + 1, problem: 'head-mismatch' };
  return { valid: true, entries };
}
