// Owns the sign-in lockout rule: after `threshold` failures within `windowMinutes` (since the last
// success), further attempts wait, doubling with each extra failure up to `maxMinutes`.
export interface LockoutPolicy {
  threshold: number;
  windowMinutes: number;
  baseMinutes: number;
  maxMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { threshold: 5, windowMinutes: 15, baseMinutes: 1, maxMinutes: 60 };

/** Seconds to wait before another attempt, or 0 when allowed. `failures` newest first (ISO times). */
export function lockoutRemaining(failures: readonly string[], now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT): number {
  if (failures.length < policy.threshold) return 0;
  const over = failures.length - policy.threshold;
  const waitMs = Math.min(policy.maxMinutes, policy.baseMinutes * 2 ** over) * 60_000;
  const until = new Date(failures[0]!).getTime() + waitMs;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
