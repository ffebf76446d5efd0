// Scripts the schedule.* channels on the fake bridge as main answers them, over one in-memory
// draft: edits change the document and re-validate it with a small stand-in rule set (every ICU
// block is an 80-hour error on the block's first day; every night-float block a rest warning),
// publishing freezes a version, and the diff lists scripted changes with who made them.
import type { AppContract, InputOf } from '../../../../../src/shared/contract';
import {
  type Block,
  defaultRuleParameters,
  type DaySlot,
  type DraftView,
  type EditResult,
  type Finding,
  type GridSlot,
  type RotationTemplate,
  type ScheduleChange,
  type ScheduleDocument,
  type SchedulePerson,
  type ScheduleVersion,
  DraftView as DraftViewSchema,
} from '../../../../../src/shared/domain';
import { ADMIN, COORDINATOR, type FakeBridge, installFakeBridge, PROGRAMS } from '../../fake-bridge';

export const PROGRAM_ID = PROGRAMS[0]!.id;
export const YEAR_ID = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const OTHER_YEAR_ID = '4d2e3f50-6b7c-4d8e-9fa0-1b2c3d4e5f60';

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const pattern = (am: string | null, pm: string | null, night: string | null = null) => {
  const day = { am, pm, night };
  const off = { am: null, pm: null, night: null };
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: off, sun: off };
};

const rotation = (id: string, code: string, name: string, colour: string, nightFloat = false): RotationTemplate => ({
  id,
  code,
  name,
  colour,
  capacity: { min: 0, max: 20 },
  pgyEligible: [],
  requiredCredentials: [],
  leaveEligible: true,
  pattern: nightFloat ? pattern(null, null, 'nights') : pattern('rounds', 'clinic'),
  hoursPerHalfDay: 6,
  hoursPerNight: 12,
  callEligible: !nightFloat,
  nightFloat,
  supervised: true,
  observesHolidays: true,
});

export const ROTATIONS: RotationTemplate[] = [
  rotation('wards', 'WARDS', 'General wards', '#1b5c9e'),
  rotation('icu', 'ICU', 'Intensive care', '#b3261e'),
  rotation('clinic', 'CLIN', 'Continuity clinic', '#9be7a5'),
  rotation('nf', 'NF', 'Night float', '#3b2f63', true),
];

/** 13 blocks of 28 days from 2025-07-01; the last runs to the year's end. */
export function blocksOfYear(): Block[] {
  const day = (n: number) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: 13 }, (_, i) => ({ number: i + 1, startDate: day(i * 28), endDate: i === 12 ? '2026-06-30' : day(i * 28 + 27) }));
}

const NAMES = ['Ana Ruiz', 'Ben Okafor', 'Chloe Park', 'Dev Patel', 'Elena Rossi', 'Femi Adeyemi'];

export function residents(n: number): SchedulePerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: uuid(i + 1),
    kind: 'resident' as const,
    name: NAMES[i] ?? `Resident ${String(i + 1).padStart(3, '0')}`,
    pgy: (i % 3) + 1,
    credentials: [],
  }));
}

export const FACULTY: SchedulePerson = { id: uuid(900), kind: 'faculty', name: 'Dr Faculty', facultyRole: 'core-faculty', credentials: [] };

export interface ScheduleScript {
  residents?: number;
  rotations?: RotationTemplate[];
  /** Rotation id per (resident index, block number); default: WARDS everywhere except Ana on ICU in block 1. */
  assign?: (index: number, block: number) => string | null;
  lockedThrough?: string | null;
  versions?: ScheduleVersion[];
  diff?: ScheduleChange[];
}

export interface FakeSchedule {
  document: ScheduleDocument;
  pendingChanges: number;
  /** main's findings revision and the findings it numbers; edits answer deltas from it. */
  revision: number;
  findings: Finding[];
  lockedThrough: string | null;
  versions: ScheduleVersion[];
}

const defaultAssign = (i: number, block: number) => (i === 0 && block === 1 ? 'icu' : 'wards');

/** The stand-in rule set. */
export function findingsFor(document: ScheduleDocument): Finding[] {
  const blocks = new Map(document.academicYear.blocks.map((b) => [b.number, b]));
  const names = new Map(document.people.map((p) => [p.id, p.name ?? p.id]));
  return document.assignments.flatMap((a): Finding[] => {
    const block = blocks.get(a.block)!;
    const base = { personId: a.personId, block: a.block, startDate: block.startDate, endDate: block.endDate, cells: [{ personId: a.personId, date: block.startDate }] };
    if (a.rotationId === 'icu') {
      return [
        {
          ...base,
          key: `weekly|${a.personId}|${a.block}`,
          ruleId: 'acgme.weekly-hours',
          severity: 'error',
          measured: 84,
          limit: 80,
          unit: 'hours/week',
          explanation: `${names.get(a.personId)} works 84 h a week on average in block ${a.block}.`,
          suggestion: 'Move one ICU week to clinic.',
        },
      ];
    }
    if (a.rotationId === 'nf') {
      return [
        {
          ...base,
          key: `rest|${a.personId}|${a.block}`,
          ruleId: 'acgme.rest-between-shifts',
          severity: 'warning',
          measured: 7,
          limit: 8,
          unit: 'hours',
          explanation: `${names.get(a.personId)} has 7 h between shifts in block ${a.block}.`,
          suggestion: 'Start the night float a day later.',
        },
      ];
    }
    return [];
  });
}

const summaryOf = (findings: Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
});

type Input<K extends keyof AppContract> = InputOf<AppContract, K>;

/** An unlocked fake with a coordinator signed in and the schedule channels scripted. */
export function installSchedule(script: ScheduleScript = {}): { bridge: FakeBridge; state: FakeSchedule } {
  const bridge = installFakeBridge({
    state: 'unlocked',
    slots: ['recovery', 'passphrase'],
    passphrase: 'x'.repeat(20),
    recoveryConfirmed: true,
    users: [ADMIN, COORDINATOR],
    signedIn: COORDINATOR.username,
  });
  const blocks = blocksOfYear();
  const people = [...residents(script.residents ?? 6), FACULTY];
  const assignOf = script.assign ?? defaultAssign;
  const document: ScheduleDocument = {
    formatVersion: 1,
    program: { code: 'IM', name: 'Internal Medicine' },
    parameters: defaultRuleParameters(),
    academicYear: { label: '2025–26', startDate: '2025-07-01', endDate: '2026-06-30', blocks },
    people,
    rotations: script.rotations ?? ROTATIONS,
    assignments: people
      .filter((p) => p.kind === 'resident')
      .flatMap((p, i) => blocks.flatMap((b) => {
        const rotationId = (script.rotations ?? ROTATIONS).length ? assignOf(i, b.number) : null;
        return rotationId ? [{ personId: p.id, block: b.number, rotationId }] : [];
      })),
    overrides: [],
    calls: [],
    extraDuty: [],
    absences: [],
    holidays: [],
  };
  const state: FakeSchedule = {
    document,
    pendingChanges: 0,
    revision: 1,
    findings: findingsFor(document),
    lockedThrough: script.lockedThrough ?? null,
    versions: script.versions ?? [],
  };

  /** As main answers an edit: the findings that changed since the last revision. */
  const edited = (): { ok: true; value: EditResult } => {
    state.pendingChanges += 1;
    const before = new Map(state.findings.map((f) => [f.key, JSON.stringify(f)]));
    const findings = findingsFor(state.document);
    const after = new Map(findings.map((f) => [f.key, JSON.stringify(f)]));
    const delta = {
      baseRevision: state.revision,
      revision: state.revision + 1,
      added: findings.filter((f) => before.get(f.key) !== after.get(f.key)),
      removedKeys: [...before.keys()].filter((k) => before.get(k) !== after.get(k)),
    };
    state.revision = delta.revision;
    state.findings = findings;
    return { ok: true, value: { pendingChanges: state.pendingChanges, delta, summary: summaryOf(findings), validationMs: 3.2 } };
  };
  const year = (yearId: string) => ({
    id: yearId,
    programId: PROGRAM_ID,
    label: yearId === YEAR_ID ? '2025–26' : '2026–27',
    startDate: document.academicYear.startDate,
    endDate: document.academicYear.endDate,
    blocks,
    publishedVersion: state.versions[0]?.version ?? null,
    createdAt: '2025-05-01T08:00:00.000Z',
  });

  /** main's findings now, under a new revision when the document was changed behind its back. */
  const current = (): Finding[] => {
    const findings = findingsFor(state.document);
    if (JSON.stringify(findings) !== JSON.stringify(state.findings)) {
      state.findings = findings;
      state.revision += 1;
    }
    return state.findings;
  };
  bridge.on('schedule.draft.get', ({ yearId }) => {
    const findings = current();
    const draft: DraftView = {
      year: year(yearId),
      document: structuredClone(state.document),
      pendingChanges: state.pendingChanges,
      lockedThrough: state.lockedThrough,
      findings,
      summary: summaryOf(findings),
      revision: state.revision,
    };
    return { ok: true, value: DraftViewSchema.parse(draft) };
  });
  bridge.on('schedule.findings.get', () => {
    const findings = current();
    return { ok: true, value: { findings: structuredClone(findings), summary: summaryOf(findings), revision: state.revision } };
  });
  bridge.on('schedule.assignments.set', ({ changes }) => {
    for (const c of changes) {
      state.document.assignments = state.document.assignments.filter((a) => !(a.personId === c.personId && a.block === c.block));
      if (c.rotationId) state.document.assignments.push({ personId: c.personId, block: c.block, rotationId: c.rotationId });
    }
    return edited();
  });
  bridge.on('schedule.overrides.set', ({ personId, date, slot, override }: Input<'schedule.overrides.set'>) => {
    state.document.overrides = state.document.overrides.filter((o) => !(o.personId === personId && o.date === date && o.slot === slot));
    if (override) state.document.overrides.push({ personId, date, slot, ...override });
    return edited();
  });
  bridge.on('schedule.calls.set', ({ date, kind, personId }) => {
    state.document.calls = state.document.calls.filter((c) => !(c.date === date && c.kind === kind));
    if (personId) state.document.calls.push({ personId, date, kind });
    return edited();
  });
  bridge.on('schedule.extraDuty.set', ({ personId, date, kind, duty }: Input<'schedule.extraDuty.set'>) => {
    state.document.extraDuty = state.document.extraDuty.filter((e) => !(e.personId === personId && e.date === date && e.kind === kind));
    if (duty) state.document.extraDuty.push({ personId, date, kind, ...duty });
    return edited();
  });
  bridge.on('schedule.grid.slots', ({ from, to }) => {
    const slots: GridSlot[] = [];
    for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
      const block = blocks.find((b) => b.startDate <= d && d <= b.endDate);
      for (const p of state.document.people.filter((x) => x.kind === 'resident')) {
        const rotationId = state.document.assignments.find((a) => a.personId === p.id && a.block === block?.number)?.rotationId ?? null;
        for (const s of ['AM', 'PM'] as DaySlot[]) {
          const o = state.document.overrides.find((x) => x.personId === p.id && x.date === d && x.slot === s);
          if (o) slots.push({ personId: p.id, date: d, slot: s, rotationId: o.rotationId ?? rotationId, activity: o.activity === 'off' ? 'off' : 'work', hours: o.activity === 'off' ? 0 : 6, source: 'override', overrideReason: o.reason });
          else if (weekday !== 0 && weekday !== 6 && rotationId) slots.push({ personId: p.id, date: d, slot: s, rotationId, activity: s === 'AM' ? 'rounds' : 'clinic', hours: 6, source: 'template' });
        }
      }
      for (const c of state.document.calls.filter((x) => x.date === d)) {
        slots.push({ personId: c.personId, date: d, slot: 'NIGHT', rotationId: null, activity: `call:${c.kind}`, hours: 12, source: 'call' });
      }
    }
    return { ok: true, value: slots };
  });
  bridge.on('schedule.publish', ({ yearId, note }) => {
    const findings = findingsFor(state.document);
    const version: ScheduleVersion = {
      yearId,
      version: (state.versions[0]?.version ?? 0) + 1,
      publishedAt: '2025-07-15T10:00:00.000Z',
      publishedBy: COORDINATOR.displayName,
      note: note ?? '',
      summary: summaryOf(findings),
      changeCount: state.pendingChanges,
    };
    state.versions.unshift(version);
    state.pendingChanges = 0;
    return { ok: true, value: version };
  });
  bridge.on('schedule.versions.list', () => ({ ok: true, value: structuredClone(state.versions) }));
  bridge.on('schedule.versions.diff', () => ({ ok: true, value: { changes: structuredClone(script.diff ?? []), truncated: false } }));
  return { bridge, state };
}
