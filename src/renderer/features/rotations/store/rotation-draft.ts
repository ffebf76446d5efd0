// Owns the editor's view of a rotation template: every field as typed (numbers as text), the
// empty template a new rotation starts from, and turning the draft back into what the contract
// accepts — with each problem named by the field it belongs to.
import { type AppContract, type InputOf, RotationTemplateInput } from '../../../../shared/contract';
import { type DaySlot, type RotationTemplate, WEEKDAYS, type Weekday, type WeeklyPattern } from '../../../../shared/domain';

/** A rotation as the editor sends it (the contract's input, without an id). */
export type TemplateInput = InputOf<AppContract, 'schedule.rotations.save'>['rotation'];

export type SlotKey = 'am' | 'pm' | 'night';
export const SLOT_KEYS: readonly SlotKey[] = ['am', 'pm', 'night'];
export const SLOT_LABEL: Record<SlotKey, DaySlot> = { am: 'AM', pm: 'PM', night: 'NIGHT' };

export interface RotationDraft {
  code: string;
  name: string;
  colour: string;
  capacityMin: string;
  capacityMax: string;
  pgyEligible: number[];
  credentials: string;
  leaveEligible: boolean;
  /** Activity label per weekday and slot; '' = nothing scheduled. */
  pattern: Record<Weekday, Record<SlotKey, string>>;
  hoursPerHalfDay: string;
  hoursPerNight: string;
  callEligible: boolean;
  nightFloat: boolean;
  supervised: boolean;
  observesHolidays: boolean;
}

export type DraftField = 'code' | 'name' | 'colour' | 'capacity' | 'credentials' | 'pattern' | 'hoursPerHalfDay' | 'hoursPerNight';
export type DraftProblems = Partial<Record<DraftField, string>>;

const WEEKDAY_SET = new Set<string>(['mon', 'tue', 'wed', 'thu', 'fri']);

export function emptyDraft(): RotationDraft {
  return {
    code: '',
    name: '',
    colour: '#4a90d9',
    capacityMin: '0',
    capacityMax: '4',
    pgyEligible: [],
    credentials: '',
    leaveEligible: true,
    pattern: Object.fromEntries(
      WEEKDAYS.map((d) => [d, { am: WEEKDAY_SET.has(d) ? 'clinic' : '', pm: WEEKDAY_SET.has(d) ? 'clinic' : '', night: '' }]),
    ) as RotationDraft['pattern'],
    hoursPerHalfDay: '6',
    hoursPerNight: '12',
    callEligible: false,
    nightFloat: false,
    supervised: true,
    observesHolidays: true,
  };
}

export function draftFrom(r: RotationTemplate): RotationDraft {
  return {
    code: r.code,
    name: r.name,
    colour: r.colour,
    capacityMin: String(r.capacity.min),
    capacityMax: String(r.capacity.max),
    pgyEligible: [...r.pgyEligible],
    credentials: r.requiredCredentials.join(', '),
    leaveEligible: r.leaveEligible,
    pattern: Object.fromEntries(
      WEEKDAYS.map((d) => [d, { am: r.pattern[d].am ?? '', pm: r.pattern[d].pm ?? '', night: r.pattern[d].night ?? '' }]),
    ) as RotationDraft['pattern'],
    hoursPerHalfDay: String(r.hoursPerHalfDay),
    hoursPerNight: String(r.hoursPerNight),
    callEligible: r.callEligible,
    nightFloat: r.nightFloat,
    supervised: r.supervised,
    observesHolidays: r.observesHolidays,
  };
}

const FIELD_OF: Record<string, DraftField> = {
  code: 'code',
  name: 'name',
  colour: 'colour',
  capacity: 'capacity',
  requiredCredentials: 'credentials',
  pattern: 'pattern',
  hoursPerHalfDay: 'hoursPerHalfDay',
  hoursPerNight: 'hoursPerNight',
};

const MESSAGES: Record<DraftField, string> = {
  code: 'Enter a short code of up to 16 characters, e.g. WARDS.',
  name: 'Enter the rotation’s name (up to 120 characters).',
  colour: 'Choose a colour written #rrggbb.',
  capacity: 'Enter whole numbers from 0 to 500, the minimum no larger than the maximum.',
  credentials: 'Up to 20 credentials of up to 40 characters each, separated by commas.',
  pattern: 'Activity labels are at most 40 characters.',
  hoursPerHalfDay: 'Enter hours from 1 to 12.',
  hoursPerNight: 'Enter hours from 1 to 16.',
};

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));

/** The draft as the contract's rotation input, or the problems that keep it from being one. */
export function toInput(draft: RotationDraft): { ok: true; value: TemplateInput } | { ok: false; problems: DraftProblems } {
  const pattern = Object.fromEntries(
    WEEKDAYS.map((d) => [d, Object.fromEntries(SLOT_KEYS.map((k) => [k, draft.pattern[d][k].trim() || null]))]),
  ) as WeeklyPattern;
  const candidate = {
    code: draft.code.trim(),
    name: draft.name.trim(),
    colour: draft.colour,
    capacity: { min: num(draft.capacityMin), max: num(draft.capacityMax) },
    pgyEligible: [...draft.pgyEligible].sort((a, b) => a - b),
    requiredCredentials: [...new Set(draft.credentials.split(',').map((s) => s.trim()).filter(Boolean))],
    leaveEligible: draft.leaveEligible,
    pattern,
    hoursPerHalfDay: num(draft.hoursPerHalfDay),
    hoursPerNight: num(draft.hoursPerNight),
    callEligible: draft.callEligible,
    nightFloat: draft.nightFloat,
    supervised: draft.supervised,
    observesHolidays: draft.observesHolidays,
  };
  const parsed = RotationTemplateInput.safeParse(candidate);
  if (parsed.success) return { ok: true, value: candidate };
  const problems: DraftProblems = {};
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF[String(issue.path[0])];
    if (field) problems[field] = MESSAGES[field];
  }
  return { ok: false, problems };
}

/** Which weekdays the rotation works, as a short summary ("Mon–Fri AM/PM", nights). */
export function patternSummary(p: WeeklyPattern): string {
  const days = WEEKDAYS.filter((d) => p[d].am || p[d].pm);
  const nights = WEEKDAYS.filter((d) => p[d].night);
  const parts: string[] = [];
  if (days.length > 0) parts.push(`${days.length} day${days.length === 1 ? '' : 's'}`);
  if (nights.length > 0) parts.push(`${nights.length} night${nights.length === 1 ? '' : 's'}`);
  return parts.length > 0 ? `${parts.join(', ')} a week` : 'Nothing scheduled';
}
