// A scripted stand-in for main's program data, installed on a fake bridge with `bridge.on`:
// programs.create, people.*, and the schedule.* channels the setup screens use (years and their
// block presets, roster, rotations, absences with their separately fetched reason, rule
// parameters). It keeps state like main does, so what one screen saves another reads back, and
// refuses as main would (a code already taken, overlapping years, a rotation still assigned).
import { errorMessages, type ErrorCode, type Envelope } from '../../../src/shared/contract';
import {
  type Absence,
  type AcademicYear,
  type Block,
  type BlockPreset,
  defaultRuleParameters,
  type EditResult,
  type Person,
  type PersonInput,
  type Program,
  type RosterEntry,
  RotationTemplate,
  RuleParameters,
  WEEKDAYS,
} from '../../../src/shared/domain';
import type { FakeBridge } from './fake-bridge';

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: errorMessages[code] } });
const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

const DAY = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const yearEnd = (start: string) => addDays(`${Number(start.slice(0, 4)) + 1}${start.slice(4)}`, -1);

/** The two presets as main documents them. */
export function presetBlocks(startDate: string, preset: BlockPreset): Block[] {
  const end = yearEnd(startDate);
  const blocks: Block[] = [];
  if (preset.kind === 'thirteen-four-week') {
    for (let i = 0; i < 13; i++) {
      const s = addDays(startDate, i * 28);
      blocks.push({ number: i + 1, startDate: s, endDate: i === 12 ? end : addDays(s, 27) });
    }
    return blocks;
  }
  let first = addDays(startDate, preset.orientationDays);
  const want = WEEKDAYS.indexOf(preset.blockWeekday);
  while ((new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7 !== want) first = addDays(first, 1);
  blocks.push({ number: 0, startDate, endDate: addDays(first, -1) });
  for (let n = 1, s = first; s <= end; n++, s = addDays(s, 28)) {
    const e = addDays(s, 27);
    blocks.push({ number: n, startDate: s, endDate: e >= end || addDays(e, 28) > end ? end : e });
    if (e >= end || addDays(e, 28) > end) break;
  }
  return blocks;
}

export interface FakeYearSeed {
  label: string;
  startDate: string;
  preset?: BlockPreset;
}

export interface FakePersonSeed {
  kind: Person['kind'];
  name: string;
  email?: string;
  /** Roster entry in the first year, when given. */
  pgy?: number;
  facultyRole?: RosterEntry['facultyRole'];
  credentials?: string[];
}

export interface FakeProgramDataScript {
  /** Program code the seeds belong to (default IM). */
  program: string;
  years: FakeYearSeed[];
  people: FakePersonSeed[];
  rotations: Omit<RotationTemplate, 'id'>[];
  /** Absences in the first year; `person` is the seeded person's name. */
  absences: (Omit<Absence, 'id' | 'personId' | 'hasReason' | 'blocking'> & { person: string; reason?: string; blocking?: boolean })[];
}

export interface FakeProgramData {
  years: AcademicYear[];
  people: Person[];
  roster: Map<string, RosterEntry[]>;
  rotations: Map<string, RotationTemplate[]>;
  absences: Map<string, Absence[]>;
  reasons: Map<string, string>;
  parameters: Map<string, RuleParameters>;
  /** Rotation ids with residents assigned (removing them is refused). */
  assignedRotations: Set<string>;
  personNamed(name: string): Person;
}

const T0 = '2025-06-01T09:00:00.000Z';

export function installProgramData(bridge: FakeBridge, script: Partial<FakeProgramDataScript> = {}): FakeProgramData {
  const seedProgram = bridge.auth.programs.find((p) => p.code === (script.program ?? 'IM'));
  const seeded = (script.years?.length ?? 0) + (script.people?.length ?? 0) > 0;
  if (!seedProgram && seeded) throw new Error('fake program data: no such program');
  let pending = 0;
  let revision = 0;
  const edited = (): EditResult => ({
    pendingChanges: ++pending,
    delta: { baseRevision: revision, revision: ++revision, added: [], removedKeys: [] },
    summary: { errors: 0, warnings: 0 },
    validationMs: 3,
  });

  const data: FakeProgramData = {
    years: [],
    people: [],
    roster: new Map(),
    rotations: new Map(),
    absences: new Map(),
    reasons: new Map(),
    parameters: new Map(),
    assignedRotations: new Set(),
    personNamed(name) {
      const p = data.people.find((x) => x.name === name);
      if (!p) throw new Error(`fake program data: no person ${name}`);
      return p;
    },
  };

  const makeYear = (programId: string, label: string, startDate: string, preset: BlockPreset): AcademicYear => ({
    id: crypto.randomUUID(),
    programId,
    label,
    startDate,
    endDate: yearEnd(startDate),
    blocks: presetBlocks(startDate, preset),
    publishedVersion: null,
    createdAt: T0,
  });
  for (const seed of script.years ?? []) {
    const year = makeYear(seedProgram!.id, seed.label, seed.startDate, seed.preset ?? { kind: 'thirteen-four-week' });
    data.years.push(year);
    data.roster.set(year.id, []);
    data.rotations.set(year.id, []);
    data.absences.set(year.id, []);
  }
  const firstYear = data.years[0];
  for (const seed of script.people ?? []) {
    const person: Person = {
      id: crypto.randomUUID(),
      programId: seedProgram!.id,
      kind: seed.kind,
      name: seed.name,
      ...(seed.email ? { email: seed.email } : {}),
      createdAt: T0,
      updatedAt: T0,
    };
    data.people.push(person);
    if (firstYear && (seed.pgy !== undefined || seed.facultyRole !== undefined || seed.kind !== 'resident')) {
      data.roster.get(firstYear.id)!.push({
        personId: person.id,
        kind: seed.kind,
        name: seed.name,
        pgy: seed.pgy ?? null,
        facultyRole: seed.facultyRole ?? null,
        credentials: seed.credentials ?? [],
        active: true,
      });
    }
  }
  if (firstYear) {
    data.rotations.set(firstYear.id, (script.rotations ?? []).map((r) => ({ ...r, id: crypto.randomUUID() })));
    for (const a of script.absences ?? []) {
      const { person, reason, blocking, ...rest } = a;
      const absence: Absence = { ...rest, id: crypto.randomUUID(), personId: data.personNamed(person).id, blocking: blocking ?? true, hasReason: !!reason };
      data.absences.get(firstYear.id)!.push(absence);
      if (reason) data.reasons.set(absence.id, reason);
    }
  }

  const program = (id: string): Program | undefined => bridge.auth.programs.find((p) => p.id === id);
  const year = (programId: string, yearId: string) => data.years.find((y) => y.id === yearId && y.programId === programId);
  const touchYear = (yearId: string) => {
    if (!data.roster.has(yearId)) data.roster.set(yearId, []);
    if (!data.rotations.has(yearId)) data.rotations.set(yearId, []);
    if (!data.absences.has(yearId)) data.absences.set(yearId, []);
  };
  const cleanPerson = (p: PersonInput): PersonInput => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== '')) as PersonInput;

  bridge.on('programs.create', ({ code, name }) => {
    if (bridge.auth.programs.some((p) => p.code === code)) return fail('ERR_PROGRAM_CODE_TAKEN');
    const created: Program = { id: crypto.randomUUID(), code, name, dataKeyVersion: 1, createdAt: new Date().toISOString() };
    bridge.auth.programs.push(created);
    return ok(created);
  });

  bridge.on('people.list', ({ programId }) => (program(programId) ? ok(data.people.filter((p) => p.programId === programId)) : fail('ERR_PROGRAM_NOT_FOUND')));
  bridge.on('people.get', ({ programId, personId }) => {
    const p = data.people.find((x) => x.id === personId && x.programId === programId);
    return p ? ok(p) : fail('ERR_PERSON_NOT_FOUND');
  });
  bridge.on('people.create', ({ programId, person }) => {
    if (!program(programId)) return fail('ERR_PROGRAM_NOT_FOUND');
    if (person.email && data.people.some((p) => p.programId === programId && p.email === person.email)) return fail('ERR_PERSON_EMAIL_TAKEN');
    const t = new Date().toISOString();
    const created: Person = { ...cleanPerson(person), id: crypto.randomUUID(), programId, createdAt: t, updatedAt: t };
    data.people.push(created);
    return ok(created);
  });
  bridge.on('people.update', ({ programId, personId, person }) => {
    const at = data.people.findIndex((x) => x.id === personId && x.programId === programId);
    if (at < 0) return fail('ERR_PERSON_NOT_FOUND');
    if (person.email && data.people.some((p) => p.id !== personId && p.programId === programId && p.email === person.email)) return fail('ERR_PERSON_EMAIL_TAKEN');
    const before = data.people[at]!;
    const updated: Person = { ...cleanPerson(person), id: before.id, programId, createdAt: before.createdAt, updatedAt: new Date().toISOString() };
    data.people[at] = updated;
    for (const entries of data.roster.values()) for (const e of entries) if (e.personId === personId) Object.assign(e, { name: updated.name, kind: updated.kind });
    return ok(updated);
  });
  bridge.on('people.remove', ({ programId, personId }) => {
    const at = data.people.findIndex((x) => x.id === personId && x.programId === programId);
    if (at < 0) return fail('ERR_PERSON_NOT_FOUND');
    data.people.splice(at, 1);
    for (const [id, entries] of data.roster) data.roster.set(id, entries.filter((e) => e.personId !== personId));
    return ok({ removed: true as const });
  });

  bridge.on('schedule.years.list', ({ programId }) =>
    program(programId) ? ok(data.years.filter((y) => y.programId === programId)) : fail('ERR_PROGRAM_NOT_FOUND'),
  );
  bridge.on('schedule.years.create', ({ programId, label, startDate, preset, rolloverFrom, programLengthYears = 3 }) => {
    if (!program(programId)) return fail('ERR_PROGRAM_NOT_FOUND');
    const end = yearEnd(startDate);
    if (data.years.some((y) => y.programId === programId && y.startDate <= end && startDate <= y.endDate)) return fail('ERR_SCHEDULE_YEAR_OVERLAP');
    const from = rolloverFrom ? year(programId, rolloverFrom) : undefined;
    if (rolloverFrom && !from) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    const created = makeYear(programId, label, startDate, preset);
    data.years.push(created);
    touchYear(created.id);
    if (from) {
      data.rotations.set(created.id, (data.rotations.get(from.id) ?? []).map((r) => ({ ...r, id: crypto.randomUUID() })));
      data.roster.set(
        created.id,
        (data.roster.get(from.id) ?? []).map((e) => {
          const pgy = e.pgy === null ? null : e.pgy + 1;
          return { ...e, pgy: pgy !== null && pgy > programLengthYears ? e.pgy : pgy, active: pgy === null || pgy <= programLengthYears };
        }),
      );
    }
    return ok(created);
  });
  bridge.on('schedule.years.updateBlocks', ({ programId, yearId, blocks }) => {
    const y = year(programId, yearId);
    if (!y) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    const contiguous = blocks.every((b, i) => b.startDate <= b.endDate && (i === 0 ? b.startDate === y.startDate : addDays(blocks[i - 1]!.endDate, 1) === b.startDate));
    if (!contiguous || blocks[blocks.length - 1]!.endDate !== y.endDate) return fail('ERR_SCHEDULE_BLOCKS_INVALID');
    y.blocks = blocks;
    return ok(y);
  });

  bridge.on('schedule.roster.list', ({ programId, yearId }) => (year(programId, yearId) ? ok(data.roster.get(yearId) ?? []) : fail('ERR_SCHEDULE_YEAR_NOT_FOUND')));
  bridge.on('schedule.roster.set', ({ programId, yearId, personId, pgy, facultyRole, credentials, active }) => {
    if (!year(programId, yearId)) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    const person = data.people.find((p) => p.id === personId && p.programId === programId);
    if (!person) return fail('ERR_PERSON_NOT_FOUND');
    const entries = data.roster.get(yearId) ?? [];
    const entry: RosterEntry = { personId, kind: person.kind, name: person.name, pgy, facultyRole, credentials, active };
    data.roster.set(yearId, [...entries.filter((e) => e.personId !== personId), entry]);
    return ok(edited());
  });

  bridge.on('schedule.rotations.list', ({ programId, yearId }) => (year(programId, yearId) ? ok(data.rotations.get(yearId) ?? []) : fail('ERR_SCHEDULE_YEAR_NOT_FOUND')));
  bridge.on('schedule.rotations.save', ({ programId, yearId, rotationId, rotation }) => {
    if (!year(programId, yearId)) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    const list = data.rotations.get(yearId) ?? [];
    if (rotationId && !list.some((r) => r.id === rotationId)) return fail('ERR_SCHEDULE_NOT_FOUND');
    const saved = RotationTemplate.parse({ ...rotation, id: rotationId ?? crypto.randomUUID() });
    data.rotations.set(yearId, rotationId ? list.map((r) => (r.id === rotationId ? saved : r)) : [...list, saved]);
    return ok({ rotation: saved, result: edited() });
  });
  bridge.on('schedule.rotations.remove', ({ programId, yearId, rotationId }) => {
    if (!year(programId, yearId)) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    if (data.assignedRotations.has(rotationId)) return fail('ERR_SCHEDULE_ROTATION_IN_USE');
    const list = data.rotations.get(yearId) ?? [];
    if (!list.some((r) => r.id === rotationId)) return fail('ERR_SCHEDULE_NOT_FOUND');
    data.rotations.set(yearId, list.filter((r) => r.id !== rotationId));
    return ok(edited());
  });

  bridge.on('schedule.absences.list', ({ programId, yearId }) => (year(programId, yearId) ? ok(data.absences.get(yearId) ?? []) : fail('ERR_SCHEDULE_YEAR_NOT_FOUND')));
  bridge.on('schedule.absences.save', ({ programId, yearId, absenceId, absence }) => {
    if (!year(programId, yearId)) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    const list = data.absences.get(yearId) ?? [];
    if (absenceId && !list.some((a) => a.id === absenceId)) return fail('ERR_SCHEDULE_NOT_FOUND');
    if (!(data.roster.get(yearId) ?? []).some((e) => e.personId === absence.personId)) return fail('ERR_SCHEDULE_NOT_ON_ROSTER');
    const id = absenceId ?? crypto.randomUUID();
    // As main: a reason left out keeps the stored one; an empty one clears it.
    if (absence.reason !== undefined) {
      if (absence.reason.trim() === '') data.reasons.delete(id);
      else data.reasons.set(id, absence.reason);
    }
    const saved: Absence = {
      id,
      personId: absence.personId,
      startDate: absence.startDate,
      endDate: absence.endDate,
      type: absence.type,
      status: absence.status,
      blocking: absence.blocking ?? true,
      hasReason: data.reasons.has(id),
    };
    data.absences.set(yearId, absenceId ? list.map((a) => (a.id === absenceId ? saved : a)) : [...list, saved]);
    return ok({ absence: saved, result: edited() });
  });
  bridge.on('schedule.absences.reason', ({ programId, yearId, absenceId }) => {
    if (!year(programId, yearId)) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    if (!(data.absences.get(yearId) ?? []).some((a) => a.id === absenceId)) return fail('ERR_SCHEDULE_NOT_FOUND');
    return ok({ reason: data.reasons.get(absenceId) ?? null });
  });
  bridge.on('schedule.absences.remove', ({ programId, yearId, absenceId }) => {
    if (!year(programId, yearId)) return fail('ERR_SCHEDULE_YEAR_NOT_FOUND');
    const list = data.absences.get(yearId) ?? [];
    if (!list.some((a) => a.id === absenceId)) return fail('ERR_SCHEDULE_NOT_FOUND');
    data.absences.set(yearId, list.filter((a) => a.id !== absenceId));
    data.reasons.delete(absenceId);
    return ok(edited());
  });

  bridge.on('schedule.parameters.get', ({ programId }) =>
    program(programId) ? ok(data.parameters.get(programId) ?? defaultRuleParameters()) : fail('ERR_PROGRAM_NOT_FOUND'),
  );
  bridge.on('schedule.parameters.set', ({ programId, parameters }) => {
    if (!program(programId)) return fail('ERR_PROGRAM_NOT_FOUND');
    const saved = RuleParameters.parse(parameters);
    data.parameters.set(programId, saved);
    return ok(saved);
  });

  return data;
}
