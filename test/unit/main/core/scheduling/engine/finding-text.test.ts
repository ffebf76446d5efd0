// A finding's explanation and suggestion stay within the Finding schema's 1,000 characters however
// long the names and lists a rule puts in them, so one finding never makes a whole answer invalid.
import { describe, expect, it } from 'vitest';
import { Finding } from '../../../../../../src/shared/domain';
import { validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { day, ScheduleBuilder } from './schedule-builder';

const LONG_NAME = `Inpatient ${'internal medicine teaching service '.repeat(4)}`.slice(0, 120).trim().padEnd(120, 'x');

describe('finding text bounds', () => {
  it('names rotations by code in an absence conflict, so a 120-character name cannot overflow it', () => {
    const doc = new ScheduleBuilder()
      .rotation('ward', { name: LONG_NAME, leaveEligible: false, pattern: { am: 'W', pm: 'W', night: 'W' } })
      .resident('lee', 2, { name: 'Dr Lee' })
      .assign('lee', 1, 'ward')
      .absence('lee', day(5), day(11))
      .build();
    const [f, ...rest] = validateSchedule(doc).filter((x) => x.ruleId === 'program.absence-conflict');
    expect(rest).toEqual([]);
    expect(Finding.parse(f)).toEqual(f);
    expect(f!.explanation).toContain('(AM on WARD, PM on WARD, NIGHT on WARD)');
    expect(f!.explanation).not.toContain(LONG_NAME);
    expect(f!.explanation.endsWith('; ….')).toBe(true);
  });

  it('clips an explanation and a suggestion past 1,000 characters, ending them with "…"', () => {
    // A 120-character rotation name and twenty missing 40-character credentials: well over 1,000 characters.
    const credentials = Array.from({ length: 20 }, (_, i) => `Credential ${String(i).padStart(2, '0')} `.padEnd(40, 'c'));
    const doc = new ScheduleBuilder()
      .rotation('ward', { name: LONG_NAME, requiredCredentials: credentials })
      .resident('lee', 2, { name: 'Dr Lee' })
      .assign('lee', 1, 'ward')
      .absence('lee', day(5), day(11))
      .build();
    const found = validateSchedule(doc);
    for (const x of found) expect(Finding.parse(x)).toEqual(x);
    const [f] = found.filter((x) => x.ruleId === 'program.eligibility');
    expect(f!.explanation).toHaveLength(1000);
    expect(f!.explanation.startsWith(`Dr Lee is on ${LONG_NAME} in block 1`)).toBe(true);
    expect(f!.explanation.endsWith('…')).toBe(true);
    expect(f!.suggestion).toHaveLength(1000);
    expect(f!.suggestion.endsWith('…')).toBe(true);
  });
});
