// Owns writing draft edits to the change log: one row per subject that actually changed, with the
// acting user's id and the shared summaries (no personal data).
import { insertScheduleChange, type ScheduleChangeKind, type WritableDb } from '../../store';

export type RecordChange = (kind: ScheduleChangeKind, subject: string, before: string | null, after: string | null) => void;

export function changeLog(db: WritableDb, yearId: string, userId: string, now: Date): RecordChange {
  const at = now.toISOString();
  return (kind, subject, before, after) => {
    if (before === after) return;
    insertScheduleChange(db, { year_id: yearId, at, user_id: userId, kind, subject, before, after });
  };
}

export const subjects = {
  assignment: (personId: string, block: number) => `${personId}|${block}`,
  override: (personId: string, date: string, slot: string) => `${personId}|${date}|${slot}`,
  call: (date: string, kind: string) => `${date}|${kind}`,
  extraDuty: (personId: string, date: string, kind: string) => `${personId}|${date}|${kind}`,
  block: (number: number) => `block|${number}`,
  parameters: 'parameters',
} as const;
