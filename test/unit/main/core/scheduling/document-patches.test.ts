// Grid edits patch the warm document instead of rebuilding it, and answer only how the findings
// changed. Applied in order to the draft's findings, those deltas must give exactly the findings a
// full re-validation rebuilt from the tables gives, after any mix of assignment, override, call and
// extra-duty edits.
import { describe, expect, it } from 'vitest';
import { applyFindingsDelta, type DraftView, type EditResult, type Finding, type FindingsView } from '../../../../../src/shared/domain';
import { useSchedulingCore } from './scheduling-fixture';

const byKey = (fs: readonly Finding[]) => [...fs].map((f) => ({ ...f, cells: [...f.cells].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) })).sort((a, b) => a.key.localeCompare(b.key));

describe('patched grid edits', { timeout: 60_000 }, () => {
  const s = useSchedulingCore();

  it('answer deltas that, applied in order, give the findings of a full re-validation', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ residents: 3, capacity: { min: 2, max: 2 } });
    const view = await s.admin<DraftView>('schedule.draft.get', { programId, yearId });
    let findings = view.findings;
    let revision = view.revision;
    const edits: [string, object][] = [
      ['schedule.assignments.set', { changes: residents.map((personId) => ({ personId, block: 1, rotationId })) }],
      ['schedule.assignments.set', { changes: [{ personId: residents[0], block: 2, rotationId }] }],
      ['schedule.calls.set', { date: '2026-07-06', kind: 'in-house', personId: residents[1] }],
      ['schedule.calls.set', { date: '2026-07-07', kind: 'in-house', personId: residents[1] }],
      ['schedule.overrides.set', { personId: residents[1], date: '2026-07-07', slot: 'NIGHT', override: { activity: 'work', rotationId, hours: 12, reason: 'cover' } }],
      ['schedule.overrides.set', { personId: residents[2], date: '2026-07-08', slot: 'AM', override: { activity: 'off', reason: 'clinic closed' } }],
      ['schedule.calls.set', { date: '2026-07-06', kind: 'in-house', personId: residents[2] }],
      ['schedule.extraDuty.set', { personId: residents[0], date: '2026-07-11', kind: 'moonlighting', duty: { startTime: '07:00', hours: 24 } }],
      ['schedule.extraDuty.set', { personId: residents[1], date: '2026-07-08', kind: 'home-clinical', duty: { startTime: '20:00', hours: 3 } }],
      ['schedule.extraDuty.set', { personId: residents[0], date: '2026-07-11', kind: 'moonlighting', duty: { startTime: '08:00', hours: 10 } }],
      ['schedule.assignments.set', { changes: [{ personId: residents[0], block: 1, rotationId: null }] }],
      ['schedule.overrides.set', { personId: residents[1], date: '2026-07-07', slot: 'NIGHT', override: null }],
      ['schedule.extraDuty.set', { personId: residents[1], date: '2026-07-08', kind: 'home-clinical', duty: null }],
    ];
    for (const [channel, input] of edits) {
      const answer = await s.admin<EditResult>(channel, { programId, yearId, ...input });
      expect(answer.delta.baseRevision, 'each delta builds on the previous answer').toBe(revision);
      findings = applyFindingsDelta(findings, answer.delta);
      revision = answer.delta.revision;
      const full = await s.admin<{ findings: Finding[] }>('schedule.validate', { programId, yearId });
      expect(byKey(findings), `after ${channel} ${JSON.stringify(input)}`).toEqual(byKey(full.findings));
      expect(answer.summary.errors + answer.summary.warnings).toBe(full.findings.length);
    }
    // The edits were not trivially empty: the under-filled block and the call pattern show up.
    expect(findings.some((f) => f.ruleId === 'program.coverage')).toBe(true);
    // A window that fell behind reads the same list back, at the current revision.
    const current = await s.admin<FindingsView>('schedule.findings.get', { programId, yearId });
    expect(current.revision).toBe(revision);
    expect(byKey(current.findings)).toEqual(byKey(findings));
  });

  it('answer small deltas: an edit of one resident does not resend the others’ findings', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ residents: 4, capacity: { min: 0, max: 10 } });
    // A 50 h limit makes every resident on the 60 h/week clinic a weekly-hours finding of their own.
    await s.admin('schedule.parameters.set', { programId, parameters: { weeklyHours: { limitHours: 50 } } });
    await s.admin('schedule.assignments.set', { programId, yearId, changes: residents.map((personId) => ({ personId, block: 1, rotationId })) });
    const before = await s.admin<FindingsView>('schedule.findings.get', { programId, yearId });
    expect(new Set(before.findings.flatMap((f) => (f.ruleId === 'acgme.weekly-hours' ? [f.personId] : [])))).toEqual(new Set(residents));
    const answer = await s.admin<EditResult>('schedule.calls.set', { programId, yearId, date: '2026-07-06', kind: 'in-house', personId: residents[0] });
    expect(answer.delta.baseRevision).toBe(before.revision);
    expect(answer.delta.added.length).toBeGreaterThan(0);
    // Only resident 0's findings (and program-wide ones such as supervision) can change.
    expect(answer.delta.added.every((f) => f.personId === residents[0] || f.personId === undefined)).toBe(true);
    expect(answer.delta.added.length).toBeLessThan(before.findings.length);
    const byKeyBefore = new Map(before.findings.map((f) => [f.key, f]));
    expect(answer.delta.removedKeys.every((k) => [residents[0], undefined].includes(byKeyBefore.get(k)?.personId))).toBe(true);
  });
});
