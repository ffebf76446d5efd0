// Test-only builder of ScheduleDocuments: a year of 28-day blocks from Wed 1 Jul 2026, rotations
// with a weekly pattern in one line, people, assignments, calls, overrides, extra duty, absences
// and holidays. `day(n)` is the date n days after the year's start. build() parses through the
// real ScheduleDocument schema, so every document a test validates is one the app could hold.
import {
  type RotationTemplateInput,
  type RuleParametersInput,
  ScheduleDocument,
  type ScheduleDocumentInput,
  type Weekday,
  WEEKDAYS,
} from '../../../../../../src/shared/domain';

export const YEAR_START = '2026-07-01';

/** The date `n` days after 1 Jul 2026. */
export function day(n: number): string {
  return new Date(Date.UTC(2026, 6, 1 + n)).toISOString().slice(0, 10);
}

export interface PatternSpec {
  am?: string | null;
  pm?: string | null;
  night?: string | null;
  /** Weekdays that carry the activities (default: all seven). */
  on?: readonly Weekday[];
}

export function pattern(spec: PatternSpec): RotationTemplateInput['pattern'] {
  const on = new Set(spec.on ?? WEEKDAYS);
  return Object.fromEntries(
    WEEKDAYS.map((w) => [w, on.has(w) ? { am: spec.am ?? null, pm: spec.pm ?? null, night: spec.night ?? null } : { am: null, pm: null, night: null }]),
  ) as RotationTemplateInput['pattern'];
}

type RotationOpts = Omit<Partial<RotationTemplateInput>, 'pattern' | 'id'> & { pattern?: PatternSpec };

export class ScheduleBuilder {
  private readonly doc: ScheduleDocumentInput;

  constructor(opts: { blocks?: number; blockDays?: number; parameters?: RuleParametersInput } = {}) {
    const blocks = opts.blocks ?? 13;
    const blockDays = opts.blockDays ?? 28;
    this.doc = {
      formatVersion: 1,
      program: { code: 'TEST' },
      parameters: opts.parameters ?? {},
      academicYear: {
        label: '2026–27',
        startDate: YEAR_START,
        endDate: day(blocks * blockDays - 1),
        blocks: Array.from({ length: blocks }, (_, i) => ({ number: i + 1, startDate: day(i * blockDays), endDate: day((i + 1) * blockDays - 1) })),
      },
      people: [],
      rotations: [],
      assignments: [],
      overrides: [],
      calls: [],
      extraDuty: [],
      absences: [],
      holidays: [],
    };
  }

  parameters(p: RuleParametersInput): this {
    this.doc.parameters = p;
    return this;
  }

  rotation(id: string, opts: RotationOpts = {}): this {
    const { pattern: spec, ...rest } = opts;
    this.doc.rotations.push({
      id,
      code: id.toUpperCase().slice(0, 16),
      name: rest.name ?? `Rotation ${id}`,
      colour: '#336699',
      capacity: { min: 0, max: 50 },
      pattern: pattern(spec ?? { am: 'Clinic', pm: 'Clinic', on: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
      ...rest,
    });
    return this;
  }

  resident(id: string, pgy = 2, opts: { name?: string; credentials?: string[] } = {}): this {
    this.doc.people.push({ id, kind: 'resident', pgy, name: opts.name ?? `Dr ${id}`, credentials: opts.credentials ?? [] });
    return this;
  }

  faculty(id: string, name = `Dr ${id}`): this {
    this.doc.people.push({ id, kind: 'faculty', facultyRole: 'attending', name });
    return this;
  }

  assign(personId: string, block: number, rotationId: string): this {
    this.doc.assignments.push({ personId, block, rotationId });
    return this;
  }

  call(personId: string, date: string, kind: 'in-house' | 'at-home' | 'backup' = 'in-house', opts: { startTime?: string; hours?: number } = {}): this {
    (this.doc.calls ??= []).push({ personId, date, kind, ...opts });
    return this;
  }

  override(personId: string, date: string, slot: 'AM' | 'PM' | 'NIGHT', activity: 'work' | 'off', opts: { rotationId?: string; hours?: number; reason?: string } = {}): this {
    (this.doc.overrides ??= []).push({ personId, date, slot, activity, reason: opts.reason ?? 'test', ...(opts.rotationId ? { rotationId: opts.rotationId } : {}), ...(opts.hours ? { hours: opts.hours } : {}) });
    return this;
  }

  extra(personId: string, date: string, startTime: string, hours: number, kind: 'moonlighting' | 'home-clinical' = 'moonlighting'): this {
    (this.doc.extraDuty ??= []).push({ personId, date, startTime, hours, kind });
    return this;
  }

  absence(personId: string, startDate: string, endDate: string, opts: { type?: 'vacation' | 'education' | 'sick'; status?: 'approved' | 'requested'; blocking?: boolean } = {}): this {
    (this.doc.absences ??= []).push({ personId, startDate, endDate, type: opts.type ?? 'vacation', status: opts.status ?? 'approved', ...(opts.blocking !== undefined ? { blocking: opts.blocking } : {}) });
    return this;
  }

  holiday(date: string, name = 'Holiday'): this {
    (this.doc.holidays ??= []).push({ date, name });
    return this;
  }

  build(): ScheduleDocument {
    return ScheduleDocument.parse(structuredClone(this.doc));
  }
}
