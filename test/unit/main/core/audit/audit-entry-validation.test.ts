// What record() refuses: anything outside the schema, and anything that looks like a secret or
// personal data — targets are ids, never names; details are small code-like values.
import { describe, expect, it } from 'vitest';
import { auditActions, type AuditEntryInput } from '../../../../../src/main/core/audit';
import { codeOf, PERSON, USER_A, useAuditStores } from './helpers';

const store = useAuditStores();
const ok: AuditEntryInput = { actor: USER_A, action: 'person.view', target: PERSON, outcome: 'success' };

describe('record refuses', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['an unknown action', { action: 'person.steal' }],
    ['an actor that is a name', { actor: 'Ada Lovelace' }],
    ['an actor that is a user name', { actor: 'ada.lovelace' }],
    ['a target that is a name', { target: 'Ada Lovelace' }],
    ['a target that is an e-mail', { target: 'ada@example.org' }],
    ['a target that looks like a key', { target: 'a'.repeat(16) + '0123456789abcdef0123456789abcdef' }],
    ['an unknown outcome', { outcome: 'ok' }],
    ['an unknown field', { name: 'Ada' }],
    ['a details key naming personal data', { details: { displayName: 'x' } }],
    ['a details key naming an e-mail', { details: { email: 'x' } }],
    ['a details key naming a password', { details: { newPassword: 'x' } }],
    ['a details key naming a recovery code', { details: { recoveryCode: 'x' } }],
    ['a details key naming a token', { details: { refreshToken: 'x' } }],
    ['a details value with spaces (free text)', { details: { cause: 'Ada Lovelace' } }],
    ['a details value that is an e-mail', { details: { who: 'ada@example.org' } }],
    ['a details value that looks like hex key material', { details: { kid: 'ab'.repeat(16) } }],
    ['a details value that looks like base64', { details: { blob: 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZn' } }],
    ['a details value that looks like a recovery code', { details: { code: 'BW0H-G899-VTPR-PKKX-NJP8-8Z91-DBPX-7V9A' } }],
    ['nested details', { details: { nested: { a: 1 } } }],
    ['more than 16 details', { details: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, i])) }],
  ];
  for (const [what, change] of bad) {
    it(`${what}, with ERR_AUDIT_INVALID_ENTRY, and records nothing`, () => {
      const s = store();
      expect(codeOf(() => s.trail.record({ ...ok, ...change }))).toBe('ERR_AUDIT_INVALID_ENTRY');
      expect(s.trail.count()).toBe(0);
    });
  }

  it('does not echo the refused value in the error', () => {
    const s = store();
    try {
      s.trail.record({ ...ok, target: 'ada@example.org' });
    } catch (e) {
      expect((e as Error).message).not.toContain('ada@example.org');
      return;
    }
    throw new Error('expected a refusal');
  });
});

describe('record accepts', () => {
  it('every action, the system and CLI actors, ids of every kind, and small code-like details', () => {
    const s = store();
    for (const action of auditActions) s.trail.record({ ...ok, action });
    s.trail.record({ actor: 'system', action: 'key.rotate', target: 'session-signing', outcome: 'success', details: { keyVersion: 3, kid: PERSON } });
    s.trail.record({ actor: 'cli', action: 'vault.slot.remove', target: `passphrase-${PERSON}`, outcome: 'success' });
    s.trail.record({ actor: USER_A, action: 'auth.login.failure', target: USER_A, outcome: 'failure', details: { cause: 'bad-password', attempts: 3, locked: false, until: null } });
    expect(s.trail.verify()).toEqual({ valid: true, entries: auditActions.length + 3 });
  });
});
