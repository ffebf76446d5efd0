import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../../../../../src/main/core/crypto';
import hmacVectors from '../../../../vectors/hmac-sha256.json';
import { hex, toHex } from './helpers';

describe('hmacSha256 (RFC 4231 §4, HMAC-SHA-256 outputs)', () => {
  it.each(hmacVectors.vectors)('$name: produces the published MAC', (v) => {
    expect(toHex(hmacSha256(hex(v.key), hex(v.data)))).toBe(v.mac);
  });
});
