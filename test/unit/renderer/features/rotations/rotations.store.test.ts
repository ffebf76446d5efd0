// The rotations store against the fake bridge: what it does when the year changes while a change
// is on its way to main.
import { afterEach, describe, expect, it } from 'vitest';
import { resetRotationsStore, useRotationsStore } from '../../../../../src/renderer/features/rotations/store/rotations.store';
import { type RotationTemplate, WEEKDAYS } from '../../../../../src/shared/domain';
import { ADMIN, installFakeBridge, removeFakeBridge } from '../../fake-bridge';
import { installProgramData } from '../../fake-program-data';

afterEach(() => {
  removeFakeBridge();
  resetRotationsStore();
});

const empty = { am: null, pm: null, night: null };
const NF: Omit<RotationTemplate, 'id'> = {
  code: 'NF',
  name: 'Night float',
  colour: '#3b2f63',
  capacity: { min: 0, max: 4 },
  pgyEligible: [],
  requiredCredentials: [],
  leaveEligible: true,
  pattern: Object.fromEntries(WEEKDAYS.map((d) => [d, d === 'sat' || d === 'sun' ? empty : { am: null, pm: null, night: 'nights' }])) as RotationTemplate['pattern'],
  hoursPerHalfDay: 6,
  hoursPerNight: 12,
  callEligible: false,
  nightFloat: true,
  supervised: true,
  observesHolidays: true,
};

function twoYears() {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery'], users: [ADMIN], signedIn: ADMIN.username });
  const data = installProgramData(bridge, {
    years: [
      { label: '2026–2027', startDate: '2026-07-01' },
      { label: '2027–2028', startDate: '2027-07-01' },
    ],
  });
  const [a, b] = data.years;
  return { bridge, programId: a!.programId, yearA: a!.id, yearB: b!.id };
}

describe('rotations store', () => {
  it('a rotation saved in one year and answered after switching to another stays out of the other year’s list', async () => {
    const { bridge, programId, yearA, yearB } = twoYears();
    const store = useRotationsStore.getState();
    await store.load(programId, yearA);
    const release = bridge.hold('schedule.rotations.save');
    const saving = store.save(programId, yearA, null, NF);
    await store.load(programId, yearB);
    release();
    const result = await saving;
    expect(result.ok).toBe(true);
    expect(useRotationsStore.getState().rotations).toEqual([]);
    await useRotationsStore.getState().load(programId, yearA);
    expect(useRotationsStore.getState().rotations?.map((r) => r.code)).toEqual(['NF']);
  });
});
