// Owns the schedule editor's data for one program's academic year: the draft as main answered it
// (kept in step locally as edits are accepted), the latest findings and how long validation took,
// and the undo/redo command stacks — block assignments, half-day overrides, calls and extra duty alike. One
// edit runs at a time; while it runs, edits, undo and redo wait. Changing the year clears the
// stacks: an inverse only makes sense for the draft it came from. An edit main saved but could not
// re-check (ERR_SCHEDULE_RECHECK_FAILED) counts as done: it is kept, undoable, and the draft is
// fetched again for its findings.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { Envelope, ErrorCode, IpcError } from '../../../../shared/contract';
import { applyFindingsDelta, type DraftView, type EditResult, type GridSlot, type ScheduleDocument, type ScheduleVersion } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import {
  type AssignmentChange,
  applyStep,
  type CallEdit,
  callInverse,
  callUnchanged,
  datesOf,
  effectiveChanges,
  type EditCommand,
  EXTRA_DUTY_WORDS,
  type ExtraDutyEdit,
  extraDutyInverse,
  extraDutyUnchanged,
  inverseOf,
  type OverrideEdit,
  overrideInverse,
  overrideUnchanged,
} from './commands';
import { shortDay } from './dates';
import { blockLocked, dateLocked, lockedMessage, personLabel } from './grid-model';

/** Why an edit did not happen: main's refusal, or a refusal here before anything was sent. */
export type EditProblem = Pick<IpcError, 'message'> & { code: ErrorCode | 'LOCKED' | 'BUSY' };

export interface ScheduleData {
  programId: string | null;
  yearId: string | null;
  /** Null until schedule.draft.get first answers for this year. */
  draft: DraftView | null;
  loading: boolean;
  loadError: IpcError | null;
  /** An edit (or publish) is on its way to main. */
  saving: boolean;
  /** How long the last re-validation took in main (ms). */
  validationMs: number | null;
  /** What the last edit did, for the status bar. */
  lastEdit: string;
  editProblem: EditProblem | null;
  undoStack: EditCommand[];
  redoStack: EditCommand[];
}

export interface ScheduleActions {
  /** Shows this program's year; another year than before starts with empty undo/redo. */
  open: (programId: string, yearId: string) => Promise<IpcError | null>;
  reload: () => Promise<IpcError | null>;
  /** Sends assignment changes as one undoable step (as are an override and a call). */
  assign: (changes: AssignmentChange[], label: string) => Promise<EditProblem | null>;
  undo: () => Promise<EditProblem | null>;
  redo: () => Promise<EditProblem | null>;
  /** Sets or removes one slot's override as one undoable step. */
  setOverride: (input: OverrideEdit) => Promise<EditProblem | null>;
  /** Gives a call to someone, or to nobody, as one undoable step. */
  setCall: (input: CallEdit) => Promise<EditProblem | null>;
  /** Adds, changes or removes one person's moonlighting or clinical work from home on one date, as one undoable step. */
  setExtraDuty: (input: ExtraDutyEdit) => Promise<EditProblem | null>;
  /** The derived half-day slots of the open year between two dates (passes straight through to main). */
  slots: (from: string, to: string) => Promise<Envelope<GridSlot[]>>;
  publish: (note: string) => Promise<{ ok: true; version: ScheduleVersion } | { ok: false; problem: EditProblem }>;
  /** Says why a locked cell cannot change (the grid asks before sending anything). */
  refuseLocked: () => void;
  dismissProblem: () => void;
  forget: () => void;
}

export type ScheduleStore = ScheduleData & ScheduleActions;

export const initialScheduleData: ScheduleData = {
  programId: null,
  yearId: null,
  draft: null,
  loading: false,
  loadError: null,
  saving: false,
  validationMs: null,
  lastEdit: '',
  editProblem: null,
  undoStack: [],
  redoStack: [],
};

/** How the status bar names a person: as the grid does. */
const nameIn = (document: ScheduleDocument, personId: string): string => {
  const person = document.people.find((p) => p.id === personId);
  return person ? personLabel(person) : personId;
};

/** main saved the edit but re-checking the rules failed: the edit stands, its findings are stale. */
const RECHECK_FAILED: ErrorCode = 'ERR_SCHEDULE_RECHECK_FAILED';

const BUSY: EditProblem = { code: 'BUSY', message: 'The previous change is still being saved. Try again in a moment.' };
const UNDO_LIMIT = 200;

export const useScheduleStore = create<ScheduleStore>()(
  devtools(
    (set, get) => {
      let latestLoad = 0;
      // A second open of the same year while the first is on its way shares it.
      let inflight: { key: string; promise: Promise<IpcError | null> } | null = null;

      const scope = () => {
        const { programId, yearId } = get();
        if (!programId || !yearId) throw new Error('schedule store: no year is open');
        return { programId, yearId };
      };

      /** The whole findings list again, when an edit's delta was made against another revision. */
      async function refetchFindings(programId: string, yearId: string): Promise<void> {
        const answer = await request('schedule.findings.get', { programId, yearId });
        const { draft } = get();
        if (!answer.ok || !draft || get().programId !== programId || get().yearId !== yearId) return;
        if (answer.value.revision < draft.revision) return; // a newer edit's delta already arrived
        set({ draft: { ...draft, findings: answer.value.findings, summary: answer.value.summary, revision: answer.value.revision } }, false, 'schedule/findings:refetched');
      }

      /**
       * Main's answer to an edit, into the draft. The findings come as a delta from a revision: applied
       * when it is the one held here; otherwise (another window edited meanwhile) the list is fetched.
       */
      const adopt = (result: EditResult, patch: (d: DraftView) => DraftView, lastEdit: string, action: string) => {
        const draft = get().draft;
        if (!draft) return;
        const next = patch(draft);
        const { delta } = result;
        const inStep = delta.baseRevision === null || delta.baseRevision === draft.revision;
        set(
          {
            draft: {
              ...next,
              findings: inStep ? applyFindingsDelta(draft.findings, delta) : draft.findings,
              revision: inStep ? delta.revision : draft.revision,
              summary: result.summary,
              pendingChanges: result.pendingChanges,
            },
            validationMs: result.validationMs,
            lastEdit,
            editProblem: null,
            saving: false,
          },
          false,
          `schedule/${action}`,
        );
        if (!inStep) void refetchFindings(scope().programId, scope().yearId);
      };

      const refuse = (problem: EditProblem, action: string): EditProblem => {
        set({ editProblem: problem, saving: false }, false, `schedule/${action}:refused`);
        return problem;
      };

      /** Whether one side of a step touches a published date in the past. */
      function touchesLocked(draft: DraftView, command: EditCommand, side: 'forward' | 'backward'): boolean {
        const lockedThrough = draft.lockedThrough;
        if (!lockedThrough) return false;
        if (command.kind !== 'assignments') return datesOf(command).some((d) => dateLocked(d, lockedThrough));
        const blocks = new Map(draft.document.academicYear.blocks.map((b) => [b.number, b]));
        return command[side].some((c) => {
          const b = blocks.get(c.block);
          return b !== undefined && blockLocked(b, lockedThrough);
        });
      }

      /** One side of a step, on the channel its kind belongs to. */
      function transmit(command: EditCommand, side: 'forward' | 'backward'): Promise<Envelope<EditResult>> {
        switch (command.kind) {
          case 'assignments':
            return request('schedule.assignments.set', { ...scope(), changes: command[side] });
          case 'override':
            return request('schedule.overrides.set', { ...scope(), ...command[side] });
          case 'call':
            return request('schedule.calls.set', { ...scope(), ...command[side] });
          case 'extra-duty':
            return request('schedule.extraDuty.set', { ...scope(), ...command[side] });
        }
      }

      /** Sends one step; once main accepts it, the undo/redo stacks move with `direction`. */
      async function send(command: EditCommand, direction: 'do' | 'undo' | 'redo'): Promise<EditProblem | null> {
        const { draft, saving } = get();
        if (!draft) return null;
        if (saving) return BUSY;
        const side = direction === 'undo' ? 'backward' : 'forward';
        if (draft.lockedThrough && touchesLocked(draft, command, side)) {
          return refuse({ code: 'LOCKED', message: lockedMessage(draft.lockedThrough) }, direction);
        }
        set({ saving: true, editProblem: null }, false, `schedule/${direction}:sending`);
        const answer = await transmit(command, side);
        if (!answer.ok && answer.error.code !== RECHECK_FAILED) return refuse(answer.error, direction);
        const { undoStack, redoStack } = get();
        const verb = direction === 'undo' ? 'Undone: ' : direction === 'redo' ? 'Redone: ' : '';
        const applied = (d: DraftView): DraftView => ({ ...d, document: applyStep(d.document, command, side) });
        if (answer.ok) adopt(answer.value, applied, `${verb}${command.label}`, `${direction}:${command.kind}`);
        else {
          const draft = get().draft;
          set(
            { ...(draft ? { draft: applied(draft) } : {}), validationMs: null, lastEdit: `${verb}${command.label} (saved; the findings will refresh)`, editProblem: null, saving: false },
            false,
            `schedule/${direction}:${command.kind}:recheck-failed`,
          );
          void get().reload(); // main's findings, pending changes and revision as they now stand
        }
        if (direction === 'do') set({ undoStack: [...undoStack, command].slice(-UNDO_LIMIT), redoStack: [] }, false, 'schedule/stacks');
        else if (direction === 'undo') set({ undoStack: undoStack.slice(0, -1), redoStack: [...redoStack, command] }, false, 'schedule/stacks');
        else set({ undoStack: [...undoStack, command], redoStack: redoStack.slice(0, -1) }, false, 'schedule/stacks');
        return null;
      }

      function load(programId: string, yearId: string): Promise<IpcError | null> {
        const key = `${programId}|${yearId}`;
        if (inflight?.key === key) return inflight.promise;
        const promise = fetchDraft(programId, yearId).finally(() => {
          if (inflight?.promise === promise) inflight = null;
        });
        inflight = { key, promise };
        return promise;
      }

      async function fetchDraft(programId: string, yearId: string): Promise<IpcError | null> {
        const ticket = ++latestLoad;
        set({ loading: true, loadError: null }, false, 'schedule/load');
        const answer = await request('schedule.draft.get', { programId, yearId });
        if (ticket !== latestLoad) return null; // another year was chosen meanwhile
        if (!answer.ok) {
          set({ loading: false, loadError: answer.error }, false, 'schedule/load:failed');
          return answer.error;
        }
        set({ loading: false, draft: answer.value }, false, 'schedule/load:done');
        return null;
      }

      return {
        ...initialScheduleData,

        open(programId, yearId) {
          const s = get();
          if (s.programId !== programId || s.yearId !== yearId) {
            set({ ...initialScheduleData, programId, yearId }, false, 'schedule/open');
          }
          return load(programId, yearId);
        },

        reload() {
          const { programId, yearId } = get();
          return programId && yearId ? load(programId, yearId) : Promise.resolve(null);
        },

        assign(changes, label) {
          const draft = get().draft;
          if (!draft) return Promise.resolve(null);
          const effective = effectiveChanges(draft.document, changes);
          if (effective.length === 0) return Promise.resolve(null);
          return send({ kind: 'assignments', label, forward: effective, backward: inverseOf(draft.document, effective) }, 'do');
        },

        undo() {
          const command = get().undoStack.at(-1);
          return command ? send(command, 'undo') : Promise.resolve(null);
        },

        redo() {
          const command = get().redoStack.at(-1);
          return command ? send(command, 'redo') : Promise.resolve(null);
        },

        setOverride(input) {
          const draft = get().draft;
          if (!draft || overrideUnchanged(draft.document, input)) return Promise.resolve(null);
          const what = input.override ? `override (${input.override.activity})` : 'override removed';
          const label = `${nameIn(draft.document, input.personId)}, ${shortDay(input.date)} ${input.slot}: ${what}`;
          return send({ kind: 'override', label, forward: input, backward: overrideInverse(draft.document, input) }, 'do');
        },

        setCall(input) {
          const draft = get().draft;
          if (!draft || callUnchanged(draft.document, input)) return Promise.resolve(null);
          const who = input.personId ? nameIn(draft.document, input.personId) : 'nobody';
          const label = `${input.kind} call on ${shortDay(input.date)}: ${who}`;
          return send({ kind: 'call', label, forward: input, backward: callInverse(draft.document, input) }, 'do');
        },

        setExtraDuty(input) {
          const draft = get().draft;
          if (!draft || extraDutyUnchanged(draft.document, input)) return Promise.resolve(null);
          const what = input.duty ? `${EXTRA_DUTY_WORDS[input.kind]} ${input.duty.hours} h from ${input.duty.startTime}` : `${EXTRA_DUTY_WORDS[input.kind]} removed`;
          const label = `${nameIn(draft.document, input.personId)}, ${shortDay(input.date)}: ${what}`;
          return send({ kind: 'extra-duty', label, forward: input, backward: extraDutyInverse(draft.document, input) }, 'do');
        },

        slots: (from, to) => request('schedule.grid.slots', { ...scope(), from, to }),

        async publish(note) {
          if (get().saving) return { ok: false, problem: BUSY };
          set({ saving: true, editProblem: null }, false, 'schedule/publish');
          const answer = await request('schedule.publish', { ...scope(), note });
          set({ saving: false }, false, answer.ok ? 'schedule/publish:done' : 'schedule/publish:failed');
          if (!answer.ok) return { ok: false, problem: answer.error };
          set({ lastEdit: `Published version ${answer.value.version}` }, false, 'schedule/published');
          await get().reload(); // pending changes and locked dates change with a publish
          return { ok: true, version: answer.value };
        },

        refuseLocked() {
          const lockedThrough = get().draft?.lockedThrough;
          if (lockedThrough) refuse({ code: 'LOCKED', message: lockedMessage(lockedThrough) }, 'locked');
        },

        dismissProblem: () => set({ editProblem: null }, false, 'schedule/dismiss'),

        forget() {
          latestLoad += 1;
          inflight = null;
          set(initialScheduleData, false, 'schedule/forget');
        },
      };
    },
    { name: 'schedule', enabled: devtoolsEnabled() },
  ),
);

/** Back to nothing known (sign-out, another user; tests). */
export function resetScheduleStore(): void {
  useScheduleStore.getState().forget();
}
