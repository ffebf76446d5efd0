import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const base = () => new ScheduleBuilder().rotation('ward').resident('lee', 2, { name: 'Dr Lee' });

describe('acgme.rest-after-24h', () => {
  it('says how short the rest was and when the next work may start', () => {
    const [f] = findingsOf(base().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '17:00', 6).build(), 'acgme.rest-after-24h');
    expect(f).toMatchObject({ measured: 10, limit: 14 });
    expect(f!.explanation).toBe('Dr Lee has only 10.0 h off after 24.0 h of duty ending Thu 2 Jul 07:00 (needs 14 h).');
    expect(f!.suggestion).toBe('Start the next work no earlier than Thu 2 Jul 21:00: move or remove the extra duty of 2 Jul 2026.');
  });

  it('accepts 14 h of rest after a 24 h call', () => {
    expect(findingsOf(base().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '21:00', 6).build(), 'acgme.rest-after-24h')).toEqual([]);
  });

  it('does not apply after duty shorter than the trigger', () => {
    expect(findingsOf(base().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 20 }).extra('lee', day(1), '11:00', 6).build(), 'acgme.rest-after-24h')).toEqual([]);
  });

  it('measures after a 24 h period made of day work and a call', () => {
    const b = new ScheduleBuilder().rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } }).resident('lee');
    b.override('lee', day(0), 'AM', 'work', { rotationId: 'ward' }).override('lee', day(0), 'PM', 'work', { rotationId: 'ward' }).call('lee', day(0));
    b.override('lee', day(1), 'PM', 'work', { rotationId: 'ward' });
    expect(findingsOf(b.build(), 'acgme.rest-after-24h')).toMatchObject([{ measured: 6 }]);
  });
});
