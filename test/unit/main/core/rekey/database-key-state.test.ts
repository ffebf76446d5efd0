import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_KEY_STATE_FILE, databaseKeyContext, readDatabaseKeyState, writeDatabaseKeyState } from '../../../../../src/main/core/rekey';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('database-key versions', () => {
  it('derive version 1 without a context, so stores made before rekeying keep their key', () => {
    expect(databaseKeyContext(1)).toBeUndefined();
  });

  it('derive later versions with the context "v<n>"', () => {
    expect(databaseKeyContext(2)).toBe('v2');
    expect(databaseKeyContext(17)).toBe('v17');
  });

  it('refuse a version that is not a positive integer', () => {
    expect(codeOf(() => databaseKeyContext(0))).not.toBe('no error');
    expect(codeOf(() => databaseKeyContext(1.5))).not.toBe('no error');
  });
});

describe('store-key.json', () => {
  it('is version 1 with nothing pending when absent', () => {
    expect(readDatabaseKeyState(tempDir())).toEqual({ current: 1, pending: null });
  });

  it('reads back what was written, owner-only', async () => {
    const dir = tempDir();
    const state = { current: 3, pending: { to: 4, startedAt: '2026-11-28T21:00:00.000Z' } };
    await writeDatabaseKeyState(dir, state);
    expect(readDatabaseKeyState(dir)).toEqual(state);
    expect(statSync(path.join(dir, DATABASE_KEY_STATE_FILE)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), 'utf8'))).toMatchObject({ format: 'resched-database-key', formatVersion: 1 });
  });

  it('refuses a file that is not a record, with ERR_STORE_KEY_STATE_INVALID', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), 'not json');
    expect(codeOf(() => readDatabaseKeyState(dir))).toBe('ERR_STORE_KEY_STATE_INVALID');
  });

  it('refuses unknown fields and a pending version that is not newer', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_KEY_STATE_FILE);
    writeFileSync(file, JSON.stringify({ format: 'resched-database-key', formatVersion: 1, current: 2, pending: null, key: 'aa' }));
    expect(codeOf(() => readDatabaseKeyState(dir))).toBe('ERR_STORE_KEY_STATE_INVALID');
    writeFileSync(file, JSON.stringify({ format: 'resched-database-key', formatVersion: 1, current: 2, pending: { to: 2, startedAt: 'x' } }));
    expect(codeOf(() => readDatabaseKeyState(dir))).toBe('ERR_STORE_KEY_STATE_INVALID');
  });
});
