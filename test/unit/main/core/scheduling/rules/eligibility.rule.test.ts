import { describe, expect, it } from 'vitest';
import { ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const icu = () => new ScheduleBuilder().rotation('icu', { name: 'Cardiac ICU', pgyEligible: [2, 3], requiredCredentials: ['ACLS'] });

describe('program.eligibility', () => {
  it('reports a PGY-1 on a rotation for PGY-2 and PGY-3', () => {
    const found = findingsOf(icu().resident('lee', 1, { name: 'Dr Lee', credentials: ['ACLS'] }).assign('lee', 3, 'icu').build(), 'program.eligibility');
    expect(found).toMatchObject([{ severity: 'error', personId: 'lee', rotationId: 'icu', block: 3 }]);
    expect(found[0]!.explanation).toBe('Dr Lee is on Cardiac ICU in block 3 (26 Aug – 22 Sep 2026), but it takes PGY-2, PGY-3 only and Dr Lee is PGY-1.');
  });

  it('reports a missing required credential', () => {
    const found = findingsOf(icu().resident('lee', 2).assign('lee', 1, 'icu').build(), 'program.eligibility');
    expect(found[0]!.explanation).toContain('it requires ACLS, which Dr lee lacks');
  });

  it('accepts an eligible, credentialled resident', () => {
    expect(findingsOf(icu().resident('lee', 3, { credentials: ['ACLS'] }).assign('lee', 1, 'icu').build(), 'program.eligibility')).toEqual([]);
  });
});
