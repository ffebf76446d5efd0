// The bytes docs/formats/audit-chain.md specifies, checked two ways: known-answer values printed in
// the document, and an independent verifier written from the document with node:crypto only.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PERSON, USER_A, USER_B, useAuditStores } from './helpers';

const store = useAuditStores();
const KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => i));

// ── from the document ────────────────────────────────────────────────────────
const field = (s: string | null) => {
  if (s === null) return Buffer.from([0]);
  const utf8 = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(utf8.length);
  return Buffer.concat([Buffer.from([1]), len, utf8]);
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
};
interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  outcome: string;
  details: string | null;
  prev_mac: Buffer;
  mac: Buffer;
}
const entryBytes = (r: Row) =>
  Buffer.concat([Buffer.from('resched/audit-entry/v1\0', 'ascii'), u64(r.seq), field(r.at), field(r.actor), field(r.action), field(r.target), field(r.outcome), field(r.details)]);
const hmac = (key: Buffer, msg: Buffer) => createHmac('sha256', key).update(msg).digest();

function independentVerify(key: Buffer, rows: Row[], headJson: string): string {
  let prev: Buffer = Buffer.alloc(32);
  for (const [i, r] of rows.entries()) {
    if (r.seq !== i + 1) return `gap at ${i + 1}`;
    if (!r.prev_mac.equals(prev) || !timingSafeEqual(hmac(key, Buffer.concat([prev, entryBytes(r)])), r.mac)) return `bad at ${r.seq}`;
    prev = r.mac;
  }
  const head = JSON.parse(headJson) as { seq: number; mac: string; headMac: string };
  const headMac = hmac(key, Buffer.concat([Buffer.from('resched/audit-head/v1\0', 'ascii'), u64(head.seq), Buffer.from(head.mac, 'hex')]));
  if (headMac.toString('hex') !== head.headMac) return 'head forged';
  if (head.seq !== rows.length || head.mac !== prev.toString('hex')) return 'head does not match the last entry';
  return 'valid';
}
// ─────────────────────────────────────────────────────────────────────────────

describe('audit chain bytes (docs/formats/audit-chain.md)', () => {
  it('matches the known-answer values printed in the document', () => {
    const s = store({ key: KEY });
    const e1 = s.trail.record({ actor: 'system', action: 'auth.login', outcome: 'success' });
    const e2 = s.trail.record({ actor: USER_A, action: 'person.view', target: PERSON, outcome: 'denied', details: { programId: USER_B } });
    expect(e1.mac).toBe('6a2e4f478e7b823d72e6da2128ce9e32205eb823d6c7c684577147fddc8bc09a');
    expect(e2.mac).toBe('ae97e0a652cd208c0feba8ad1a04c6fb61333d2641c7aaedf1f9987b11640344');
    const head = JSON.parse(s.db.prepare("SELECT value FROM store_meta WHERE key = 'audit.head'").pluck().get() as string) as Record<string, unknown>;
    expect(head).toEqual({ seq: 2, mac: e2.mac, headMac: 'c8a87eea1630a272219919d34574e566358a0009f80467056cd2e50250d62c69' });
    const row1 = s.db.prepare('SELECT * FROM audit_log WHERE seq = 1').get() as Row;
    expect(entryBytes(row1).toString('hex')).toBe(
      '726573636865642f61756469742d656e7472792f76310000000000000000010100000018323032362d30332d30315430383a30313a30302e3030305a010000000673797374656d010000000a617574682e6c6f67696e0001000000077375636365737300',
    );
  });

  it('is verified by an independent implementation of the document, which also sees a tampered entry', () => {
    const s = store({ key: KEY });
    for (let i = 0; i < 20; i++) {
      s.trail.record({ actor: i % 2 ? USER_A : 'cli', action: 'backup.export', target: i % 3 ? `backup-${i}` : null, outcome: 'success', details: { chunks: i, ok: true, parent: null } });
    }
    const rows = () => s.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
    const head = () => s.db.prepare("SELECT value FROM store_meta WHERE key = 'audit.head'").pluck().get() as string;
    expect(independentVerify(KEY, rows(), head())).toBe('valid');
    s.db.exec('DROP TRIGGER audit_log_no_update');
    s.db.prepare("UPDATE audit_log SET target = 'backup-99' WHERE seq = 8").run();
    expect(independentVerify(KEY, rows(), head())).toBe('bad at 8');
  });
});
