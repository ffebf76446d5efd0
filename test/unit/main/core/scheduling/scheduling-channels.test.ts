// The schedule.* channels through the real core: years and rollover, edits answering findings,
// the locked published past, immutable versions, diffs that name who changed what, and program
// membership.
import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../../../support/unlocked-core';
import { useSchedulingCore } from './scheduling-fixture';

const s = useSchedulingCore();

type EditResult = {
  pendingChanges: number;
  delta: { baseRevision: number | null; revision: number; added: { ruleId: string; block?: number; rotationId?: string; measured: number; limit: number }[]; removedKeys: string[] };
  validationMs: number;
};

describe('schedule channels', () => {
  it('rolls a year over: rotations copied, residents one PGY up, graduates inactive', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ residents: 2 });
    await s.admin('schedule.roster.set', { programId, yearId, personId: residents[1], pgy: 3, facultyRole: null, credentials: ['ACLS'], active: true });
    const next = await s.admin<{ id: string; startDate: string }>('schedule.years.create', {
      programId,
      label: '2027-28',
      startDate: '2027-07-01',
      preset: { kind: 'thirteen-four-week' },
      rolloverFrom: yearId,
      programLengthYears: 3,
    });
    const roster = await s.admin<{ personId: string; pgy: number; active: boolean; credentials: string[] }[]>('schedule.roster.list', { programId, yearId: next.id });
    expect(roster.find((r) => r.personId === residents[0])).toMatchObject({ pgy: 2, active: true });
    expect(roster.find((r) => r.personId === residents[1])).toMatchObject({ active: false, credentials: ['ACLS'] });
    const rotations = await s.admin<{ id: string }[]>('schedule.rotations.list', { programId, yearId: next.id });
    expect(rotations.map((r) => r.id)).toEqual([rotationId]);
  });

  it('refuses a year overlapping another of the program', async () => {
    const { programId } = await s.programWithYear();
    expect(await s.codeOf('admin-window', 'schedule.years.create', { programId, label: 'again', startDate: '2026-09-01', preset: { kind: 'thirteen-four-week' } })).toBe(
      'ERR_SCHEDULE_YEAR_OVERLAP',
    );
  });

  it('answers an assignment edit with the coverage finding of an under-filled rotation', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ residents: 1, capacity: { min: 2, max: 4 } });
    const result = await s.admin<EditResult>('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    // The finding is new with this edit, so the answer's delta adds it.
    const coverage = result.delta.added.find((f) => f.ruleId === 'program.coverage' && f.block === 1);
    expect(coverage).toMatchObject({ rotationId, measured: 1, limit: 2 });
    expect(result.pendingChanges).toBeGreaterThan(0);
    expect(result.validationMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses an assignment for someone not on the year roster', async () => {
    const { programId, yearId, rotationId } = await s.programWithYear({ residents: 0 });
    const stranger = await s.admin<{ id: string }>('people.create', { programId, person: { kind: 'resident', name: 'Not Rostered' } });
    expect(await s.codeOf('admin-window', 'schedule.assignments.set', { programId, yearId, changes: [{ personId: stranger.id, block: 1, rotationId }] })).toBe(
      'ERR_SCHEDULE_NOT_ON_ROSTER',
    );
  });

  it('refuses removing a rotation that is assigned', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear();
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 2, rotationId }] });
    expect(await s.codeOf('admin-window', 'schedule.rotations.remove', { programId, yearId, rotationId })).toBe('ERR_SCHEDULE_ROTATION_IN_USE');
  });

  // Signs users in: bcrypt at cost 12 takes its time.
  it('locks published dates once they are past, and leaves the future editable', { timeout: 30_000 }, async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear();
    const person = residents[0];
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: person, block: 1, rotationId }] });
    await s.admin('schedule.publish', { programId, yearId, note: 'first' });
    s.clock.now = new Date('2026-08-15T09:00:00');
    try {
      // Ten weeks on, the first window's session has long idled out: sign in afresh.
      await s.ok('late-window', 'auth.login', { username: ADMIN.username, password: ADMIN.password });
      const late = <T = unknown>(channel: string, input: unknown) => s.ok<T>('late-window', channel, input);
      const draft = await late<{ lockedThrough: string }>('schedule.draft.get', { programId, yearId });
      expect(draft.lockedThrough).toBe('2026-08-14');
      const override = { activity: 'off', reason: 'clinic closed' };
      expect(await s.codeOf('late-window', 'schedule.overrides.set', { programId, yearId, personId: person, date: '2026-07-10', slot: 'AM', override })).toBe('ERR_SCHEDULE_LOCKED');
      expect(await s.codeOf('late-window', 'schedule.assignments.set', { programId, yearId, changes: [{ personId: person, block: 1, rotationId: null }] })).toBe(
        'ERR_SCHEDULE_LOCKED',
      );
      expect(await s.codeOf('late-window', 'schedule.calls.set', { programId, yearId, date: '2026-08-01', kind: 'in-house', personId: person })).toBe('ERR_SCHEDULE_LOCKED');
      // Block 3 starts 26 Aug: still ahead.
      expect(await s.codeOf('late-window', 'schedule.assignments.set', { programId, yearId, changes: [{ personId: person, block: 3, rotationId }] })).toBe('ok');
      expect(await s.codeOf('late-window', 'schedule.overrides.set', { programId, yearId, personId: person, date: '2026-08-20', slot: 'AM', override })).toBe('ok');
      const draftAfter = await late<{ document: { assignments: { block: number }[] } }>('schedule.draft.get', { programId, yearId });
      expect(draftAfter.document.assignments.map((a) => a.block)).toEqual([1, 3]);
    } finally {
      s.clock.now = new Date('2026-06-01T12:00:00');
    }
  });

  it('publishes immutable versions: n+1 each time, nothing pending after, and the rows refuse change', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear();
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    const v1 = await s.admin<{ version: number; changeCount: number; publishedBy: string; note: string }>('schedule.publish', { programId, yearId, note: 'July draft' });
    expect(v1).toMatchObject({ version: 1, publishedBy: 'Avery Admin', note: 'July draft' });
    expect(v1.changeCount).toBeGreaterThan(0);
    expect(await s.codeOf('admin-window', 'schedule.publish', { programId, yearId })).toBe('ERR_SCHEDULE_NOTHING_TO_PUBLISH');
    const after = await s.admin<{ pendingChanges: number; year: { publishedVersion: number } }>('schedule.draft.get', { programId, yearId });
    expect(after).toMatchObject({ pendingChanges: 0, year: { publishedVersion: 1 } });
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 2, rotationId }] });
    expect(await s.admin('schedule.publish', { programId, yearId })).toMatchObject({ version: 2, changeCount: 1 });
    expect((await s.admin<{ version: number }[]>('schedule.versions.list', { programId, yearId })).map((v) => v.version)).toEqual([2, 1]);

    const db = s.ctx().core.workstation.db();
    expect(() => db.prepare("UPDATE schedule_versions SET snapshot_enc = x'00' WHERE year_id = ?").run(yearId)).toThrow('schedule_versions is immutable');
    expect(() => db.prepare('DELETE FROM schedule_versions WHERE year_id = ?').run(yearId)).toThrow('schedule_versions is immutable');
  });

  it('audits every view of a roster or draft, which carry people’s names', async () => {
    const { programId, yearId } = await s.programWithYear({ residents: 2 });
    const views = () => s.ctx().audit.list({}).filter((e) => e.action === 'person.view' && e.target === yearId).length;
    const before = views();
    await s.admin('schedule.roster.list', { programId, yearId });
    await s.admin('schedule.draft.get', { programId, yearId });
    expect(views()).toBe(before + 2);
  });

  it('keeps the work of someone marked inactive, and refuses deleting a person on a roster', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ residents: 2 });
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    await s.admin('schedule.roster.set', { programId, yearId, personId: residents[0], pgy: 1, facultyRole: null, credentials: [], active: false });
    const view = await s.admin<{ document: { people: { id: string }[]; assignments: { personId: string; block: number }[] } }>('schedule.draft.get', { programId, yearId });
    expect(view.document.people.map((p) => p.id)).toContain(residents[0]);
    expect(view.document.assignments).toContainEqual(expect.objectContaining({ personId: residents[0], block: 1 }));
    // Their rows would cascade away with them: removal is refused, and nothing is lost.
    expect(await s.codeOf('admin-window', 'people.remove', { programId, personId: residents[0] })).toBe('ERR_PERSON_ON_ROSTER');
    const again = await s.admin<{ document: { assignments: { personId: string }[] } }>('schedule.draft.get', { programId, yearId });
    expect(again.document.assignments.some((a) => a.personId === residents[0])).toBe(true);
  });

  it('counts moved block dates as a draft change that the diff names', async () => {
    const { programId, yearId, year } = await s.programWithYear();
    await s.admin('schedule.publish', { programId, yearId });
    type Diff = { changes: { kind: string; block?: number; before: string | null; after: string | null; changedBy: string[] }[] };
    const blocks = year.blocks.map((b) => ({ ...b })) as { number: number; startDate: string; endDate: string }[];
    // Block 5 ends a day later, block 6 starts a day later.
    const shift = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const five = blocks.find((b) => b.number === 5)!;
    const six = blocks.find((b) => b.number === 6)!;
    five.endDate = shift(five.endDate);
    six.startDate = shift(six.startDate);
    await s.admin('schedule.years.updateBlocks', { programId, yearId, blocks });
    const view = await s.admin<{ pendingChanges: number }>('schedule.draft.get', { programId, yearId });
    expect(view.pendingChanges).toBe(2);
    const diff = await s.admin<Diff>('schedule.versions.diff', { programId, yearId, from: 1, to: 'draft' });
    expect(diff.changes.filter((c) => c.kind === 'blocks').map((c) => c.block)).toEqual([5, 6]);
    expect(diff.changes.find((c) => c.block === 5)).toMatchObject({ after: `5: ${five.startDate} – ${five.endDate}`, changedBy: ['Avery Admin'] });
  });

  // Signs users in: bcrypt at cost 12 takes its time.
  it('diffs a version against the draft, naming each change and who made it', { timeout: 30_000 }, async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear();
    await s.coordinator('cora-window', [programId], 'Cora Coordinator');
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    await s.admin('schedule.publish', { programId, yearId });
    const other = await s.admin<{ rotation: { id: string } }>('schedule.rotations.save', {
      programId,
      yearId,
      rotation: { code: 'WARD', name: 'Wards', colour: '#aa0000', capacity: { min: 0, max: 9 }, pattern: { mon: {}, tue: {}, wed: {}, thu: {}, fri: {}, sat: {}, sun: {} } },
    });
    await s.ok('cora-window', 'schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId: other.rotation.id }] });
    await s.ok('cora-window', 'schedule.calls.set', { programId, yearId, date: '2026-07-03', kind: 'in-house', personId: residents[0] });

    type Diff = { changes: { kind: string; personId?: string; block?: number; before: string | null; after: string | null; changedBy: string[] }[]; truncated: boolean };
    const diff = await s.admin<Diff>('schedule.versions.diff', { programId, yearId, from: 1, to: 'draft' });
    expect(diff.truncated).toBe(false);
    expect(diff.changes.find((c) => c.kind === 'assignment')).toMatchObject({ personId: residents[0], block: 1, before: 'CLIN', after: 'WARD', changedBy: ['Cora Coordinator'] });
    expect(diff.changes.find((c) => c.kind === 'call')).toMatchObject({ personId: residents[0], before: null, changedBy: ['Cora Coordinator'] });
    expect(diff.changes.find((c) => c.kind === 'rotation')).toMatchObject({ before: null, after: expect.stringContaining('WARD'), changedBy: ['Avery Admin'] });

    await s.admin('schedule.publish', { programId, yearId });
    const between = await s.admin<Diff>('schedule.versions.diff', { programId, yearId, from: 1, to: 2 });
    expect(between.changes.map((c) => c.kind).sort()).toEqual(['assignment', 'call', 'rotation']);
    expect(await s.codeOf('admin-window', 'schedule.versions.diff', { programId, yearId, from: 1, to: 9 })).toBe('ERR_SCHEDULE_VERSION_NOT_FOUND');
  });

  // Signs users in: bcrypt at cost 12 takes its time.
  it('refuses a coordinator of another program, and audits edits and publishes by id only', { timeout: 30_000 }, async () => {
    const mine = await s.programWithYear();
    const theirs = await s.programWithYear();
    await s.coordinator('other-window', [mine.programId]);
    expect(await s.codeOf('other-window', 'schedule.draft.get', { programId: theirs.programId, yearId: theirs.yearId })).toBe('ERR_PERMISSION_DENIED');
    expect(
      await s.codeOf('other-window', 'schedule.assignments.set', { programId: theirs.programId, yearId: theirs.yearId, changes: [{ personId: theirs.residents[0], block: 1, rotationId: theirs.rotationId }] }),
    ).toBe('ERR_PERMISSION_DENIED');
    // Their year id under my program is simply not there.
    expect(await s.codeOf('other-window', 'schedule.draft.get', { programId: mine.programId, yearId: theirs.yearId })).toBe('ERR_SCHEDULE_YEAR_NOT_FOUND');
    expect(await s.codeOf('other-window', 'schedule.assignments.set', { programId: mine.programId, yearId: mine.yearId, changes: [{ personId: mine.residents[0], block: 1, rotationId: mine.rotationId }] })).toBe('ok');
    await s.ok('other-window', 'schedule.publish', { programId: mine.programId, yearId: mine.yearId });

    const audit = await s.admin<{ entries: { action: string; target: string; details: Record<string, unknown> | null }[] }>('audit.list', { limit: 5 });
    const [publish, edit] = audit.entries;
    expect(publish).toMatchObject({ action: 'schedule.publish', target: mine.yearId, details: { version: 1 } });
    expect(edit).toMatchObject({ action: 'schedule.edit', target: mine.yearId, details: { item: 'assignments', count: 1 } });
    expect(JSON.stringify(audit.entries)).not.toMatch(/Resident|Cora/);
  });

  it('keeps rule parameters per program and re-validates with them', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ capacity: { min: 1, max: 1 } });
    expect(await s.admin('schedule.parameters.get', { programId })).toMatchObject({ weeklyHours: { limitHours: 80 } });
    await s.admin('schedule.parameters.set', { programId, parameters: { weeklyHours: { limitHours: 50 } } });
    expect(await s.admin('schedule.parameters.get', { programId })).toMatchObject({ weeklyHours: { limitHours: 50, windowDays: 28 } });
    const result = await s.admin<EditResult>('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    // 10 half-days of 6 h a week = 60 h/week: over a 50 h limit, under the ACGME 80.
    // New parameters drop the year's warm findings: the answer starts over (no base) with the whole list.
    expect(result.delta.baseRevision).toBeNull();
    expect(result.delta.added.some((f) => f.ruleId === 'acgme.weekly-hours' && f.limit === 50)).toBe(true);
    const validated = await s.admin<{ findings: unknown[] }>('schedule.validate', { programId, yearId });
    expect(validated.findings).toEqual(result.delta.added);
  });

  it('derives grid slots for a date range', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear();
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    const slots = await s.admin<{ personId: string; date: string; slot: string; activity: string; rotationId: string | null }[]>('schedule.grid.slots', {
      programId,
      yearId,
      from: '2026-07-06',
      to: '2026-07-06',
    });
    expect(slots.filter((x) => x.personId === residents[0] && x.rotationId === rotationId).map((x) => x.slot).sort()).toEqual(['AM', 'PM']);
  });
});
