// The managed-key lifecycle table: exactly the moves the issue allows, and nothing back from the end.
import { describe, expect, it } from 'vitest';
import { canTransition, KeyStatus, keyTransitions } from '../../../src/shared/domain';

const allowed: Record<KeyStatus, KeyStatus[]> = {
  active: ['rotating', 'inactive', 'expired', 'revoked'],
  rotating: ['active', 'inactive', 'expired', 'revoked'],
  inactive: ['active', 'expired', 'revoked', 'pending-deletion'],
  expired: ['inactive', 'revoked'],
  revoked: ['pending-deletion'],
  'pending-deletion': ['deleted', 'inactive', 'revoked'],
  deleted: [],
};

const pairs = KeyStatus.options.flatMap((from) => KeyStatus.options.map((to) => [from, to] as const));

describe('key lifecycle transitions', () => {
  it.each(pairs)('%s → %s is allowed exactly when the lifecycle says so', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed[from].includes(to));
  });

  it('reaches deletion only through pending-deletion, and pending-deletion only from inactive or revoked', () => {
    const into = (to: KeyStatus) => KeyStatus.options.filter((from) => keyTransitions[from].includes(to));
    expect(into('deleted')).toEqual(['pending-deletion']);
    expect(into('pending-deletion').sort()).toEqual(['inactive', 'revoked']);
  });

  it('never moves a revoked key back to active, inactive or expired directly', () => {
    expect(keyTransitions.revoked).toEqual(['pending-deletion']);
  });

  it('makes deleted final', () => {
    expect(keyTransitions.deleted).toEqual([]);
  });
});
