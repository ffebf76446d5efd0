// Owns the block grid's model as plain data: residents as rows (by PGY, then name), then the year's
// faculty in their own section (by name) — faculty are assigned rotations too, since supervision
// counts who works a supervised rotation — blocks as columns, who is on what, which blocks are
// locked, and how a rotation's colour is drawn legibly.
import type { Block, FacultyRole, RotationTemplate, ScheduleDocument, SchedulePerson } from '../../../../shared/domain';

export interface GridRow {
  person: SchedulePerson;
  /** "Ana Ruiz" — or the id when the document carries no name. */
  label: string;
  /** Beside the name: "PGY-2" for a resident, the role for faculty ("" when unknown). */
  detail: string;
}

export interface GridModel {
  /** Residents first, then faculty from `facultyStart` on. */
  rows: GridRow[];
  /** Index in `rows` of the first faculty member; `rows.length` when there is none. */
  facultyStart: number;
  blocks: Block[];
  rotations: RotationTemplate[];
  rotationById: ReadonlyMap<string, RotationTemplate>;
  /** rotation id by cellKey(personId, block). */
  assigned: ReadonlyMap<string, string>;
}

export const cellKey = (personId: string, block: number): string => `${personId}|${block}`;

export const personLabel = (person: Pick<SchedulePerson, 'id' | 'name'>): string => person.name?.trim() || person.id;

const byPgyThenName = (a: GridRow, b: GridRow) => (a.person.pgy ?? 99) - (b.person.pgy ?? 99) || a.label.localeCompare(b.label);

const FACULTY_ROLE_WORDS: Record<FacultyRole, string> = {
  'program-director': 'Program director',
  'associate-program-director': 'Associate PD',
  'core-faculty': 'Core faculty',
  attending: 'Attending',
};

const rowOf = (person: SchedulePerson): GridRow => ({
  person,
  label: personLabel(person),
  detail: person.kind === 'resident' ? (person.pgy ? `PGY-${person.pgy}` : '') : person.facultyRole ? FACULTY_ROLE_WORDS[person.facultyRole] : 'Faculty',
});

export function gridModel(document: ScheduleDocument): GridModel {
  const residents = document.people.filter((p) => p.kind === 'resident').map(rowOf).sort(byPgyThenName);
  const faculty = document.people
    .filter((p) => p.kind === 'faculty')
    .map(rowOf)
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    rows: [...residents, ...faculty],
    facultyStart: residents.length,
    blocks: [...document.academicYear.blocks].sort((a, b) => a.number - b.number),
    rotations: document.rotations,
    rotationById: new Map(document.rotations.map((r) => [r.id, r])),
    assigned: new Map(document.assignments.map((a) => [cellKey(a.personId, a.block), a.rotationId])),
  };
}

/**
 * The grid's lines on screen are its rows plus one "Faculty" heading line just before the first
 * faculty row. These map between the two; keyboard moves go by rows, layout by lines.
 */
export const hasFacultySection = (model: Pick<GridModel, 'rows' | 'facultyStart'>): boolean => model.facultyStart < model.rows.length;

export const lineCount = (model: Pick<GridModel, 'rows' | 'facultyStart'>): number => model.rows.length + (hasFacultySection(model) ? 1 : 0);

/** The line row `r` is drawn on. */
export const lineOfRow = (model: Pick<GridModel, 'rows' | 'facultyStart'>, r: number): number => (hasFacultySection(model) && r >= model.facultyStart ? r + 1 : r);

/** The row on `line`, or 'heading' for the faculty heading. */
export function rowOfLine(model: Pick<GridModel, 'rows' | 'facultyStart'>, line: number): number | 'heading' {
  if (!hasFacultySection(model) || line < model.facultyStart) return line;
  return line === model.facultyStart ? 'heading' : line - 1;
}

/** A block can no longer change once any of its dates is locked (published and in the past). */
export const blockLocked = (block: Pick<Block, 'startDate'>, lockedThrough: string | null): boolean =>
  lockedThrough !== null && block.startDate <= lockedThrough;

/** Whether a single date is locked. */
export const dateLocked = (date: string, lockedThrough: string | null): boolean => lockedThrough !== null && date <= lockedThrough;

export const lockedMessage = (lockedThrough: string): string =>
  `Dates through ${lockedThrough} are published and in the past, so they are locked. Nothing was changed.`;

/** The block holding `date`, if any. */
export const blockOfDate = (blocks: readonly Block[], date: string): Block | undefined =>
  blocks.find((b) => b.startDate <= date && date <= b.endDate);

/** Black or white, whichever reads better on the rotation's colour (WCAG relative luminance). */
export function textOn(colour: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const v = parseInt(colour.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05): pick the larger.
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** The rotation whose code is `text` (any case), else the only one whose code or name starts with it. */
export function rotationMatching(rotations: readonly RotationTemplate[], text: string): RotationTemplate | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  const exact = rotations.find((r) => r.code.toLowerCase() === t);
  if (exact) return exact;
  const prefix = filterRotations(rotations, t);
  return prefix.length === 1 ? prefix[0] : undefined;
}

export const filterRotations = (rotations: readonly RotationTemplate[], text: string): RotationTemplate[] => {
  const t = text.trim().toLowerCase();
  return t ? rotations.filter((r) => r.code.toLowerCase().startsWith(t) || r.name.toLowerCase().includes(t)) : [...rotations];
};
