// The expansion as the day/week view shows it (deriveSlots): templates, holidays, leave, overrides, calls, extra duty.
import { describe, expect, it } from 'vitest';
import { deriveSlots, validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { day, ScheduleBuilder } from './schedule-builder';

const base = (opts: { observesHolidays?: boolean; leaveEligible?: boolean } = {}) =>
  new ScheduleBuilder().rotation('ward', { pattern: { am: 'Rounds', pm: 'Clinic' }, hoursPerHalfDay: 5, ...opts }).resident('lee').assign('lee', 1, 'ward');
const slotsOn = (b: ScheduleBuilder, n: number) => deriveSlots(b.build(), { from: day(n), to: day(n) });

describe('expansion into grid slots', () => {
  it('derives each day slot from the rotation pattern of the block, with its label and hours', () => {
    expect(slotsOn(base(), 0)).toEqual([
      { personId: 'lee', date: day(0), slot: 'AM', rotationId: 'ward', activity: 'Rounds', hours: 5, source: 'template' },
      { personId: 'lee', date: day(0), slot: 'PM', rotationId: 'ward', activity: 'Clinic', hours: 5, source: 'template' },
    ]);
  });

  it('generates nothing outside the assigned block', () => {
    expect(slotsOn(base(), 28)).toEqual([]);
  });

  it('drops template work on a holiday the rotation observes, and keeps it on one it does not', () => {
    expect(slotsOn(base().holiday(day(3)), 3)).toEqual([]);
    expect(slotsOn(base({ observesHolidays: false }).holiday(day(3)), 3)).toHaveLength(2);
  });

  it('shows approved leave in place of the work it drops', () => {
    expect(slotsOn(base().absence('lee', day(2), day(4)), 3).map((x) => [x.slot, x.activity, x.hours, x.source])).toEqual([
      ['AM', 'absence:vacation', 0, 'absence'],
      ['PM', 'absence:vacation', 0, 'absence'],
    ]);
  });

  it('keeps the work of a rotation that is not leave-eligible during leave', () => {
    expect(slotsOn(base({ leaveEligible: false }).absence('lee', day(2), day(4)), 3).map((x) => x.source)).toEqual(['template', 'template']);
  });

  it('replaces one slot with an override and keeps its reason', () => {
    const slots = slotsOn(base().override('lee', day(0), 'PM', 'off', { reason: 'Teaching day' }).override('lee', day(0), 'NIGHT', 'work', { hours: 8, reason: 'Cover' }), 0);
    expect(slots.map((x) => [x.slot, x.activity, x.hours, x.source, x.overrideReason])).toEqual([
      ['AM', 'Rounds', 5, 'template', undefined],
      ['PM', 'off', 0, 'override', 'Teaching day'],
      ['NIGHT', 'WARD', 8, 'override', 'Cover'],
    ]);
  });

  it('shows calls and extra duty in the slot they start in', () => {
    const b = base().call('lee', day(0)).call('lee', day(0), 'at-home', { startTime: '07:00' }).extra('lee', day(0), '14:00', 3);
    expect(slotsOn(b, 0).filter((x) => x.source !== 'template').map((x) => [x.slot, x.activity, x.hours])).toEqual([
      ['AM', 'call:at-home', 0],
      ['PM', 'extra:moonlighting', 3],
      ['NIGHT', 'call:in-house', 12],
    ]);
  });

  it('limits the slots to the people asked for', () => {
    const doc = base().resident('kim').assign('kim', 1, 'ward').build();
    expect(new Set(deriveSlots(doc, { from: day(0), to: day(6), personIds: ['kim'] }).map((x) => x.personId))).toEqual(new Set(['kim']));
  });

  it('counts an in-house call once even where it overlaps a night slot', () => {
    const nights = () => new ScheduleBuilder().rotation('nights', { pattern: { night: 'Nights' } }).resident('lee').assign('lee', 1, 'nights');
    const withCalls = nights();
    for (let d = 0; d < 28; d++) withCalls.call('lee', day(d));
    const weekly = (b: ScheduleBuilder) => validateSchedule(b.build()).find((f) => f.ruleId === 'acgme.weekly-hours')?.measured;
    expect(weekly(withCalls)).toBe(weekly(nights()));
    expect(weekly(nights())).toBeGreaterThan(80);
  });
});
