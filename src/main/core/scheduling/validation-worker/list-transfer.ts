// Owns how long lists (findings, grid slots) cross from the worker to the main thread without
// holding the main loop. A 150-resident year has ~2,300 findings naming ~90,000 cells (~6 MB as
// JSON): structured clone of that costs the receiving thread 100+ ms in one piece. So the worker
// sends JSON text in batches (copying strings is cheap) and the main thread parses one batch per
// turn of the event loop. And for a warm year, an answer names which findings of the previous
// answer it reuses (an incremental update keeps the unchanged people's and blocks' finding
// objects), so an edit sends only the findings it changed.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** A list as it crosses the thread. */
export interface EncodedList {
  /** JSON arrays of the items new in this answer, in answer order. */
  batches: string[];
  /** Per item of the answer: its index in the previous answer for the key, or -1 for the next new one. Null: all are new. */
  reuse: Int32Array | null;
}

/** About 2–5 ms of JSON.parse on this hardware. */
const BATCH_CHARS = 128 * 1024;

/** Worker side: `previous` is the last answer sent for the same key (undefined: send everything). */
export function encodeList<T extends object>(items: readonly T[], previous?: readonly T[]): EncodedList {
  const indexOf = new Map<T, number>();
  previous?.forEach((f, i) => indexOf.set(f, i));
  const reuse = previous ? new Int32Array(items.length) : null;
  const batches: string[] = [];
  let batch: string[] = [];
  let chars = 0;
  items.forEach((f, i) => {
    const at = indexOf.get(f);
    if (reuse && at !== undefined) {
      reuse[i] = at;
      return;
    }
    if (reuse) reuse[i] = -1;
    const json = JSON.stringify(f);
    batch.push(json);
    chars += json.length;
    if (chars >= BATCH_CHARS) {
      batches.push(`[${batch.join(',')}]`);
      batch = [];
      chars = 0;
    }
  });
  if (batch.length) batches.push(`[${batch.join(',')}]`);
  return { batches, reuse };
}

/** Main side: parses one batch per turn of the event loop; `previous` is the key's last decoded answer. */
export async function decodeList<T>(encoded: EncodedList, previous?: readonly T[]): Promise<T[]> {
  const fresh: T[] = [];
  for (const [i, batch] of encoded.batches.entries()) {
    if (i > 0) await nextTurn();
    for (const f of JSON.parse(batch) as T[]) fresh.push(f);
  }
  const { reuse } = encoded;
  if (!reuse) return fresh;
  if (!previous) throw new Error('the validation worker reused items the main thread does not hold');
  let next = 0;
  return Array.from(reuse, (at) => (at < 0 ? fresh[next++]! : previous[at]!));
}
