// Owns academic years: listing, creating one from a block preset (optionally rolling over the
// previous year: its rotation templates, and its roster with residents one PGY up), and replacing
// a year's blocks. Blocks that have begun in a published year stay as they are.
import { randomUUID } from 'node:crypto';
import type { AcademicYear, Block, BlockPreset, IsoDate } from '../../../shared/domain';
import {
  academicYearsOfProgram,
  blocksWithAssignments,
  insertAcademicYear,
  replaceBlocks,
  rosterOfYear,
  rotationsOfYear,
  transaction,
  upsertRosterEntry,
  upsertRotation,
} from '../store';
import { presetBlocks } from './block-presets';
import { validateBlocks } from './block-validation';
import { changeLog, subjects } from './internal/change-log';
import { blockSummary } from './internal/summaries';
import { BlocksInvalidError, ScheduleLockedError, YearOverlapError } from './errors';
import { blocksOf, requireYear, type SchedulingDeps, toAcademicYear } from './internal/context';
import { lockedThrough } from './lock-policy';
import type { ValidationCache } from './validation-cache';

export interface NewYear {
  label: string;
  startDate: IsoDate;
  preset: BlockPreset;
  rolloverFrom?: string | undefined;
  programLengthYears: number;
}

export interface YearsService {
  list(programId: string): AcademicYear[];
  create(programId: string, input: NewYear): AcademicYear;
  updateBlocks(programId: string, yearId: string, blocks: Block[], userId: string): AcademicYear;
}

export function createYearsService(deps: SchedulingDeps, cache: ValidationCache): YearsService {
  return {
    list(programId) {
      deps.programs.require(programId);
      const db = deps.reader();
      return academicYearsOfProgram(db, programId).map((y) => toAcademicYear(y, blocksOf(db, y.id)));
    },

    create(programId, input) {
      deps.programs.require(programId);
      const layout = presetBlocks(input.startDate, input.preset);
      const db = deps.writer();
      const row = {
        id: randomUUID(),
        program_id: programId,
        label: input.label,
        start_date: layout.startDate,
        end_date: layout.endDate,
        published_version: null,
        created_at: deps.now().toISOString(),
      };
      transaction(db, () => {
        for (const y of academicYearsOfProgram(db, programId)) {
          if (y.label === input.label) throw new YearOverlapError('that label is taken');
          if (y.start_date <= row.end_date && y.end_date >= row.start_date) throw new YearOverlapError();
        }
        const source = input.rolloverFrom === undefined ? null : requireYear(db, programId, input.rolloverFrom);
        insertAcademicYear(db, row);
        replaceBlocks(db, row.id, validateBlocks(layout.blocks, layout));
        if (source) rollOver(source.id, row.id, input.programLengthYears);
      });
      return toAcademicYear(row, layout.blocks);

      // Templates keep their ids, so a rotation is the same rotation from one year to the next.
      function rollOver(fromYear: string, toYear: string, programLength: number) {
        for (const r of rotationsOfYear(db, fromYear)) upsertRotation(db, { ...r, year_id: toYear });
        for (const e of rosterOfYear(db, fromYear)) {
          const resident = e.pgy !== null && e.active === 1;
          const graduated = resident && e.pgy! + 1 > programLength;
          upsertRosterEntry(db, {
            ...e,
            year_id: toYear,
            pgy: resident && !graduated ? e.pgy! + 1 : e.pgy,
            active: graduated ? 0 : e.active,
          });
        }
      }
    },

    updateBlocks(programId, yearId, blocks, userId) {
      const db = deps.writer();
      const updated = transaction(db, () => {
        const year = requireYear(db, programId, yearId);
        const next = validateBlocks(blocks, { startDate: year.start_date, endDate: year.end_date });
        const through = lockedThrough(year, deps.now());
        if (through !== null) {
          const before = blocksOf(db, yearId);
          const key = (b: Block) => `${b.number}|${b.startDate}|${b.endDate}`;
          const [was, will] = [new Set(before.map(key)), new Set(next.map(key))];
          // A begun block must be in both lists unchanged.
          const moved = [...before.filter((b) => !will.has(key(b))), ...next.filter((b) => !was.has(key(b)))].find((b) => b.startDate <= through);
          if (moved) throw new ScheduleLockedError(`block ${moved.number} has begun and is published`);
        }
        const numbers = new Set(next.map((b) => b.number));
        const orphaned = blocksWithAssignments(db, yearId).filter((n) => !numbers.has(n));
        if (orphaned.length) throw new BlocksInvalidError(`blocks ${orphaned.join(', ')} still have assignments`);
        const log = changeLog(db, yearId, userId, deps.now());
        const was = new Map(blocksOf(db, yearId).map((b) => [b.number, b]));
        replaceBlocks(db, yearId, next);
        // Moved block dates change every derived half-day in them: they are draft changes like any other.
        for (const b of next) log('blocks', subjects.block(b.number), blockSummary(was.get(b.number) ?? null), blockSummary(b));
        for (const [n, b] of was) if (!numbers.has(n)) log('blocks', subjects.block(n), blockSummary(b), null);
        return toAcademicYear(year, next);
      });
      cache.drop(programId);
      return updated;
    },
  };
}
