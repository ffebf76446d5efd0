// Owns the arithmetic of "is it time": from when each secret last rotated and its policy, which
// are due (inside the notice window), which are overdue (past their date), and which old keys are
// still in grace. Pure: the clock is an argument, so tests move it.
import type { RotationDue, RotationGrace, RotationPolicy, SecretType } from '../../../shared/domain';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One secret instance and when it last changed (its creation, if it never rotated). */
export interface SecretClock {
  type: SecretType;
  programId: string | null;
  lastRotatedAt: string;
}

export function dueDate(lastRotatedAt: string, policy: RotationPolicy): Date {
  return new Date(Date.parse(lastRotatedAt) + policy.intervalDays * DAY_MS);
}

export function classifyDue(
  clocks: readonly SecretClock[],
  policies: Readonly<Record<SecretType, RotationPolicy>>,
  now: Date,
): { due: RotationDue[]; overdue: RotationDue[] } {
  const due: RotationDue[] = [];
  const overdue: RotationDue[] = [];
  for (const c of clocks) {
    const policy = policies[c.type];
    const at = dueDate(c.lastRotatedAt, policy);
    const entry: RotationDue = { type: c.type, programId: c.programId, lastRotatedAt: c.lastRotatedAt, dueAt: at.toISOString(), mode: policy.mode };
    if (now.getTime() >= at.getTime()) overdue.push(entry);
    else if (now.getTime() >= at.getTime() - policy.notifyBeforeDays * DAY_MS) due.push(entry);
  }
  const byDate = (a: RotationDue, b: RotationDue) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0);
  return { due: due.sort(byDate), overdue: overdue.sort(byDate) };
}

/** Completed rotations whose old key still works: grace ends strictly after now. */
export function inGrace(
  rotations: readonly { id: string; type: SecretType; programId: string | null; graceEndsAt: string | null; status: string }[],
  now: Date,
): RotationGrace[] {
  return rotations
    .filter((r) => r.status === 'completed' && r.graceEndsAt !== null && Date.parse(r.graceEndsAt) > now.getTime())
    .map((r) => ({ type: r.type, programId: r.programId, rotationId: r.id, graceEndsAt: r.graceEndsAt! }));
}
