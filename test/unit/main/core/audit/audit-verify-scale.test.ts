// 10,000 entries verify in well under a few seconds, streaming (the time is printed, not asserted tightly).
import { describe, expect, it } from 'vitest';
import { asWritable, transaction } from '../../../../../src/main/core/store';
import { PERSON, USER_A, useAuditStores } from './helpers';

const store = useAuditStores();
const N = 10_000;

describe('verify at scale', () => {
  it(`verifies ${N.toLocaleString('en')} entries and finds one altered near the end`, () => {
    const s = store();
    const t0 = performance.now();
    transaction(asWritable(s.db), () => {
      for (let i = 0; i < N; i++) s.trail.record({ actor: USER_A, action: 'person.view', target: PERSON, outcome: 'success', details: { i } });
    });
    const t1 = performance.now();
    expect(s.trail.verify()).toEqual({ valid: true, entries: N });
    const t2 = performance.now();
    s.db.exec('DROP TRIGGER audit_log_no_update');
    s.db.prepare("UPDATE audit_log SET outcome = 'denied' WHERE seq = ?").run(N - 7);
    expect(s.trail.verify()).toEqual({ valid: false, entries: N, firstBadSeq: N - 7, problem: 'mac-mismatch' });
    console.log(`audit: recorded ${N} entries in ${(t1 - t0).toFixed(0)} ms; verified them in ${(t2 - t1).toFixed(0)} ms`);
    expect(t2 - t1).toBeLessThan(10_000);
  }, 60_000);
});
