import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const onLeave = (leaveEligible = true) =>
  new ScheduleBuilder().rotation('ward', { name: 'Wards', leaveEligible }).resident('lee', 2, { name: 'Dr Lee' }).assign('lee', 1, 'ward').absence('lee', day(5), day(11));

describe('program.absence-conflict', () => {
  it('drops template work of a leave-eligible rotation during approved leave: no conflict', () => {
    expect(findingsOf(onLeave().build(), 'program.absence-conflict')).toEqual([]);
  });

  it('reports template work of a rotation that is not leave-eligible', () => {
    const [f] = findingsOf(onLeave(false).build(), 'program.absence-conflict');
    // 6–12 Jul 2026: Mon 6 … Fri 10 carry Mon–Fri clinic.
    expect(f).toMatchObject({ severity: 'error', measured: 5, unit: 'days', startDate: day(5), endDate: day(9) });
    expect(f!.explanation).toContain('Dr Lee has approved vacation leave 6–12 Jul 2026 but is scheduled to work on 5 days');
  });

  it('reports a call, an added shift and extra duty on leave days', () => {
    const b = onLeave().call('lee', day(6)).override('lee', day(7), 'AM', 'work', { rotationId: 'ward' }).extra('lee', day(8), '08:00', 4);
    expect(findingsOf(b.build(), 'program.absence-conflict')).toMatchObject([{ measured: 3, startDate: day(6), endDate: day(8) }]);
  });

  it('ignores requested (not yet approved) leave and non-blocking absence types', () => {
    const requested = new ScheduleBuilder().rotation('ward').resident('lee').call('lee', day(6)).absence('lee', day(5), day(11), { status: 'requested' });
    const education = new ScheduleBuilder().rotation('ward').resident('lee').call('lee', day(6)).absence('lee', day(5), day(11), { type: 'education' });
    expect(findingsOf(requested.build(), 'program.absence-conflict')).toEqual([]);
    expect(findingsOf(education.build(), 'program.absence-conflict')).toEqual([]);
  });

  it('honours an absence marked blocking against its type default', () => {
    const b = new ScheduleBuilder().rotation('ward').resident('lee').call('lee', day(6)).absence('lee', day(5), day(11), { type: 'education', blocking: true });
    expect(findingsOf(b.build(), 'program.absence-conflict')).toHaveLength(1);
  });
});
