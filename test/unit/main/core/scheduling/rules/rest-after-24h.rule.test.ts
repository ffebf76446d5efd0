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

  it('warns about exactly 14 h of rest after a 24 h call: within 5 % of the minimum', () => {
    const found = findingsOf(base().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '21:00', 6).build(), 'acgme.rest-after-24h');
    expect(found).toMatchObject([{ severity: 'warning', measured: 14, limit: 14 }]);
    expect(found[0]!.explanation).toBe('Dr Lee has 14.0 h off after 24.0 h of duty ending Thu 2 Jul 07:00: within 5 % of the 14 h minimum.');
  });

  it('accepts 15 h of rest after a 24 h call', () => {
    expect(findingsOf(base().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '22:00', 6).build(), 'acgme.rest-after-24h')).toEqual([]);
  });

  it('follows the program’s warning margin', () => {
    const doc = new ScheduleBuilder({ parameters: { warningMarginPercent: 0 } }).rotation('ward').resident('lee');
    doc.call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '21:00', 6);
    expect(findingsOf(doc.build(), 'acgme.rest-after-24h')).toEqual([]);
  });

  it('reports rest after a 24 h call and after the longer duty period around it under different keys', () => {
    // 24 h call, 4 h off, 8 h shift (one 36 h period ending Thu 19:00), then 10 h off: two problems, one start date.
    const b = base().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '11:00', 8).extra('lee', day(2), '05:00', 6);
    const found = findingsOf(b.build(), 'acgme.rest-after-24h');
    expect(found.map((f) => [f.startDate, f.measured])).toEqual([
      [day(0), 4],
      [day(0), 10],
    ]);
    expect(new Set(found.map((f) => f.key)).size).toBe(2);
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
