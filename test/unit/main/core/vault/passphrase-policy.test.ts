import { describe, expect, it } from 'vitest';
import list from '../../../../../src/main/core/vault/internal/common-passwords.json';
import {
  checkPassphrase,
  MAX_PASSPHRASE_LENGTH,
  MIN_PASSPHRASE_LENGTH,
} from '../../../../../src/main/core/vault/internal/passphrase-policy';

const RANDOM_PHRASE = 'violet tram under seventeen kettles';

describe('passphrase policy', () => {
  describe('length', () => {
    it('sets the bounds at 15 and 1024 characters', () => {
      expect([MIN_PASSPHRASE_LENGTH, MAX_PASSPHRASE_LENGTH]).toEqual([15, 1024]);
    });

    it('rejects 14 characters as too short, saying how many it has', () => {
      expect(checkPassphrase('vq7 kelp ruby9')).toEqual({
        ok: false,
        reason: 'too-short',
        message: 'Use at least 15 characters — this one has 14.',
      });
    });

    it('accepts exactly 15 characters', () => {
      expect(checkPassphrase('vq7 kelp ruby9x')).toEqual({ ok: true });
    });

    it('accepts exactly 1024 characters', () => {
      expect(checkPassphrase(`${RANDOM_PHRASE} `.repeat(30).slice(0, 1024))).toEqual({ ok: true });
    });

    it('rejects more than 1024 characters as too long', () => {
      const verdict = checkPassphrase(`${RANDOM_PHRASE} `.repeat(30).slice(0, 1025));
      expect(verdict).toEqual({
        ok: false,
        reason: 'too-long',
        message: 'Use at most 1024 characters — this one has 1025.',
      });
    });

    it('counts code points, not UTF-16 units (14 emoji are too short)', () => {
      const verdict = checkPassphrase('😀🐙🌵🚲🎻🧭🍋🦉🪁🧩🛶🎲🪴🦔');
      expect(verdict).toMatchObject({ ok: false, reason: 'too-short', message: expect.stringContaining('has 14.') });
    });

    it('counts length after NFKC normalization (a ligature counts as its letters)', () => {
      // 'ﬁ' (U+FB01) is one code point that NFKC turns into 'f' + 'i'.
      expect(checkPassphrase('ﬁve owls tramp')).toEqual({ ok: true });
    });
  });

  describe('common passwords', () => {
    it('bundles a list of at least 10,000 common passwords', () => {
      expect(new Set(list.passwords).size).toBeGreaterThanOrEqual(10_000);
    });

    it('rejects a list entry of 15 characters or more', () => {
      expect(list.passwords).toContain('qazwsxedcrfvtgb');
      expect(checkPassphrase('qazwsxedcrfvtgb')).toMatchObject({ ok: false, reason: 'common' });
    });

    it('rejects a list entry regardless of letter case', () => {
      expect(list.passwords).toContain('123456789qwerty');
      expect(checkPassphrase('123456789QWERTY')).toMatchObject({ ok: false, reason: 'common' });
    });

    it('rejects a list entry padded out with spaces and punctuation', () => {
      expect(list.passwords).toContain('1qaz2wsx3edc4rfv');
      expect(checkPassphrase('1qaz 2wsx-3edc. 4rfv!')).toMatchObject({ ok: false, reason: 'common' });
    });

    it('rejects "passwordpassword", a list entry repeated', () => {
      expect(checkPassphrase('passwordpassword')).toMatchObject({ ok: false, reason: 'common' });
    });

    it('rejects a list entry repeated with separators between the copies', () => {
      expect(list.passwords).toContain('dragon');
      expect(checkPassphrase('dragon dragon dragon')).toMatchObject({ ok: false, reason: 'common' });
    });

    it('rejects one character repeated', () => {
      expect(checkPassphrase('a'.repeat(20))).toMatchObject({ ok: false, reason: 'common' });
    });

    it('accepts a list entry padded with unrelated words, since the whole is not common', () => {
      expect(list.passwords).toContain('dragon');
      expect(checkPassphrase('dragon under seventeen kettles')).toEqual({ ok: true });
    });

    it('accepts a long random phrase', () => {
      expect(checkPassphrase(RANDOM_PHRASE)).toEqual({ ok: true });
    });

    it('normalizes full-width characters (NFKC) before looking them up', () => {
      expect(checkPassphrase('ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ')).toMatchObject({ ok: false, reason: 'common' });
    });

    it('explains a common rejection in a sentence without echoing the passphrase', () => {
      const verdict = checkPassphrase('passwordpassword');
      expect(verdict.ok).toBe(false);
      if (verdict.ok) return;
      expect(verdict.message).toMatch(/^[A-Z].*\.$/);
      expect(verdict.message).not.toContain('passwordpassword');
    });
  });

  describe('context', () => {
    it('rejects a passphrase containing the username', () => {
      const verdict = checkPassphrase('jsmith covers night shifts', { username: 'jsmith' });
      expect(verdict).toMatchObject({ ok: false, reason: 'contains-context' });
    });

    it('finds the username regardless of case, NFKC width and separators', () => {
      const verdict = checkPassphrase('my name is J.Smith-ＪＳＭＩＴＨ ok', { username: 'j.smith' });
      expect(verdict).toMatchObject({ ok: false, reason: 'contains-context' });
    });

    it('rejects a passphrase equal to the username', () => {
      const username = 'kelp.ruby.tram.owl';
      expect(checkPassphrase(username, { username })).toMatchObject({ ok: false, reason: 'contains-context' });
    });

    it('does not treat a very short username as forbidden inside a phrase', () => {
      expect(checkPassphrase(RANDOM_PHRASE, { username: 'un' })).toEqual({ ok: true });
    });

    it('accepts the phrase when the username is not in it', () => {
      expect(checkPassphrase(RANDOM_PHRASE, { username: 'jsmith' })).toEqual({ ok: true });
    });

    it("rejects a passphrase containing the app's name", () => {
      const verdict = checkPassphrase('my residency scheduler vault');
      expect(verdict).toMatchObject({ ok: false, reason: 'contains-context' });
    });
  });
});
