// The chain: appending, verifying, and every kind of tampering an attacker with the database key
// (but not the audit key) can try.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { type AuditEntryInput, createAuditTrail } from '../../../../../src/main/core/audit';
import { asReadable, asWritable, transaction } from '../../../../../src/main/core/store';
import { codeOf, PERSON, tamper, USER_A, USER_B, useAuditStores } from './helpers';

const store = useAuditStores();

const sample = (i: number): AuditEntryInput => ({
  actor: i % 3 === 0 ? 'system' : i % 2 ? USER_A : USER_B,
  action: (['auth.login', 'person.view', 'settings.change', 'auth.login.failure'] as const)[i % 4]!,
  target: i % 5 === 0 ? null : PERSON,
  outcome: i % 4 === 3 ? 'failure' : 'success',
  details: i % 2 ? { attempt: i, programId: USER_B } : null,
});

function chainOf(n: number, opts: { key?: Buffer } = {}) {
  const s = store(opts);
  for (let i = 1; i <= n; i++) s.trail.record(sample(i));
  return s;
}

const rawRow = (s: ReturnType<typeof chainOf>, seq: number) =>
  s.db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as Record<string, unknown>;
const head = (s: ReturnType<typeof chainOf>) => s.db.prepare("SELECT value FROM store_meta WHERE key = 'audit.head'").pluck().get() as string;

describe('record', () => {
  it('numbers entries 1, 2, 3 … and chains each to the one before, from 32 zero bytes', () => {
    const s = chainOf(3);
    const rows = s.db.prepare('SELECT seq, prev_mac, mac FROM audit_log ORDER BY seq').all() as { seq: number; prev_mac: Buffer; mac: Buffer }[];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prev_mac.equals(Buffer.alloc(32))).toBe(true);
    expect(rows[1]!.prev_mac.equals(rows[0]!.mac)).toBe(true);
    expect(rows[2]!.prev_mac.equals(rows[1]!.mac)).toBe(true);
  });

  it('answers the stored entry, with the time from the clock and sorted details', () => {
    const s = store();
    const e = s.trail.record({ actor: USER_A, action: 'settings.change', target: 'idleTimeoutMinutes', outcome: 'success', details: { to: 30, from: 15 } });
    expect(e).toEqual({
      seq: 1,
      at: '2026-03-01T08:01:00.000Z',
      actor: USER_A,
      action: 'settings.change',
      target: 'idleTimeoutMinutes',
      outcome: 'success',
      details: { from: 15, to: 30 },
      mac: (rawRow(s, 1).mac as Buffer).toString('hex'),
    });
    expect(rawRow(s, 1).details).toBe('{"from":15,"to":30}');
  });

  it('records the head (seq, mac) in store_meta with every append', () => {
    const s = chainOf(4);
    expect(JSON.parse(head(s))).toEqual({ seq: 4, mac: (rawRow(s, 4).mac as Buffer).toString('hex'), headMac: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('joins the caller\'s transaction: the entry rolls back with the action it records', () => {
    const s = chainOf(2);
    expect(() =>
      transaction(asWritable(s.db), () => {
        s.trail.record(sample(3));
        throw new Error('the audited action failed');
      }),
    ).toThrow('the audited action failed');
    expect(s.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2);
    expect((JSON.parse(head(s)) as { seq: number }).seq).toBe(2);
    expect(s.trail.verify()).toEqual({ valid: true, entries: 2 });
  });

  it('zeroes the key buffer it was handed after each use', () => {
    const s = store();
    const handed: Buffer[] = [];
    const key = randomBytes(32);
    const t = createTrailWith(s.db, () => {
      const b = Buffer.from(key);
      handed.push(b);
      return b;
    });
    t.record(sample(1));
    t.verify();
    expect(handed).toHaveLength(2);
    for (const b of handed) expect(b.equals(Buffer.alloc(32))).toBe(true);
  });
});

describe('verify', () => {
  it('accepts an empty log and an intact chain', () => {
    expect(store().trail.verify()).toEqual({ valid: true, entries: 0 });
    expect(chainOf(25).trail.verify()).toEqual({ valid: true, entries: 25 });
  });

  it('refuses the chain under another key at entry 1', () => {
    const s = chainOf(5);
    const other = createTrailWith(s.db, () => randomBytes(32));
    expect(other.verify()).toEqual({ valid: false, entries: 5, firstBadSeq: 1, problem: 'mac-mismatch' });
  });

  const changes: [column: string, value: (row: Record<string, unknown>) => unknown][] = [
    ['at', () => '2026-03-01T07:00:00.000Z'],
    ['actor', (r) => (r.actor === USER_A ? USER_B : USER_A)],
    ['action', () => 'auth.logout'],
    ['target', (r) => (r.target === null ? PERSON : null)],
    ['outcome', (r) => (r.outcome === 'success' ? 'denied' : 'success')],
    ['details', (r) => (r.details === null ? '{"attempt":1}' : null)],
    ['prev_mac', (r) => flip(r.prev_mac as Buffer)],
    ['mac', (r) => flip(r.mac as Buffer)],
  ];
  for (const [column, value] of changes) {
    for (const seq of [1, 6, 12]) {
      it(`detects a changed ${column} at entry ${seq} of 12`, () => {
        const s = chainOf(12);
        tamper(s.db, `UPDATE audit_log SET ${column} = ? WHERE seq = ?`, value(rawRow(s, seq)), seq);
        expect(s.trail.verify()).toEqual({ valid: false, entries: 12, firstBadSeq: seq, problem: 'mac-mismatch' });
      });
    }
  }

  it('detects two entries whose seq numbers were swapped, at the first of them', () => {
    const s = chainOf(8);
    tamper(s.db, 'UPDATE audit_log SET seq = 1000 WHERE seq = 4');
    tamper(s.db, 'UPDATE audit_log SET seq = 4 WHERE seq = 5');
    tamper(s.db, 'UPDATE audit_log SET seq = 5 WHERE seq = 1000');
    expect(s.trail.verify()).toMatchObject({ valid: false, firstBadSeq: 4, problem: 'mac-mismatch' });
  });

  it('detects a deleted middle entry as a gap at its seq', () => {
    const s = chainOf(10);
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 6');
    expect(s.trail.verify()).toEqual({ valid: false, entries: 9, firstBadSeq: 6, problem: 'gap' });
  });

  it('detects a deleted first entry as a gap at 1', () => {
    const s = chainOf(10);
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 1');
    expect(s.trail.verify()).toEqual({ valid: false, entries: 9, firstBadSeq: 1, problem: 'gap' });
  });

  it('detects a deleted middle entry even when the later ones are renumbered to close the gap', () => {
    const s = chainOf(10);
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 6');
    tamper(s.db, 'UPDATE audit_log SET seq = seq - 1 WHERE seq > 6');
    expect(s.trail.verify()).toMatchObject({ valid: false, firstBadSeq: 6 });
  });

  it('detects the last entry deleted, against the recorded head', () => {
    const s = chainOf(10);
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 10');
    expect(s.trail.verify()).toEqual({ valid: false, entries: 9, firstBadSeq: 10, problem: 'truncated' });
  });

  it('detects every entry deleted, and the table dropped', () => {
    const s = chainOf(3);
    tamper(s.db, 'DELETE FROM audit_log');
    expect(s.trail.verify()).toEqual({ valid: false, entries: 0, firstBadSeq: 1, problem: 'truncated' });
    s.db.exec('DROP TABLE audit_log');
    expect(s.trail.verify()).toEqual({ valid: false, entries: 0, firstBadSeq: 1, problem: 'truncated' });
  });

  it('detects a truncated tail whose head was rewritten to the new last entry (the head is MACed)', () => {
    const s = chainOf(10);
    const nine = rawRow(s, 9);
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 10');
    const forged = { ...JSON.parse(head(s)), seq: 9, mac: (nine.mac as Buffer).toString('hex') };
    s.db.prepare("UPDATE store_meta SET value = ? WHERE key = 'audit.head'").run(JSON.stringify(forged));
    expect(s.trail.verify()).toEqual({ valid: false, entries: 9, problem: 'head-mismatch' });
  });

  it('detects a deleted or garbled head', () => {
    const s = chainOf(4);
    const saved = head(s);
    s.db.prepare("UPDATE store_meta SET value = 'not json' WHERE key = 'audit.head'").run();
    expect(s.trail.verify()).toEqual({ valid: false, entries: 4, problem: 'head-mismatch' });
    s.db.prepare("DELETE FROM store_meta WHERE key = 'audit.head'").run();
    expect(s.trail.verify()).toEqual({ valid: false, entries: 4, problem: 'head-mismatch' });
    s.db.prepare("INSERT INTO store_meta (key, value) VALUES ('audit.head', ?)").run(saved);
    expect(s.trail.verify()).toEqual({ valid: true, entries: 4 });
  });

  it('reports an authentic entry spliced in from another copy of the log as reordered', () => {
    const key = randomBytes(32);
    const a = chainOf(6, { key });
    const b = store({ key });
    for (let i = 1; i <= 6; i++) b.trail.record({ ...sample(i), outcome: 'denied' });
    const foreign = rawRow(b, 4);
    tamper(a.db, 'DELETE FROM audit_log WHERE seq = 4');
    tamper(a.db, 'INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_mac, mac) VALUES (@seq, @at, @actor, @action, @target, @outcome, @details, @prev_mac, @mac)', foreign);
    expect(a.trail.verify()).toEqual({ valid: false, entries: 6, firstBadSeq: 4, problem: 'reordered' });
  });

  it('shows the residual risk: a whole older head replayed over a truncated tail passes', () => {
    // Documented in docs/formats/audit-chain.md §7: whoever kept an earlier copy of store_meta's head
    // can roll the tail back to it. Without the audit key nothing newer can be forged.
    const s = chainOf(9);
    const older = head(s);
    s.trail.record(sample(10));
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 10');
    s.db.prepare("UPDATE store_meta SET value = ? WHERE key = 'audit.head'").run(older);
    expect(s.trail.verify()).toEqual({ valid: true, entries: 9 });
  });
});

describe('record after tampering', () => {
  it('refuses to append past a truncated tail (that would overwrite the evidence) and changes nothing', () => {
    const s = chainOf(5);
    tamper(s.db, 'DELETE FROM audit_log WHERE seq = 5');
    const before = head(s);
    expect(codeOf(() => s.trail.record(sample(6)))).toBe('ERR_AUDIT_CHAIN_BROKEN');
    expect(head(s)).toBe(before);
    expect(s.trail.verify()).toMatchObject({ valid: false, firstBadSeq: 5, problem: 'truncated' });
  });

  it('refuses to append when the head is gone or altered', () => {
    const s = chainOf(3);
    s.db.prepare("DELETE FROM store_meta WHERE key = 'audit.head'").run();
    expect(codeOf(() => s.trail.record(sample(4)))).toBe('ERR_AUDIT_CHAIN_BROKEN');
    const empty = store();
    empty.db.prepare("INSERT INTO store_meta (key, value) VALUES ('audit.head', '{}')").run();
    expect(codeOf(() => empty.trail.record(sample(1)))).toBe('ERR_AUDIT_CHAIN_BROKEN');
  });

  it('keeps appending after a change in the middle, which verify still reports', () => {
    const s = chainOf(5);
    tamper(s.db, "UPDATE audit_log SET outcome = 'denied' WHERE seq = 2");
    expect(s.trail.record(sample(6)).seq).toBe(6);
    expect(s.trail.verify()).toEqual({ valid: false, entries: 6, firstBadSeq: 2, problem: 'mac-mismatch' });
  });
});

function flip(b: Buffer): Buffer {
  const out = Buffer.from(b);
  out[0] = out[0]! ^ 1;
  return out;
}

function createTrailWith(db: Database, key: () => Buffer) {
  return createAuditTrail({ writer: () => asWritable(db), reader: () => asReadable(db), key });
}
