import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

describe('acgme.day-off-in-seven', () => {
  it('reports a 28-day window with only 3 free days, with the count and the need', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('none', { pattern: {} }).resident('lee', 2, { name: 'Dr Lee' });
    for (let d = 0; d < 28; d++) if (![5, 15, 25].includes(d)) b.override('lee', day(d), 'AM', 'work', { hours: 6 });
    const [f, ...rest] = findingsOf(b.build(), 'acgme.day-off-in-seven');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', measured: 3, limit: 4, unit: 'days' });
    expect(f!.explanation).toBe('Dr Lee has 3 free days in 1–28 Jul 2026 (needs 4 in every 28 days).');
  });

  it('does not count a post-call day with only 12 h before the next call as a free day', () => {
    // Mon–Fri clinic 07–19 leaves 60 h each weekend; 12 h calls on Friday, Saturday and Sunday nights leave 12 h gaps.
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 2)).call('lee', day(w * 7 + 3)).call('lee', day(w * 7 + 4));
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')[0]).toMatchObject({ measured: 0 });
  });

  it('credits a post-call day that leaves 24 h free before the next work', () => {
    // A 24 h call every Saturday 07:00 ends Sunday 07:00; Monday clinic starts 07:00: 24 h free each week.
    const b = new ScheduleBuilder({ blocks: 1, parameters: { dayOffInSeven: { freeDaysPerWindow: 5 } } }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 3), 'in-house', { startTime: '07:00', hours: 24 });
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')).toMatchObject([{ measured: 4, limit: 5 }]);
  });

  it('does not credit a post-call gap one hour short of 24 h', () => {
    const b = new ScheduleBuilder({ blocks: 1, parameters: { dayOffInSeven: { freeDaysPerWindow: 5 } } }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 3), 'in-house', { startTime: '08:00', hours: 24 });
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')).toMatchObject([{ measured: 0 }]);
  });

  it('accepts standard night float: nights Sunday to Friday with Saturday night off (36 h free a week)', () => {
    const b = new ScheduleBuilder({ blocks: 3 })
      .rotation('nf', { nightFloat: true, pattern: { night: 'NF', on: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri'] } })
      .resident('lee');
    for (const block of [1, 2, 3]) b.assign('lee', block, 'nf');
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')).toEqual([]);
  });

  it('does not count time on at-home call as free', () => {
    // At-home calls Friday to Sunday nights (19:00–07:00) leave no 24 h without duty or call.
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) for (const d of [2, 3, 4]) b.call('lee', day(w * 7 + d), 'at-home');
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')[0]).toMatchObject({ measured: 0 });
  });

  it('follows an at-home call’s own start and hours', () => {
    // Saturday at-home call 07:00–19:00 splits a 60 h weekend into 12 h and 36 h: one free day a week, not two.
    const b = new ScheduleBuilder({ blocks: 1, parameters: { dayOffInSeven: { freeDaysPerWindow: 5 } } }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 3), 'at-home', { startTime: '07:00', hours: 12 });
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')).toMatchObject([{ measured: 4 }]);
  });

  it('counts a Monday–Friday day job as two free days a weekend', () => {
    const doc = new ScheduleBuilder({ blocks: 1, parameters: { dayOffInSeven: { freeDaysPerWindow: 9 } } }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic').build();
    expect(findingsOf(doc, 'acgme.day-off-in-seven')).toMatchObject([{ measured: 8, limit: 9 }]);
  });

  it('does not count backup call against a free day', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 3), 'backup').call('lee', day(w * 7 + 4), 'backup');
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')).toEqual([]);
  });

});
