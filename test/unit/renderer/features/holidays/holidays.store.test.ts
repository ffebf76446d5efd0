// The holidays store against the fake bridge: a save still on its way when the year changes.
import { afterEach, describe, expect, it } from 'vitest';
import { resetHolidaysStore, useHolidaysStore } from '../../../../../src/renderer/features/holidays/store/holidays.store';
import { DraftView, type Holiday } from '../../../../../src/shared/domain';
import { ADMIN, installFakeBridge, removeFakeBridge } from '../../fake-bridge';
import { installProgramData } from '../../fake-program-data';

afterEach(() => {
  removeFakeBridge();
  resetHolidaysStore();
});

/** Two years of one program, each with its own holidays as main keeps them. */
function twoYears() {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery'], users: [ADMIN], signedIn: ADMIN.username });
  const data = installProgramData(bridge, {
    years: [
      { label: '2026–2027', startDate: '2026-07-01' },
      { label: '2027–2028', startDate: '2027-07-01' },
    ],
  });
  const holidays = new Map<string, Holiday[]>();
  bridge.on('schedule.draft.get', ({ yearId }) => {
    const year = data.years.find((y) => y.id === yearId)!;
    const document = {
      formatVersion: 1,
      program: { code: 'IM' },
      academicYear: { label: year.label, startDate: year.startDate, endDate: year.endDate, blocks: year.blocks },
      people: [],
      rotations: [],
      assignments: [],
      holidays: holidays.get(yearId) ?? [],
    };
    return { ok: true, value: DraftView.parse({ year, document, pendingChanges: 0, lockedThrough: null, findings: [], summary: { errors: 0, warnings: 0 }, revision: 1 }) };
  });
  bridge.on('schedule.holidays.set', ({ yearId, holidays: next }) => {
    holidays.set(yearId, next);
    return { ok: true, value: { pendingChanges: 1, delta: { baseRevision: 1, revision: 2, added: [], removedKeys: [] }, summary: { errors: 0, warnings: 0 }, validationMs: 2 } };
  });
  const [a, b] = data.years;
  return { bridge, programId: a!.programId, yearA: a!.id, yearB: b!.id };
}

describe('holidays store', () => {
  it('after switching years while a save is on its way, the next save goes through instead of waiting forever', async () => {
    const { bridge, programId, yearA, yearB } = twoYears();
    const store = useHolidaysStore.getState();
    await store.load(programId, yearA);
    const release = bridge.hold('schedule.holidays.set');
    const first = store.save(programId, yearA, [{ date: '2026-12-25', name: 'Christmas Day' }]);
    await store.load(programId, yearB);
    release();
    expect(await first).toBeNull();
    expect(useHolidaysStore.getState().saving).toBe(false);
    expect(await useHolidaysStore.getState().save(programId, yearB, [{ date: '2028-01-01', name: 'New Year’s Day' }])).toBeNull();
    expect(useHolidaysStore.getState().holidays).toEqual([{ date: '2028-01-01', name: 'New Year’s Day' }]);
    expect(bridge.callsTo('schedule.holidays.set')).toHaveLength(2);
  });
});
