// Owns re-sealing one row: every envelope opened under the key version it names and sealed again
// under the target version, bound to the same cell; blind indexes recomputed under the target
// version's index key. Plaintext exists only inside this function.
import { blindIndex, type FieldCipher, type ProgramKeyring } from '../../field-crypto';
import type { EncryptedTable } from '../encrypted-columns';
import { ReencryptRowError } from '../errors';

export type StaleRow = Record<string, unknown> & { rowid: number; key_version: number };

export interface Resealed {
  /** New values in the order of the table's fields, then its blind indexes. */
  values: (Buffer | null)[];
  fields: number;
}

export function resealRow(
  t: EncryptedTable,
  row: StaleRow,
  scopeId: string,
  target: number,
  crypto: { cipher: FieldCipher; keys: ProgramKeyring },
): Resealed {
  const rowId = t.rowId.columns.map((c) => String(row[c])).join(t.rowId.join);
  const plain = new Map<string, string>();
  const values: (Buffer | null)[] = [];
  let fields = 0;
  for (const f of t.fields) {
    const envelope = row[f.column];
    if (envelope === null || envelope === undefined) {
      if (!f.nullable) throw new ReencryptRowError(t.table, row.rowid, f.column, 'is empty');
      values.push(null);
      continue;
    }
    if (!(envelope instanceof Uint8Array)) throw new ReencryptRowError(t.table, row.rowid, f.column, 'is not an envelope');
    const ref = { table: t.table, column: f.aadColumn, rowId, programId: scopeId };
    let value: string;
    try {
      value = crypto.cipher.open(ref, envelope);
    } catch (cause) {
      throw new ReencryptRowError(t.table, row.rowid, f.column, 'does not decrypt', { cause });
    }
    plain.set(f.aadColumn, value);
    values.push(crypto.cipher.seal(ref, target, value));
    fields++;
  }
  for (const b of t.blindIndexes) {
    const value = plain.get(b.of);
    values.push(value === undefined ? null : blindIndex(crypto.keys, scopeId, target, b.kind, value));
  }
  return { values, fields };
}
