// Owns publishing and versions: a publish freezes the year's current document (sealed as one
// envelope under the program's data key) with its findings summary as version n+1 and takes every
// pending draft change; versions are listed without opening their snapshots; a diff compares two
// versions, or a version and the draft, naming who made each change from the change log.
import type { FindingSummary, ScheduleChange, ScheduleDocument, ScheduleVersion } from '../../../shared/domain';
import {
  type AcademicYearRow,
  changesBetween,
  countPendingChanges,
  insertScheduleVersion,
  latestScheduleVersionNumber,
  markChangesPublished,
  type ReadableDb,
  scheduleVersion,
  type ScheduleVersionHeader,
  scheduleVersionHeaders,
  setPublishedVersion,
  transaction,
} from '../store';
import type { DraftState } from './draft-state';
import { NothingToPublishError, ValidationUnavailableError, VersionNotFoundError } from './errors';
import { requireYear, type SchedulingDeps, userName } from './internal/context';
import { versionNoteRef, versionSnapshotRef } from './internal/sealed-fields';
import { diffDocuments } from './schedule-diff';

export const MAX_DIFF_CHANGES = 20_000;

export interface PublishingService {
  publish(programId: string, yearId: string, note: string, userId: string): Promise<ScheduleVersion>;
  versions(programId: string, yearId: string): ScheduleVersion[];
  diff(programId: string, yearId: string, from: number, to: number | 'draft'): { changes: ScheduleChange[]; truncated: boolean };
}

/** Validations a publish may start over because an edit landed while the year was being checked. */
const PUBLISH_ATTEMPTS = 3;

export function createPublishingService(deps: SchedulingDeps, draft: DraftState, warmDocument: (programId: string, yearId: string) => ScheduleDocument | undefined): PublishingService {
  const toVersion = (h: ScheduleVersionHeader): ScheduleVersion => ({
    yearId: h.year_id,
    version: h.version,
    publishedAt: h.published_at,
    publishedBy: userName(deps, h.published_by),
    note: h.note_enc === null ? '' : deps.cipher.open(versionNoteRef(h.program_id, h.year_id, h.version), h.note_enc),
    summary: { errors: h.errors, warnings: h.warnings },
    changeCount: h.change_count,
  });

  const snapshot = (db: ReadableDb, year: AcademicYearRow, version: number): ScheduleDocument => {
    const row = scheduleVersion(db, year.id, version);
    if (!row) throw new VersionNotFoundError();
    return JSON.parse(deps.cipher.open(versionSnapshotRef(row.program_id, year.id, version), row.snapshot_enc)) as ScheduleDocument;
  };

  /** Seals `document` as the next version and takes every pending change, in one transaction. */
  const freeze = (programId: string, yearId: string, v: number, document: ScheduleDocument, summary: FindingSummary, note: string, userId: string) => {
    const db = deps.writer();
    return transaction(db, () => {
      const current = requireYear(db, programId, yearId);
      const pending = countPendingChanges(db, yearId);
      if (current.published_version !== null && pending === 0) throw new NothingToPublishError();
      const version = latestScheduleVersionNumber(db, yearId) + 1;
      const row = {
        year_id: yearId,
        version,
        program_id: programId,
        published_at: deps.now().toISOString(),
        published_by: userId,
        errors: summary.errors,
        warnings: summary.warnings,
        change_count: pending,
        snapshot_enc: deps.cipher.seal(versionSnapshotRef(programId, yearId, version), v, JSON.stringify(document)),
        note_enc: note ? deps.cipher.seal(versionNoteRef(programId, yearId, version), v, note) : null,
        key_version: v,
      };
      insertScheduleVersion(db, row);
      markChangesPublished(db, yearId, version);
      setPublishedVersion(db, yearId, version);
      return row;
    });
  };

  return {
    async publish(programId, yearId, note, userId) {
      deps.programs.require(programId);
      for (let attempt = 1; ; attempt++) {
        const year = requireYear(deps.reader(), programId, yearId);
        // Publishing re-checks the whole year in the worker. Every edit replaces the year's warm
        // document as it commits (and a block or parameter change drops it), so the document being
        // still the warm one when the transaction starts means no edit landed in between.
        const { document, summary } = await draft.validation(year, { all: true });
        if (warmDocument(programId, yearId) !== document) {
          if (attempt < PUBLISH_ATTEMPTS) continue;
          throw new ValidationUnavailableError('the draft kept changing while it was being checked for publishing');
        }
        return toVersion(freeze(programId, yearId, deps.programs.require(programId).dataKeyVersion, document, summary, note, userId));
      }
    },

    versions(programId, yearId) {
      const db = deps.reader();
      requireYear(db, programId, yearId);
      return scheduleVersionHeaders(db, yearId).map(toVersion);
    },

    diff(programId, yearId, from, to) {
      const db = deps.reader();
      const year = requireYear(db, programId, yearId);
      const left = snapshot(db, year, to === 'draft' ? from : Math.min(from, to));
      const right = to === 'draft' ? draft.document(db, year) : snapshot(db, year, Math.max(from, to));
      const items = diffDocuments(left, right);
      const log = changesBetween(db, yearId, to === 'draft' ? from : Math.min(from, to), to === 'draft' ? null : Math.max(from, to));
      const authors = new Map<string, { users: Set<string>; at: string }>();
      for (const c of log) {
        const key = `${c.kind}|${c.subject}`;
        const entry = authors.get(key) ?? { users: new Set<string>(), at: c.at };
        entry.users.add(c.user_id);
        if (c.at > entry.at) entry.at = c.at;
        authors.set(key, entry);
      }
      const changes = items.slice(0, MAX_DIFF_CHANGES).map(({ subject, ...item }): ScheduleChange => {
        const who = authors.get(`${item.kind}|${subject}`);
        return {
          ...item,
          changedBy: who ? [...who.users].slice(0, 20).map((id) => userName(deps, id)) : [],
          changedAt: who?.at ?? null,
        };
      });
      return { changes, truncated: items.length > MAX_DIFF_CHANGES };
    },
  };
}
