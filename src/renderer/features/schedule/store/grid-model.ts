// Owns the block grid's model as plain data: residents as rows (by PGY, then name), blocks as
// columns, who is on what, which blocks are locked, and how a rotation's colour is drawn legibly.
import type { Block, RotationTemplate, ScheduleDocument, SchedulePerson } from '../../../../shared/domain';

export interface GridRow {
  person: SchedulePerson;
  /** "Ana Ruiz" — or the id when the document carries no name. */
  label: string;
}

export interface GridModel {
  rows: GridRow[];
  blocks: Block[];
  rotations: RotationTemplate[];
  rotationById: ReadonlyMap<string, RotationTemplate>;
  /** rotation id by cellKey(personId, block). */
  assigned: ReadonlyMap<string, string>;
}

export const cellKey = (personId: string, block: number): string => `${personId}|${block}`;

export const personLabel = (person: Pick<SchedulePerson, 'id' | 'name'>): string => person.name?.trim() || person.id;

const byPgyThenName = (a: GridRow, b: GridRow) => (a.person.pgy ?? 99) - (b.person.pgy ?? 99) || a.label.localeCompare(b.label);

export function gridModel(document: ScheduleDocument): GridModel {
  const rows = document.people
    .filter((p) => p.kind === 'resident')
    .map((person) => ({ person, label: personLabel(person) }))
    .sort(byPgyThenName);
  return {
    rows,
    blocks: [...document.academicYear.blocks].sort((a, b) => a.number - b.number),
    rotations: document.rotations,
    rotationById: new Map(document.rotations.map((r) => [r.id, r])),
    assigned: new Map(document.assignments.map((a) => [cellKey(a.personId, a.block), a.rotationId])),
  };
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
