import { describe, expect, it } from 'vitest';
import { createDecryptedCache } from '../../../../../src/main/core/field-crypto';

describe('decrypted-value cache', () => {
  it('never holds more than its bound, dropping the least recently used', () => {
    const c = createDecryptedCache(3);
    c.set('a', '1');
    c.set('b', '2');
    c.set('c', '3');
    c.get('a');
    c.set('d', '4');
    expect([c.get('a'), c.get('b'), c.get('c'), c.get('d')]).toEqual(['1', undefined, '3', '4']);
    expect(c.size).toBe(3);
  });

  it('forgets everything on clear', () => {
    const c = createDecryptedCache();
    c.set('a', '1');
    c.clear();
    expect([c.get('a'), c.size]).toEqual([undefined, 0]);
  });
});
