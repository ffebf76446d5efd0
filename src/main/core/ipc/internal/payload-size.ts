// Owns measuring a request before parsing it, so an oversized payload is refused before zod walks it.
/** Serialized size in bytes, or null when the value cannot be serialized (cycles, BigInt, …). */
export function payloadBytes(value: unknown): number | null {
  if (value === undefined) return 0;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? null : Buffer.byteLength(json, 'utf8');
  } catch {
    return null;
  }
}
