// Owns the edit commands behind undo and redo — block assignments from the grid, half-day
// overrides, calls and extra duty (moonlighting, clinical work from home) from the week view — each with its inverse computed from the document before
// it is sent, and how a change is applied to the local copy of the document once main has accepted
// it. Only the open draft's document is consulted: an inverse is exact for the draft it came from.
import type { AppContract, InputOf } from '../../../../shared/contract';
import type { CallAssignment, ExtraDuty, HalfDayOverride, ScheduleDocument } from '../../../../shared/domain';
import { cellKey } from './grid-model';

export type AssignmentChange = InputOf<AppContract, 'schedule.assignments.set'>['changes'][number];
/** One slot's override as the week view sends it (null removes it). */
export type OverrideEdit = Omit<InputOf<AppContract, 'schedule.overrides.set'>, 'programId' | 'yearId'>;
/** Who takes one call (null clears it). */
export type CallEdit = Omit<InputOf<AppContract, 'schedule.calls.set'>, 'programId' | 'yearId'>;
/** One person's extra duty of one kind on one date (a null duty removes it). */
export type ExtraDutyEdit = Omit<InputOf<AppContract, 'schedule.extraDuty.set'>, 'programId' | 'yearId'>;

/** How the week view and the status bar name each kind of extra duty. */
export const EXTRA_DUTY_WORDS: Record<ExtraDutyEdit['kind'], string> = { moonlighting: 'Moonlighting', 'home-clinical': 'Clinical work from home' };

interface Step<K extends string, T> {
  kind: K;
  /** What the status bar says, e.g. "Ana Ruiz, block 3: MICU". */
  label: string;
  forward: T;
  backward: T;
}

export type EditCommand =
  | Step<'assignments', AssignmentChange[]>
  | Step<'override', OverrideEdit>
  | Step<'call', CallEdit>
  | Step<'extra-duty', ExtraDutyEdit>;

/** The changes that put back what `changes` replace, in the same order. */
export function inverseOf(document: ScheduleDocument, changes: readonly AssignmentChange[]): AssignmentChange[] {
  const current = new Map(document.assignments.map((a) => [cellKey(a.personId, a.block), a.rotationId]));
  return changes.map((c) => ({ personId: c.personId, block: c.block, rotationId: current.get(cellKey(c.personId, c.block)) ?? null }));
}

/** Changes that would alter nothing are dropped, so undo never holds empty steps. */
export function effectiveChanges(document: ScheduleDocument, changes: readonly AssignmentChange[]): AssignmentChange[] {
  const current = new Map(document.assignments.map((a) => [cellKey(a.personId, a.block), a.rotationId]));
  return changes.filter((c) => (current.get(cellKey(c.personId, c.block)) ?? null) !== c.rotationId);
}

/** The document with `changes` applied (a null rotation removes the assignment). */
export function applyAssignments(document: ScheduleDocument, changes: readonly AssignmentChange[]): ScheduleDocument {
  const touched = new Map(changes.map((c) => [cellKey(c.personId, c.block), c]));
  const kept = document.assignments.filter((a) => !touched.has(cellKey(a.personId, a.block)));
  const added = [...touched.values()].flatMap((c) => (c.rotationId === null ? [] : [{ personId: c.personId, block: c.block, rotationId: c.rotationId }]));
  return { ...document, assignments: [...kept, ...added] };
}

const sameSlot = (o: Pick<HalfDayOverride, 'personId' | 'date' | 'slot'>, e: Pick<OverrideEdit, 'personId' | 'date' | 'slot'>) =>
  o.personId === e.personId && o.date === e.date && o.slot === e.slot;

/** The override as an edit would send it: only the fields it carries, so two can be compared. */
function overrideBody(o: HalfDayOverride): NonNullable<OverrideEdit['override']> {
  return {
    activity: o.activity,
    reason: o.reason,
    ...(o.rotationId !== undefined ? { rotationId: o.rotationId } : {}),
    ...(o.hours !== undefined ? { hours: o.hours } : {}),
  };
}

/** The edit that puts the slot back as it is now: the override it holds, or none. */
export function overrideInverse(document: ScheduleDocument, edit: OverrideEdit): OverrideEdit {
  const existing = document.overrides.find((o) => sameSlot(o, edit));
  return { personId: edit.personId, date: edit.date, slot: edit.slot, override: existing ? overrideBody(existing) : null };
}

/** Whether the edit would leave the slot as it is. */
export function overrideUnchanged(document: ScheduleDocument, edit: OverrideEdit): boolean {
  const now = overrideInverse(document, edit).override;
  const next = edit.override;
  if (now === null || next === null) return now === next;
  return now.activity === next.activity && now.reason === next.reason && now.rotationId === next.rotationId && now.hours === next.hours;
}

export function applyOverride(document: ScheduleDocument, edit: OverrideEdit): ScheduleDocument {
  const overrides = document.overrides.filter((o) => !sameSlot(o, edit));
  if (edit.override) overrides.push({ personId: edit.personId, date: edit.date, slot: edit.slot, ...edit.override });
  return { ...document, overrides };
}

const sameCall = (c: Pick<CallAssignment, 'date' | 'kind'>, e: Pick<CallEdit, 'date' | 'kind'>) => c.date === e.date && c.kind === e.kind;

/** The edit that puts the call back as it is now: the same person, start and length, or nobody. */
export function callInverse(document: ScheduleDocument, edit: CallEdit): CallEdit {
  const existing = document.calls.find((c) => sameCall(c, edit));
  return {
    date: edit.date,
    kind: edit.kind,
    personId: existing?.personId ?? null,
    ...(existing?.startTime !== undefined ? { startTime: existing.startTime } : {}),
    ...(existing?.hours !== undefined ? { hours: existing.hours } : {}),
  };
}

/** Whether the edit would leave the call as it is. */
export function callUnchanged(document: ScheduleDocument, edit: CallEdit): boolean {
  const now = callInverse(document, edit);
  if (now.personId === null || edit.personId === null) return now.personId === edit.personId;
  return now.personId === edit.personId && now.startTime === edit.startTime && now.hours === edit.hours;
}

export function applyCall(document: ScheduleDocument, edit: CallEdit): ScheduleDocument {
  const calls = document.calls.filter((c) => !sameCall(c, edit));
  if (edit.personId) {
    calls.push({
      personId: edit.personId,
      date: edit.date,
      kind: edit.kind,
      ...(edit.startTime ? { startTime: edit.startTime } : {}),
      ...(edit.hours ? { hours: edit.hours } : {}),
    });
  }
  return { ...document, calls };
}

const sameExtraDuty = (e: Pick<ExtraDuty, 'personId' | 'date' | 'kind'>, edit: Pick<ExtraDutyEdit, 'personId' | 'date' | 'kind'>) =>
  e.personId === edit.personId && e.date === edit.date && e.kind === edit.kind;

/** The edit that puts this person's extra duty of this kind on this date back as it is now. */
export function extraDutyInverse(document: ScheduleDocument, edit: ExtraDutyEdit): ExtraDutyEdit {
  const existing = document.extraDuty.find((e) => sameExtraDuty(e, edit));
  return { personId: edit.personId, date: edit.date, kind: edit.kind, duty: existing ? { startTime: existing.startTime, hours: existing.hours } : null };
}

/** Whether the edit would leave the extra duty as it is. */
export function extraDutyUnchanged(document: ScheduleDocument, edit: ExtraDutyEdit): boolean {
  const now = extraDutyInverse(document, edit).duty;
  const next = edit.duty;
  if (now === null || next === null) return now === next;
  return now.startTime === next.startTime && now.hours === next.hours;
}

export function applyExtraDuty(document: ScheduleDocument, edit: ExtraDutyEdit): ScheduleDocument {
  const extraDuty = document.extraDuty.filter((e) => !sameExtraDuty(e, edit));
  if (edit.duty) extraDuty.push({ personId: edit.personId, date: edit.date, kind: edit.kind, ...edit.duty });
  return { ...document, extraDuty };
}

/** The document with one side of a command applied. */
export function applyStep(document: ScheduleDocument, command: EditCommand, direction: 'forward' | 'backward'): ScheduleDocument {
  switch (command.kind) {
    case 'assignments':
      return applyAssignments(document, command[direction]);
    case 'override':
      return applyOverride(document, command[direction]);
    case 'call':
      return applyCall(document, command[direction]);
    case 'extra-duty':
      return applyExtraDuty(document, command[direction]);
  }
}

/** The dates a step touches, for the locked-dates check (assignments are checked per block). */
export function datesOf(command: EditCommand): string[] {
  return command.kind === 'assignments' ? [] : [command.forward.date];
}
