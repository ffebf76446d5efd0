import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type PasswordVerdict,
} from '../../../../../../src/main/core/auth/password';
import { errorMessages } from '../../../../../../src/shared/contract';

const RANDOM_PHRASE = 'violet tram under seventeen kettles';
const USER = { username: 'jsmith' };

function refusal(v: PasswordVerdict): { code: string; message: string } {
  if (v.ok) throw new Error('expected a refusal');
  return v;
}

describe('password policy (SP 800-63B rev. 4, single factor)', () => {
  describe('length', () => {
    it('sets the bounds at 15 and 1024 characters', () => {
      expect([MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH]).toEqual([15, 1024]);
    });

    it('refuses 14 characters as too short, saying how many it has', () => {
      expect(checkPassword('vq7 kelp ruby9', USER)).toEqual({
        ok: false,
        code: 'ERR_PASSWORD_TOO_SHORT',
        message: 'Use at least 15 characters — this one has 14.',
      });
    });

    it('accepts exactly 15 characters', () => {
      expect(checkPassword('vq7 kelp ruby9x', USER)).toEqual({ ok: true });
    });

    it('accepts 64 characters and exactly 1024', () => {
      expect(checkPassword(`${RANDOM_PHRASE} `.repeat(2).slice(0, 64), USER)).toEqual({ ok: true });
      expect(checkPassword(`${RANDOM_PHRASE} `.repeat(30).slice(0, 1024), USER)).toEqual({ ok: true });
    });

    it('refuses 1025 characters as too long', () => {
      expect(checkPassword(`${RANDOM_PHRASE} `.repeat(30).slice(0, 1025), USER)).toEqual({
        ok: false,
        code: 'ERR_PASSWORD_TOO_LONG',
        message: 'Use at most 1024 characters — this one has 1025.',
      });
    });

    it('counts code points after NFKC, not UTF-16 units', () => {
      expect(refusal(checkPassword('😀🐙🌵🚲🎻🧭🍋🦉🪁🧩🛶🎲🪴🦔', USER)).code).toBe('ERR_PASSWORD_TOO_SHORT');
      // 'ﬁ' (U+FB01) is one code point that NFKC turns into 'f' + 'i': 14 typed, 15 counted.
      expect(checkPassword('ﬁve owls tramp', USER)).toEqual({ ok: true });
    });
  });

  describe('no composition rules', () => {
    it('accepts lower-case letters and spaces only', () => {
      expect(checkPassword('quiet kelp marches north', USER)).toEqual({ ok: true });
    });

    it('accepts digits only when they are not a known pattern', () => {
      expect(checkPassword('804217596310472985', USER)).toEqual({ ok: true });
    });
  });

  describe('blocklist', () => {
    it('refuses a common password, in any case or width', () => {
      expect(refusal(checkPassword('qazwsxedcrfvtgb', USER)).code).toBe('ERR_PASSWORD_COMMON');
      expect(refusal(checkPassword('123456789QWERTY', USER)).code).toBe('ERR_PASSWORD_COMMON');
      expect(refusal(checkPassword('ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ', USER)).code).toBe('ERR_PASSWORD_COMMON');
    });

    it('refuses a common password repeated, and one character repeated', () => {
      expect(refusal(checkPassword('passwordpassword', USER)).code).toBe('ERR_PASSWORD_COMMON');
      expect(refusal(checkPassword('dragon dragon dragon', USER)).code).toBe('ERR_PASSWORD_COMMON');
      expect(refusal(checkPassword('a'.repeat(20), USER)).code).toBe('ERR_PASSWORD_COMMON');
    });
  });

  describe('context', () => {
    it('refuses the user name, or a password containing it', () => {
      expect(refusal(checkPassword('kelp.ruby.tram.owl', { username: 'kelp.ruby.tram.owl' })).code).toBe('ERR_PASSWORD_CONTAINS_NAME');
      expect(refusal(checkPassword('jsmith covers night shifts', USER)).code).toBe('ERR_PASSWORD_CONTAINS_NAME');
      expect(refusal(checkPassword('my name is J.Smith-ＪＳＭＩＴＨ ok', USER)).code).toBe('ERR_PASSWORD_CONTAINS_NAME');
    });

    it("refuses the app's name", () => {
      expect(refusal(checkPassword('my residency scheduler login', USER)).code).toBe('ERR_PASSWORD_CONTAINS_NAME');
    });

    it('accepts a phrase without the name', () => {
      expect(checkPassword(RANDOM_PHRASE, USER)).toEqual({ ok: true });
    });
  });

  describe('messages', () => {
    const refused = [
      'short one',
      'x'.repeat(1025),
      'passwordpassword',
      'dragon dragon dragon',
      'a'.repeat(20),
      'jsmith covers night shifts',
      'my residency scheduler login',
    ].map((p) => refusal(checkPassword(p, USER)));

    it('speaks of a password, never a passphrase, and never echoes the password', () => {
      for (const r of refused) {
        expect(r.message).toMatch(/^[A-Z].*\.$/);
        expect(r.message.toLowerCase()).not.toContain('passphrase');
        expect(r.message).not.toContain('jsmith covers');
      }
      expect(refused.map((r) => r.code)).toEqual([
        'ERR_PASSWORD_TOO_SHORT',
        'ERR_PASSWORD_TOO_LONG',
        'ERR_PASSWORD_COMMON',
        'ERR_PASSWORD_COMMON',
        'ERR_PASSWORD_COMMON',
        'ERR_PASSWORD_CONTAINS_NAME',
        'ERR_PASSWORD_CONTAINS_NAME',
      ]);
    });

    it('has a contract message for every code, about a password', () => {
      for (const code of ['ERR_PASSWORD_TOO_SHORT', 'ERR_PASSWORD_TOO_LONG', 'ERR_PASSWORD_COMMON', 'ERR_PASSWORD_CONTAINS_NAME'] as const) {
        expect(errorMessages[code]).toMatch(/password/);
      }
    });
  });
});
