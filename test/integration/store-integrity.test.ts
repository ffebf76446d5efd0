// After an unclean shutdown the store is checked before use; a damaged store is reported, kept
// exactly as it was, and never "repaired" by deleting anything.
import { existsSync, openSync, readFileSync, readSync, writeSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markOpen, uncleanMarkerFor } from '../../src/main/core/store';
import { useTempDirs } from '../support/temp-dir';
import { TEST_PASSPHRASE, unlockedCore } from '../support/unlocked-core';

const tempDir = useTempDirs();

async function storeWithPeople() {
  const dir = tempDir();
  const ctx = await unlockedCore(dir);
  const program = ctx.programs.create({ code: 'IM', name: 'Internal Medicine' });
  for (let i = 0; i < 300; i++) ctx.people.create(program.id, { kind: 'resident', name: `Resident ${i}`, notes: 'x'.repeat(500) });
  ctx.core.workstation.lock();
  return { dir, ctx, storeFile: path.join(dir, 'store.db') };
}

describe('unclean shutdown', () => {
  it('leaves no marker after a clean lock', async () => {
    const { storeFile } = await storeWithPeople();
    expect(existsSync(uncleanMarkerFor(storeFile))).toBe(false);
  });

  it('checks integrity on the next unlock and opens a healthy store', async () => {
    const { ctx, storeFile } = await storeWithPeople();
    markOpen(storeFile);
    await ctx.core.workstation.unlock({ method: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(ctx.records.some((r) => r.msg === 'integrity check passed')).toBe(true);
    expect(ctx.programs.list()).toHaveLength(1);
  });

  it('reports a damaged page with ERR_STORE_CORRUPT, stays locked and changes no byte', async () => {
    const { ctx, storeFile } = await storeWithPeople();
    // Flip bytes in the middle of a page well past the header page.
    const pageSize = 4096;
    const fd = openSync(storeFile, 'r+');
    const page = Math.floor(statSync(storeFile).size / pageSize / 2);
    const buf = Buffer.alloc(64);
    readSync(fd, buf, 0, 64, page * pageSize + 1000);
    for (let i = 0; i < buf.length; i++) buf[i]! ^= 0xff;
    writeSync(fd, buf, 0, 64, page * pageSize + 1000);
    closeSync(fd);
    markOpen(storeFile);
    const before = readFileSync(storeFile);

    const r = await ctx.core.dispatcher.dispatch({ id: 't' }, { channel: 'vault.unlock', input: { method: 'passphrase', passphrase: TEST_PASSPHRASE } });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_STORE_CORRUPT', message: expect.stringContaining('Nothing was deleted') } });
    expect(ctx.core.workstation.vault.isUnlocked()).toBe(false);
    expect(readFileSync(storeFile).equals(before)).toBe(true);
    expect(existsSync(uncleanMarkerFor(storeFile))).toBe(true);
  });
});
