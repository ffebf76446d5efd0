// Publishing awaits the year's check in the validation worker, so edits can land meanwhile: a
// version must never take an edit (mark it published) that its frozen document does not hold.
import { describe, expect, it } from 'vitest';
import { useSchedulingCore } from '../scheduling-fixture';

type Diff = { changes: unknown[] };

describe('publishing while an edit lands', { timeout: 60_000 }, () => {
  const s = useSchedulingCore();

  it('freezes a document holding every change the version takes', async () => {
    const { programId, yearId, rotationId, residents } = await s.programWithYear({ residents: 2 });
    await s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[0], block: 1, rotationId }] });
    const [version] = await Promise.all([
      s.admin<{ version: number }>('schedule.publish', { programId, yearId, note: 'while editing' }),
      s.admin('schedule.assignments.set', { programId, yearId, changes: [{ personId: residents[1], block: 2, rotationId }] }),
    ]);
    const draft = await s.admin<{ pendingChanges: number }>('schedule.draft.get', { programId, yearId });
    const diff = await s.admin<Diff>('schedule.versions.diff', { programId, yearId, from: version.version, to: 'draft' });
    // Either the version holds the edit (nothing pending, nothing differs) or the edit is still pending.
    expect(diff.changes.length).toBe(draft.pendingChanges);
  });
});
