// Owns input checking for every crypto entry point: type and exact length, with a labelled error.
import { CryptoInputError } from '../errors';

export function assertBytes(value: unknown, label: string, length?: number): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) throw new CryptoInputError(`${label}: expected Uint8Array`);
  if (length !== undefined && value.length !== length) {
    throw new CryptoInputError(`${label}: expected ${length} bytes, got ${value.length}`);
  }
}

/** Best-effort scrubbing of scratch secrets; JS cannot promise the GC left no copy. */
export function zeroize(...buffers: (Uint8Array | undefined)[]): void {
  for (const b of buffers) b?.fill(0);
}

export const toBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
