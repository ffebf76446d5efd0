import { describe, expect, it } from 'vitest';
import { constantTimeEqual, CryptoInputError } from '../../../../../src/main/core/crypto';
import { caught, flipBit, hex } from './helpers';

const a = hex('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');

describe('constantTimeEqual', () => {
  it('answers true for equal bytes', () => {
    expect(constantTimeEqual(a, Uint8Array.from(a))).toBe(true);
  });

  it('answers true for two empty arrays', () => {
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it.each([0, 15, 31])('answers false when byte %i differs by one bit', (i) => {
    expect(constantTimeEqual(a, flipBit(a, i))).toBe(false);
  });

  it('answers false for different lengths, even when one is a prefix of the other', () => {
    expect(constantTimeEqual(a, a.subarray(0, 16))).toBe(false);
  });

  it('compares a Buffer and a Uint8Array by content', () => {
    expect(constantTimeEqual(Buffer.from(a), Uint8Array.from(a))).toBe(true);
  });

  it('refuses a string with CryptoInputError', async () => {
    const e = await caught(() => constantTimeEqual(a, 'b0344c61' as unknown as Uint8Array));
    expect(e).toBeInstanceOf(CryptoInputError);
    expect((e as Error).message).toContain('constant-time b');
  });
});
