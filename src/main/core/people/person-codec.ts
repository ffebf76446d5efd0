// Owns the mapping between a Person (decrypted domain view) and its row (envelopes and blind
// indexes). Every personal field goes through the field cipher bound to its own cell.
import type { Person, PersonInput } from '../../../shared/domain';
import { blindIndex, type FieldCipher, type ProgramKeyring } from '../field-crypto';
import type { PersonRow } from '../store';

const TABLE = 'people';

export function encodePerson(
  crypto: { cipher: FieldCipher; keys: ProgramKeyring },
  ids: { id: string; programId: string; version: number; createdAt: string; updatedAt: string },
  input: PersonInput,
): PersonRow {
  const ref = (column: string) => ({ table: TABLE, column, rowId: ids.id, programId: ids.programId });
  const seal = (column: string, v: string | undefined) => (v === undefined || v === '' ? null : crypto.cipher.seal(ref(column), ids.version, v));
  return {
    id: ids.id,
    program_id: ids.programId,
    kind: input.kind,
    name_enc: crypto.cipher.seal(ref('name'), ids.version, input.name),
    email_enc: seal('email', input.email),
    email_bidx: input.email ? blindIndex(crypto.keys, ids.programId, ids.version, 'email', input.email) : null,
    phone_enc: seal('phone', input.phone),
    licence_enc: seal('licence', input.licence),
    licence_bidx: input.licence ? blindIndex(crypto.keys, ids.programId, ids.version, 'licence', input.licence) : null,
    notes_enc: seal('notes', input.notes),
    key_version: ids.version,
    created_at: ids.createdAt,
    updated_at: ids.updatedAt,
  };
}

export function decodePerson(cipher: FieldCipher, row: PersonRow): Person {
  const ref = (column: string) => ({ table: TABLE, column, rowId: row.id, programId: row.program_id });
  const optional = (column: string, env: Buffer | null) => {
    const v = cipher.openOptional(ref(column), env);
    return v === undefined ? {} : { [column]: v };
  };
  return {
    id: row.id,
    programId: row.program_id,
    kind: row.kind,
    name: cipher.open(ref('name'), row.name_enc),
    ...optional('email', row.email_enc),
    ...optional('phone', row.phone_enc),
    ...optional('licence', row.licence_enc),
    ...optional('notes', row.notes_enc),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
