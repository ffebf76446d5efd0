// Test-only helpers for the crypto known-answer tests: strict hex decoding and error capture.

/** Decodes lowercase or uppercase hex; throws on odd length or a non-hex digit (Buffer.from would truncate silently). */
export function hex(s: string): Uint8Array {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) throw new Error(`bad hex in vector: ${s.slice(0, 40)}`);
  return new Uint8Array(Buffer.from(s, 'hex'));
}

export const toHex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** Runs fn (sync or async) and returns what it threw or rejected with; fails if it did neither. */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

/** Returns a copy of bytes with one bit flipped (bit 0 of the byte at index, default the first). */
export function flipBit(bytes: Uint8Array, index = 0, bit = 0): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[index] = (out[index] ?? 0) ^ (1 << bit);
  return out;
}
