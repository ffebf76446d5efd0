// Owns comparison of secrets without a timing side channel.
import { timingSafeEqual } from 'node:crypto';
import { assertBytes } from './internal/bytes';

/** True when equal. Different lengths answer false (length is not secret for our MACs and tags). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  assertBytes(a, 'constant-time a');
  assertBytes(b, 'constant-time b');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
