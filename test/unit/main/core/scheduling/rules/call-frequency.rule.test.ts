import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const calls = (every: number, count: number, kind: 'in-house' | 'at-home' = 'in-house') => {
  const b = new ScheduleBuilder({ blocks: 1 }).rotation('ward').resident('lee', 2, { name: 'Dr Lee' });
  for (let i = 0; i < count; i++) b.call('lee', day(i * every), kind);
  return b.build();
};

describe('acgme.call-frequency', () => {
  it('reports 10 in-house calls in 28 days (limit 28/3)', () => {
    const [f] = findingsOf(calls(2, 10), 'acgme.call-frequency');
    expect(f).toMatchObject({ severity: 'error', measured: 10, limit: 9.3, unit: 'nights' });
    expect(f!.explanation).toBe('Dr Lee has 10 in-house call nights in 1–28 Jul 2026 (limit 9.3: every 3rd night on average).');
  });

  it('averages: a stretch of call every second night is fine when the 28 days stay under the limit', () => {
    expect(findingsOf(calls(2, 8), 'acgme.call-frequency')).toEqual([]);
  });

  it('warns at 9 calls, within 5 % of the limit', () => {
    expect(findingsOf(calls(3, 9), 'acgme.call-frequency').map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not count at-home call', () => {
    expect(findingsOf(calls(2, 14, 'at-home'), 'acgme.call-frequency')).toEqual([]);
  });
});
