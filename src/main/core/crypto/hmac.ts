// Owns HMAC-SHA256 (RFC 2104): the keyslot file's MAC, blind indexes and the audit chain use it.
import { createHmac } from 'node:crypto';
import { assertBytes } from './internal/bytes';

/** @example const tag = hmacSha256(macKey, utf8(canonicalJson)); */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Buffer {
  assertBytes(key, 'hmac key');
  assertBytes(message, 'hmac message');
  return createHmac('sha256', key).update(message).digest();
}
