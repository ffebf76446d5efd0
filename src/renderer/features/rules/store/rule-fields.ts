// Owns the rule parameters as the settings form lays them out: one entry per number or time, with
// its words, unit and the ACGME (or program) default it resets to. The schema in
// shared/domain/rule-parameters decides what is valid; this only says how to show it.
import { defaultRuleParameters, RULE_IDS, RuleParameters, type RuleId } from '../../../../shared/domain';

type Sections = Omit<RuleParameters, 'warningMarginPercent' | 'disabledRules'>;
export type SectionKey = keyof Sections;

export interface RuleField {
  /** "section.key", or a top-level key. */
  id: string;
  label: string;
  unit: string;
  kind: 'number' | 'time' | 'optional-number';
  get: (p: RuleParameters) => number | string | null;
  set: (p: RuleParameters, v: number | string | null) => RuleParameters;
}

export interface RuleGroup {
  title: string;
  rule: RuleId | null;
  hint: string;
  fields: RuleField[];
}

function field<S extends SectionKey, K extends keyof Sections[S] & string>(section: S, key: K, label: string, unit: string, kind: RuleField['kind'] = 'number'): RuleField {
  return {
    id: `${section}.${key}`,
    label,
    unit,
    kind,
    get: (p) => p[section][key] as number | string | null,
    set: (p, v) => ({ ...p, [section]: { ...p[section], [key]: v } }),
  };
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  {
    title: 'Weekly hours',
    rule: 'acgme.weekly-hours',
    hint: 'Clinical and educational work, averaged over the window.',
    fields: [field('weeklyHours', 'limitHours', 'Limit per week', 'hours'), field('weeklyHours', 'windowDays', 'Averaged over', 'days')],
  },
  {
    title: 'Days off',
    rule: 'acgme.day-off-in-seven',
    hint: 'Free days per window (one in seven, averaged).',
    fields: [
      field('dayOffInSeven', 'freeDaysPerWindow', 'Free days', 'days'),
      field('dayOffInSeven', 'windowDays', 'Per window of', 'days'),
      field('dayOffInSeven', 'maxConsecutiveWorkDays', 'At most worked in a row (optional)', 'days', 'optional-number'),
    ],
  },
  {
    title: 'Continuous hours',
    rule: 'acgme.continuous-hours',
    hint: 'Longest continuous scheduled work, plus time for transitions of care.',
    fields: [field('continuousHours', 'limitHours', 'Limit', 'hours'), field('continuousHours', 'transitionHours', 'Transition time', 'hours')],
  },
  {
    title: 'Rest after a 24-hour period',
    rule: 'acgme.rest-after-24h',
    hint: 'Time off after in-house call or a long shift.',
    fields: [field('restAfter24h', 'triggerHours', 'After a shift of', 'hours'), field('restAfter24h', 'minRestHours', 'Rest at least', 'hours')],
  },
  {
    title: 'Rest between shifts',
    rule: 'acgme.rest-between-shifts',
    hint: 'Time off between scheduled periods.',
    fields: [field('restBetweenShifts', 'minRestHours', 'At least', 'hours')],
  },
  {
    title: 'In-house call',
    rule: 'acgme.call-frequency',
    hint: 'No more often than every n-th night, averaged over the window.',
    fields: [field('callFrequency', 'everyNthNight', 'Every', 'nights'), field('callFrequency', 'windowDays', 'Averaged over', 'days')],
  },
  {
    title: 'Night float',
    rule: 'program.night-float-max',
    hint: 'Longest run of night-float nights.',
    fields: [field('nightFloat', 'maxConsecutiveNights', 'At most', 'nights in a row')],
  },
  {
    title: 'Supervision',
    rule: 'program.supervision',
    hint: 'Each faculty member supervises this many units; a PGY-1 counts more than a senior.',
    fields: [
      field('supervision', 'pgy1Units', 'A PGY-1 counts', 'units'),
      field('supervision', 'seniorUnits', 'A senior counts', 'units'),
      field('supervision', 'unitsPerFaculty', 'Units per faculty member', 'units'),
    ],
  },
  {
    title: 'Clock',
    rule: null,
    hint: 'When the day slots and in-house call start.',
    fields: [
      field('clock', 'amStart', 'Morning starts', '', 'time'),
      field('clock', 'pmStart', 'Afternoon starts', '', 'time'),
      field('clock', 'nightStart', 'Night and call start', '', 'time'),
      field('clock', 'callHours', 'In-house call lasts', 'hours'),
    ],
  },
];

export const ALL_FIELDS: readonly RuleField[] = RULE_GROUPS.flatMap((g) => g.fields);

export const RULE_NAMES: Record<RuleId, string> = {
  'acgme.weekly-hours': '80 hours a week',
  'acgme.day-off-in-seven': 'One day off in seven',
  'acgme.continuous-hours': '24 + 4 continuous hours',
  'acgme.rest-after-24h': 'Rest after 24 hours',
  'acgme.rest-between-shifts': 'Rest between shifts',
  'acgme.call-frequency': 'Call no more than every third night',
  'program.night-float-max': 'Night float limit',
  'program.consecutive-work-days': 'Days worked in a row',
  'program.supervision': 'Supervision ratio',
  'program.coverage': 'Rotation coverage (min/max per block)',
  'program.eligibility': 'PGY and credential eligibility',
  'program.absence-conflict': 'Work during an approved absence',
};
export const RULES = RULE_IDS;

export const DEFAULTS: RuleParameters = defaultRuleParameters();

/** Text fields of the form, keyed by field id (numbers as typed). */
export type RulesDraft = Record<string, string> & { warningMarginPercent: string };

export const toText = (v: number | string | null): string => (v === null ? '' : String(v));

export function draftOf(p: RuleParameters): RulesDraft {
  const d: Record<string, string> = { warningMarginPercent: toText(p.warningMarginPercent) };
  for (const f of ALL_FIELDS) d[f.id] = toText(f.get(p));
  return d as RulesDraft;
}

/** The draft as parameters, or the ids of the fields the schema refuses. */
export function parametersOf(draft: RulesDraft, disabledRules: readonly string[]): { ok: true; value: RuleParameters } | { ok: false; bad: string[] } {
  let p: RuleParameters = { ...DEFAULTS, warningMarginPercent: Number(draft.warningMarginPercent), disabledRules: [...disabledRules] };
  const bad: string[] = [];
  for (const f of ALL_FIELDS) {
    const text = (draft[f.id] ?? '').trim();
    const value = f.kind === 'time' ? text : f.kind === 'optional-number' && text === '' ? null : text === '' ? Number.NaN : Number(text);
    p = f.set(p, value);
  }
  const parsed = RuleParameters.safeParse(p);
  if (parsed.success) return { ok: true, value: parsed.data };
  for (const issue of parsed.error.issues) bad.push(issue.path.length > 1 ? `${String(issue.path[0])}.${String(issue.path[1])}` : String(issue.path[0]));
  return { ok: false, bad };
}
