// What is due, overdue and in grace, with the clock moved rather than waited for.
import { describe, expect, it } from 'vitest';
import { classifyDue, inGrace, secretPolicies } from '../../../../../src/main/core/rotation';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY);
const clock = (type: 'session-signing-key' | 'master-key', lastDaysAgo = 0) => ({ type, programId: null, lastRotatedAt: at(-lastDaysAgo).toISOString() });

describe('rotation due dates', () => {
  it('lists nothing while a secret is younger than its interval minus its notice', () => {
    expect(classifyDue([clock('master-key')], secretPolicies, at(334))).toEqual({ due: [], overdue: [] });
  });

  it('lists a manual secret as due from notifyBeforeDays before its date', () => {
    const { due, overdue } = classifyDue([clock('master-key')], secretPolicies, at(335));
    expect(overdue).toEqual([]);
    expect(due).toEqual([{ type: 'master-key', programId: null, lastRotatedAt: at(0).toISOString(), dueAt: at(365).toISOString(), mode: 'manual' }]);
  });

  it('lists a secret as overdue from its due date on', () => {
    expect(classifyDue([clock('master-key')], secretPolicies, at(364.99)).overdue).toEqual([]);
    expect(classifyDue([clock('master-key')], secretPolicies, at(365)).overdue.map((d) => d.type)).toEqual(['master-key']);
    expect(classifyDue([clock('master-key')], secretPolicies, at(900)).due).toEqual([]);
  });

  it('makes the session-signing key overdue after 90 days, as an automatic rotation', () => {
    expect(classifyDue([clock('session-signing-key')], secretPolicies, at(89.9))).toEqual({ due: [], overdue: [] });
    expect(classifyDue([clock('session-signing-key')], secretPolicies, at(90)).overdue).toEqual([
      { type: 'session-signing-key', programId: null, lastRotatedAt: at(0).toISOString(), dueAt: at(90).toISOString(), mode: 'automatic' },
    ]);
  });

  it('orders overdue secrets by how long they have been due', () => {
    const { overdue } = classifyDue([clock('session-signing-key', 0), clock('master-key', 400)], secretPolicies, at(100));
    expect(overdue.map((d) => d.type)).toEqual(['master-key', 'session-signing-key']);
  });

  it('keeps a completed rotation in grace until its grace end, and not a moment after', () => {
    const r = { id: '6f1c1a52-56f4-4d0e-9d1b-52f7b0a1c2d3', type: 'session-signing-key' as const, programId: null, graceEndsAt: at(1).toISOString(), status: 'completed' };
    expect(inGrace([r], at(0.5))).toEqual([{ type: 'session-signing-key', programId: null, rotationId: r.id, graceEndsAt: at(1).toISOString() }]);
    expect(inGrace([r], at(1))).toEqual([]);
    expect(inGrace([{ ...r, status: 'failed' }], at(0.5))).toEqual([]);
  });
});
