// Owns the one list of every field-encrypted column in the store: which table, whose key seals it
// (a program's, or the system scope's), how its cell is named in the envelope's associated data
// (table | column | row id | scope | key version) and which blind indexes derive from it. Key
// rotation re-encrypts exactly what is listed here; test/unit/main/core/reencrypt checks that
// every *_enc column of the schema is listed, so a new encrypted column cannot be forgotten.
import type { BlindIndexKind } from '../field-crypto';
import { SYSTEM_SCOPE } from '../users';

export interface EncryptedField {
  /** The BLOB column holding the envelope. */
  column: string;
  /** The column name inside the associated data (the codec's name for the field). */
  aadColumn: string;
  nullable: boolean;
}

export interface DerivedBlindIndex {
  column: string;
  kind: BlindIndexKind;
  /** aadColumn of the field whose plaintext it indexes. */
  of: string;
}

export interface EncryptedTable {
  table: string;
  /** Program-scoped rows name their program in a column; system-scoped rows all use one scope. */
  scope: { column: string } | { fixed: string };
  /** Columns whose values, joined with `join`, are the row id in the associated data. */
  rowId: { columns: readonly string[]; join: string };
  fields: readonly EncryptedField[];
  blindIndexes: readonly DerivedBlindIndex[];
}

const field = (aadColumn: string, nullable: boolean, column = `${aadColumn}_enc`): EncryptedField => ({ column, aadColumn, nullable });
const programScope = { column: 'program_id' } as const;
const byId = { columns: ['id'], join: '' } as const;

/** Every encrypted column; each table has a key_version column naming the key that sealed its row. */
export const encryptedTables: readonly EncryptedTable[] = [
  {
    // person-codec.ts
    table: 'people',
    scope: programScope,
    rowId: byId,
    fields: [field('name', false), field('email', true), field('phone', true), field('licence', true), field('notes', true)],
    blindIndexes: [
      { column: 'email_bidx', kind: 'email', of: 'email' },
      { column: 'licence_bidx', kind: 'licence', of: 'licence' },
    ],
  },
  {
    // users.service.ts: display names belong to no program.
    table: 'users',
    scope: { fixed: SYSTEM_SCOPE },
    rowId: byId,
    fields: [field('display_name', false)],
    blindIndexes: [],
  },
  // Migration 0005, scheduling/internal/sealed-fields.ts: reasons, publish notes, published snapshots.
  { table: 'absences', scope: programScope, rowId: byId, fields: [field('reason', true)], blindIndexes: [] },
  { table: 'halfday_overrides', scope: programScope, rowId: byId, fields: [field('reason', false)], blindIndexes: [] },
  {
    table: 'schedule_versions',
    scope: programScope,
    // scheduling/internal/sealed-fields.ts: "<year id>:<version>"
    rowId: { columns: ['year_id', 'version'], join: ':' },
    fields: [field('snapshot', false), field('note', true)],
    blindIndexes: [],
  },
];

/** The tables sealed under `scopeId`'s keys: the system scope's, or every program-scoped one. */
export const tablesOfScope = (scopeId: string): EncryptedTable[] =>
  encryptedTables.filter((t) => ('fixed' in t.scope ? t.scope.fixed === scopeId : scopeId !== SYSTEM_SCOPE));
