// Absence reasons are personal data: sealed per row under the program key, absent from the files
// on disk and from the decrypted rows, readable only through schedule.absences.reason (audited).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSchedulingCore } from './scheduling-fixture';

const s = useSchedulingCore();
const REASON = 'Cardiology follow-up for arrhythmia-zebra-4471';

describe('absence reasons', () => {
  it('are nowhere in the store in clear, and come back through schedule.absences.reason', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    const saved = await s.admin<{ absence: { id: string; hasReason: boolean; blocking: boolean } }>('schedule.absences.save', {
      programId,
      yearId,
      absence: { personId: residents[0], startDate: '2026-07-13', endDate: '2026-07-15', type: 'sick', status: 'approved', reason: REASON },
    });
    expect(saved.absence).toMatchObject({ hasReason: true, blocking: true });
    const core = s.ctx().core;

    // Inside the decrypted database: only an envelope.
    const rows = core.workstation.db().prepare('SELECT * FROM absences').all();
    expect(JSON.stringify(rows, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('latin1') : v))).not.toContain('arrhythmia-zebra');
    expect(JSON.stringify(core.workstation.db().prepare('SELECT * FROM schedule_changes').all())).not.toContain('arrhythmia');

    // On disk: database, -wal and -shm.
    core.workstation.db().pragma('wal_checkpoint(PASSIVE)');
    for (const suffix of ['', '-wal', '-shm']) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path.join(core.workstation.dataDir, `store.db${suffix}`));
      } catch {
        continue;
      }
      expect(bytes.includes(Buffer.from('arrhythmia-zebra')), `reason in store.db${suffix}`).toBe(false);
    }

    const listed = await s.admin<Record<string, unknown>[]>('schedule.absences.list', { programId, yearId });
    expect(JSON.stringify(listed)).not.toContain('arrhythmia');
    expect(await s.admin('schedule.absences.reason', { programId, yearId, absenceId: saved.absence.id })).toEqual({ reason: REASON });
    const audit = await s.admin<{ entries: { action: string; target: string }[] }>('audit.list', { action: 'absence.view-reason' });
    expect(audit.entries[0]).toMatchObject({ action: 'absence.view-reason', target: saved.absence.id });
  });

  it('keeps the reason when an edit does not send one, and removes it on an empty one', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    const absence = { personId: residents[0], startDate: '2026-07-13', endDate: '2026-07-15', type: 'vacation', status: 'requested' };
    const { absence: created } = await s.admin<{ absence: { id: string } }>('schedule.absences.save', { programId, yearId, absence: { ...absence, reason: REASON } });
    await s.admin('schedule.absences.save', { programId, yearId, absenceId: created.id, absence: { ...absence, status: 'approved' } });
    expect(await s.admin('schedule.absences.reason', { programId, yearId, absenceId: created.id })).toEqual({ reason: REASON });
    await s.admin('schedule.absences.save', { programId, yearId, absenceId: created.id, absence: { ...absence, reason: '' } });
    expect(await s.admin('schedule.absences.reason', { programId, yearId, absenceId: created.id })).toEqual({ reason: null });
  });

  it('refuses a reason envelope copied to another absence', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    const absence = { personId: residents[0], startDate: '2026-07-13', endDate: '2026-07-15', type: 'sick', status: 'approved' };
    const a = await s.admin<{ absence: { id: string } }>('schedule.absences.save', { programId, yearId, absence: { ...absence, reason: REASON } });
    const b = await s.admin<{ absence: { id: string } }>('schedule.absences.save', { programId, yearId, absence: { ...absence, startDate: '2026-08-03', endDate: '2026-08-04', reason: 'other' } });
    const db = s.ctx().core.workstation.db();
    db.prepare('UPDATE absences SET reason_enc = (SELECT reason_enc FROM absences WHERE id = ?) WHERE id = ?').run(a.absence.id, b.absence.id);
    expect(await s.codeOf('admin-window', 'schedule.absences.reason', { programId, yearId, absenceId: b.absence.id })).toBe('ERR_CRYPTO_DECRYPT_FAILED');
  });

  it('answers the absence-conflict finding for a call during an approved blocking absence', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    await s.admin('schedule.absences.save', {
      programId,
      yearId,
      absence: { personId: residents[0], startDate: '2026-07-13', endDate: '2026-07-15', type: 'vacation', status: 'approved' },
    });
    const result = await s.admin<{ delta: { added: { ruleId: string; personId?: string }[] } }>('schedule.calls.set', {
      programId,
      yearId,
      date: '2026-07-14',
      kind: 'in-house',
      personId: residents[0],
    });
    expect(result.delta.added.find((f) => f.ruleId === 'program.absence-conflict')).toMatchObject({ personId: residents[0] });
  });
});
