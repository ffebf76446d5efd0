import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeRecoveryCode, encodeRecoveryCode } from '../../../../../src/main/core/vault';

describe('recovery code', () => {
  it('round-trips 1,000 random codes', () => {
    for (let i = 0; i < 1000; i++) {
      const bytes = randomBytes(20);
      expect(decodeRecoveryCode(encodeRecoveryCode(bytes))?.equals(bytes)).toBe(true);
    }
  });

  it('encodes all-zero and all-one bytes at the edges of the alphabet', () => {
    expect(encodeRecoveryCode(Buffer.alloc(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
    expect(encodeRecoveryCode(Buffer.alloc(20, 0xff))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  });

  it('reads O as zero and I or L as one, ignoring case, spaces and dashes', () => {
    const bytes = Buffer.alloc(20);
    expect(decodeRecoveryCode('oooo oooo-OOOO oooo oooo oooo oooo oooo')?.equals(bytes)).toBe(true);
    expect(decodeRecoveryCode('1111-1111-1111-1111-1111-1111-1111-1111')?.equals(decodeRecoveryCode('iiii-llll-IIII-LLLL-1111-1111-1111-1111')!)).toBe(true);
  });

  it.each(['', 'ABCD', '0000-0000-0000-0000-0000-0000-0000-000U', '0000-0000-0000-0000-0000-0000-0000-0000-0000'])('refuses %j', (typed) => {
    expect(decodeRecoveryCode(typed)).toBeNull();
  });
});
