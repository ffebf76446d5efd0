// Owns how a whole ScheduleDocument crosses from the main thread to the worker without holding the
// main loop: structured clone of a 150-resident year (~1.2 MB as JSON, ~10,000 items) costs the
// sender 20–40 ms in one piece. So its long arrays are stringified in slices, one slice per turn of
// the event loop, and the worker parses and joins them.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ScheduleDocument } from '../../../../shared/domain';

/** A document as it crosses the thread: everything but its long arrays, then slices of those. */
export interface EncodedDocument {
  rest: string;
  slices: { field: string; json: string }[];
}

/** About 2–4 ms of JSON.stringify on this hardware. */
const SLICE_ITEMS = 800;

/** Main side. The document must not change while this runs (documents are never edited in place). */
export async function encodeDocument(doc: ScheduleDocument): Promise<EncodedDocument> {
  const rest: Record<string, unknown> = {};
  const long: [string, unknown[]][] = [];
  for (const [field, value] of Object.entries(doc)) {
    if (Array.isArray(value) && value.length > SLICE_ITEMS) long.push([field, value]);
    else rest[field] = value;
  }
  const encoded: EncodedDocument = { rest: JSON.stringify(rest), slices: [] };
  for (const [field, items] of long) {
    for (let i = 0; i < items.length; i += SLICE_ITEMS) {
      await nextTurn();
      encoded.slices.push({ field, json: JSON.stringify(items.slice(i, i + SLICE_ITEMS)) });
    }
  }
  return encoded;
}

/** Worker side. */
export function decodeDocument(encoded: EncodedDocument): ScheduleDocument {
  const doc = JSON.parse(encoded.rest) as Record<string, unknown[]>;
  for (const { field, json } of encoded.slices) {
    const items = JSON.parse(json) as unknown[];
    const into = (doc[field] ??= []);
    for (const item of items) into.push(item);
  }
  return doc as unknown as ScheduleDocument;
}
