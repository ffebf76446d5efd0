// schedule.extraDuty.set: moonlighting and clinical work from home count in the ACGME 80-hour week.
// Adding them can push a resident over the limit, removing them clears the finding, the draft
// document carries them, the version diff names them, and the locked published past refuses them.
import { describe, expect, it } from 'vitest';
import type { DraftView, EditResult, FindingsView, ScheduleChange } from '../../../../../src/shared/domain';
import { ADMIN } from '../../../../support/unlocked-core';
import { useSchedulingCore } from './scheduling-fixture';

// Block 1 runs 1–28 July 2026; its weekends are free on the 60 h/week clinic.
const WEEKENDS = ['2026-07-04', '2026-07-05', '2026-07-11', '2026-07-12', '2026-07-18', '2026-07-19', '2026-07-25', '2026-07-26'];

describe('schedule.extraDuty.set', { timeout: 60_000 }, () => {
  const s = useSchedulingCore();

  const weeklyHoursOf = (findings: FindingsView['findings'], personId: string) => findings.filter((f) => f.ruleId === 'acgme.weekly-hours' && f.personId === personId);

  it('moonlighting pushes a resident over 80 h a week, and removing it clears the finding', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear();
    const resident = residents[0]!;
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: resident, block: 1, rotationId }] });
    expect(weeklyHoursOf((await s.admin<FindingsView>('schedule.findings.get', { programId, yearId })).findings, resident)).toEqual([]);

    // 20 clinic days (240 h) and 8 × 12 h moonlighting in 28 days: 84 h a week on average.
    let last: EditResult | undefined;
    for (const date of WEEKENDS) {
      last = await s.admin<EditResult>('schedule.extraDuty.set', { programId, yearId, personId: resident, date, kind: 'moonlighting', duty: { startTime: '08:00', hours: 12 } });
    }
    const over = weeklyHoursOf((await s.admin<FindingsView>('schedule.findings.get', { programId, yearId })).findings, resident);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ severity: 'error', limit: 80, measured: 84 });
    expect(last!.summary.errors).toBeGreaterThan(0);
    const draft = await s.admin<DraftView>('schedule.draft.get', { programId, yearId });
    expect(draft.document.extraDuty).toHaveLength(WEEKENDS.length);
    expect(draft.document.extraDuty[0]).toEqual({ personId: resident, date: '2026-07-04', startTime: '08:00', hours: 12, kind: 'moonlighting' });

    for (const date of WEEKENDS) {
      await s.admin('schedule.extraDuty.set', { programId, yearId, personId: resident, date, kind: 'moonlighting', duty: null });
    }
    expect(weeklyHoursOf((await s.admin<FindingsView>('schedule.findings.get', { programId, yearId })).findings, resident)).toEqual([]);
    expect((await s.admin<DraftView>('schedule.draft.get', { programId, yearId })).document.extraDuty).toEqual([]);
  });

  it('keeps one entry per person, day and kind: saving again replaces it, the other kind stays apart', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    const at = { programId, yearId, personId: residents[0], date: '2026-07-04' };
    await s.admin('schedule.extraDuty.set', { ...at, kind: 'moonlighting', duty: { startTime: '08:00', hours: 12 } });
    await s.admin('schedule.extraDuty.set', { ...at, kind: 'moonlighting', duty: { startTime: '09:00', hours: 6 } });
    await s.admin('schedule.extraDuty.set', { ...at, kind: 'home-clinical', duty: { startTime: '20:00', hours: 2 } });
    const draft = await s.admin<DraftView>('schedule.draft.get', { programId, yearId });
    expect(draft.document.extraDuty.map((e) => [e.kind, e.startTime, e.hours]).sort()).toEqual([
      ['home-clinical', '20:00', 2],
      ['moonlighting', '09:00', 6],
    ]);
  });

  it('names extra duty in the diff against the published version', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    await s.admin('schedule.publish', { programId, yearId, note: 'empty' });
    await s.admin('schedule.extraDuty.set', { programId, yearId, personId: residents[0], date: '2026-07-04', kind: 'home-clinical', duty: { startTime: '20:00', hours: 2 } });
    const { changes } = await s.admin<{ changes: ScheduleChange[] }>('schedule.versions.diff', { programId, yearId, from: 1, to: 'draft' });
    expect(changes).toEqual([expect.objectContaining({ kind: 'extra-duty', personId: residents[0], date: '2026-07-04', before: null, after: 'from 20:00 2 h' })]);
  });

  it('refuses a date outside the year and a malformed start time', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    const duty = { startTime: '08:00', hours: 4 };
    expect(await s.codeOf('admin-window', 'schedule.extraDuty.set', { programId, yearId, personId: residents[0], date: '2027-07-04', kind: 'moonlighting', duty })).toBe(
      'ERR_SCHEDULE_NOT_FOUND',
    );
    expect(await s.codeOf('admin-window', 'schedule.extraDuty.set', { programId, yearId, personId: residents[0], date: '2026-07-04', kind: 'moonlighting', duty: { startTime: '8am', hours: 4 } })).toBe(
      'ERR_IPC_BAD_INPUT',
    );
  });

  // Signs in again: bcrypt at cost 12 takes its time.
  it('refuses extra duty on published dates in the past, and accepts it ahead', async () => {
    const { programId, yearId, residents } = await s.programWithYear();
    const person = residents[0];
    await s.admin('schedule.extraDuty.set', { programId, yearId, personId: person, date: '2026-07-04', kind: 'moonlighting', duty: { startTime: '08:00', hours: 12 } });
    await s.admin('schedule.publish', { programId, yearId, note: 'first' });
    s.clock.now = new Date('2026-08-15T09:00:00');
    try {
      await s.ok('late-window', 'auth.login', { username: ADMIN.username, password: ADMIN.password });
      const set = (date: string, duty: { startTime: string; hours: number } | null) =>
        s.codeOf('late-window', 'schedule.extraDuty.set', { programId, yearId, personId: person, date, kind: 'moonlighting', duty });
      expect(await set('2026-07-04', null)).toBe('ERR_SCHEDULE_LOCKED');
      expect(await set('2026-07-11', { startTime: '08:00', hours: 12 })).toBe('ERR_SCHEDULE_LOCKED');
      expect(await set('2026-08-22', { startTime: '08:00', hours: 12 })).toBe('ok');
      const draft = await s.ok<DraftView>('late-window', 'schedule.draft.get', { programId, yearId });
      expect(draft.document.extraDuty.map((e) => e.date)).toEqual(['2026-07-04', '2026-08-22']);
    } finally {
      s.clock.now = new Date('2026-06-01T12:00:00');
    }
  });
});
