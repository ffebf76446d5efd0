// rotation.run through the real core and its dispatcher, as the Rotation screen calls it: the
// database key (the store re-keyed under the next version; reopening takes the new key and refuses
// the old one), the backup-signing key (new version signs, old one retired but still verifying),
// and a program data key's progress events and cancel over the dispatcher, then its resumption.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../../src/main/core/api';
import { createMemoryLogger } from '../../../../../src/main/core/log';
import { readDatabaseKeyState } from '../../../../../src/main/core/rekey';
import { openStore, STORE_FILE_NAME } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, TEST_PASSPHRASE } from '../../../../support/unlocked-core';

const tempDir = useTempDirs();
const CLI = { kind: 'cli' } as const;
const CALLER = { id: 'admin-window' };
const DAY_MS = 86_400_000;

type Frame = { jobId: string; channel: string; progress: { phase: string; done: number; total: number } };
type Answer<T = Record<string, unknown>> = { ok: true; value: T } | { ok: false; error: { code: string } };
type Rec = { id: string; type: string; status: string; oldFingerprint: string | null; newFingerprint: string | null; errorCode: string | null; programId: string | null };

/** A real core with the first admin signed in; progress frames are collected; `onFrame` may act on each. */
async function adminCoreWithProgress(dataDir = tempDir(), opts: { now?: () => Date } = {}) {
  const frames: Frame[] = [];
  let onFrame: (f: Frame) => void = () => undefined;
  const core = createCore({
    dataDir,
    keychain: null,
    log: createMemoryLogger().logger,
    identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
    emitProgress: (_caller, frame) => {
      frames.push(frame as Frame);
      onFrame(frame as Frame);
    },
    broadcast: () => undefined,
    ...(opts.now ? { now: opts.now } : {}),
  });
  await core.workstation.setup({ useKeychain: false, passphrase: TEST_PASSPHRASE });
  const call = <T = Record<string, unknown>>(channel: string, input: unknown, jobId?: string) =>
    core.dispatcher.dispatch(CALLER, { channel, input, ...(jobId ? { jobId } : {}) }) as Promise<Answer<T>>;
  expect(await call('auth.createFirstAdmin', ADMIN)).toMatchObject({ ok: true });
  return { core, dataDir, frames, call, setOnFrame: (fn: (f: Frame) => void) => (onFrame = fn), services: core.services };
}

const storeKeyCode = (dataDir: string, key: Buffer): string => {
  try {
    openStore(path.join(dataDir, STORE_FILE_NAME), key, { readonly: true }).close();
    return 'opened';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('rotation.run: database key', () => {
  it('re-keys the store under version 2, records fingerprints, and afterwards the store opens with the new key only', async () => {
    // The store's creation (its first migration) is stamped with the wall clock: start from it.
    let t = Date.now();
    const ctx = await adminCoreWithProgress(tempDir(), { now: () => new Date(t) });
    const status = await ctx.call<{ policies: { type: string; intervalDays: number; mode: string; rollback: string }[] }>('rotation.status', {});
    expect(status.ok && status.value.policies).toContainEqual(expect.objectContaining({ type: 'database-key', intervalDays: 365, mode: 'manual', rollback: 'atomic-file' }));
    t += 340 * DAY_MS; // inside the 30-day notice window; the session has long ended: sign in again
    expect(await ctx.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: true });
    const due = await ctx.call<{ due: { type: string }[] }>('rotation.status', {});
    expect(due.ok && due.value.due.map((d) => d.type)).toContain('database-key');

    const oldKey = ctx.core.workstation.vault.derive('databaseKey');
    const newKey = ctx.core.workstation.vault.derive('databaseKey', 'v2');
    const r = await ctx.call<Rec>('rotation.run', { type: 'database-key', reason: 'annual rekey' });
    expect(r).toMatchObject({ ok: true, value: { type: 'database-key', status: 'completed', errorCode: null } });
    const record = (r as { value: Rec }).value;
    expect(record.oldFingerprint).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(record.newFingerprint).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(record.newFingerprint).not.toBe(record.oldFingerprint);
    expect(readDatabaseKeyState(ctx.dataDir)).toEqual({ current: 2, pending: null });
    expect(ctx.core.workstation.databaseKeyVersion()).toBe(2);

    // The app keeps working on the re-keyed store, and the rotation is no longer due.
    const history = await ctx.call<Rec[]>('rotation.history', { type: 'database-key' });
    expect(history).toMatchObject({ ok: true, value: [{ id: record.id, status: 'completed' }] });
    const after = await ctx.call<{ due: { type: string }[] }>('rotation.status', {});
    expect(after.ok && after.value.due.map((d) => d.type)).not.toContain('database-key');
    ctx.core.shutdown();

    expect(storeKeyCode(ctx.dataDir, oldKey)).toBe('ERR_STORE_KEY_MISMATCH');
    expect(storeKeyCode(ctx.dataDir, newKey)).toBe('opened');
    const again = createCore({
      dataDir: ctx.dataDir,
      keychain: null,
      log: createMemoryLogger().logger,
      identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
      emitProgress: () => undefined,
      broadcast: () => undefined,
    });
    await again.workstation.unlock({ method: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(again.services.users.count()).toBe(1);
    again.shutdown();
  }, 60_000);
});

describe('rotation.run: backup-signing key', () => {
  it('makes version 2 the signing key and retires version 1, which still verifies what it signed', async () => {
    const ctx = await adminCoreWithProgress();
    const made = await ctx.call<{ id: string }>('keys.generate', { name: 'backup-signing', type: 'ec-p256', purpose: 'backup' });
    expect(made.ok).toBe(true);
    const oldId = (made as { value: { id: string } }).value.id;
    const manifest = Buffer.from('{"backup":"2027-01-10"}');
    const signed = await ctx.services.keys.sign(oldId, CLI, manifest);

    const r = await ctx.call<Rec>('rotation.run', { type: 'backup-signing-key', reason: 'custodian left' });
    expect(r).toMatchObject({ ok: true, value: { type: 'backup-signing-key', status: 'completed', oldFingerprint: expect.stringMatching(/^sha256:/), newFingerprint: expect.stringMatching(/^sha256:/) } });

    const got = await ctx.call<{ key: { status: string; nextId: string | null }; versions: { id: string; version: number; status: string }[] }>('keys.get', { id: oldId });
    expect(got).toMatchObject({ ok: true, value: { key: { status: 'inactive' }, versions: [{ version: 1, status: 'inactive' }, { version: 2, status: 'active' }] } });
    const newId = (got as { value: { versions: { id: string }[] } }).value.versions[1]!.id;

    expect(await ctx.services.keys.verify(oldId, CLI, manifest, signed.signature)).toBe(true);
    await expect(ctx.services.keys.sign(oldId, CLI, manifest)).rejects.toMatchObject({ code: 'ERR_KEYS_NOT_USABLE' });
    const fresh = await ctx.services.keys.sign(newId, CLI, manifest);
    expect(await ctx.services.keys.verify(newId, CLI, manifest, fresh.signature)).toBe(true);
    ctx.core.shutdown();
  }, 60_000);
});

describe('rotation.run: program data key over the dispatcher', () => {
  function programWithPeople(ctx: Awaited<ReturnType<typeof adminCoreWithProgress>>, count: number) {
    const program = ctx.services.programs.create({ code: 'IM', name: 'Internal Medicine' });
    for (let i = 0; i < count; i++) {
      ctx.services.people.create(program.id, { kind: 'resident', name: `Resident ${i}`, email: `r${i}@im.example.org`, licence: `MD-${i}`, notes: `note ${i}` });
    }
    const versions = () => ctx.core.workstation.reader().prepare('SELECT key_version AS v, count(*) AS n FROM people WHERE program_id = ? GROUP BY key_version ORDER BY v').all(program.id);
    return { program, versions };
  }

  it('streams preparing, rotating, re-encrypting (done rising to total) and finishing frames under the job id', async () => {
    const ctx = await adminCoreWithProgress();
    const { program, versions } = programWithPeople(ctx, 300);
    const r = await ctx.call<Rec>('rotation.run', { type: 'program-data-key', programId: program.id, reason: 'annual rotation' }, 'job-rotate-1');
    expect(r).toMatchObject({ ok: true, value: { status: 'completed', programId: program.id } });
    expect(new Set(ctx.frames.map((f) => `${f.jobId} ${f.channel}`))).toEqual(new Set(['job-rotate-1 rotation.run']));
    const phases = ctx.frames.map((f) => f.progress.phase);
    expect(phases[0]).toBe('preparing');
    expect(phases.at(-1)).toBe('finishing');
    const reencrypting = ctx.frames.filter((f) => f.progress.phase === 're-encrypting').map((f) => f.progress);
    expect(reencrypting.length).toBeGreaterThan(2);
    expect(reencrypting.every((p) => p.total === 300)).toBe(true);
    expect(reencrypting.map((p) => p.done)).toEqual([...reencrypting.map((p) => p.done)].sort((a, b) => a - b));
    expect(reencrypting.at(-1)!.done).toBe(300);
    expect(versions()).toEqual([{ v: 2, n: 300 }]);
    ctx.core.shutdown();
  }, 60_000);

  it('cancels mid-job with ERR_CANCELLED, leaves every row readable, and a second run resumes to completion', async () => {
    const ctx = await adminCoreWithProgress();
    const { program, versions } = programWithPeople(ctx, 300);
    ctx.setOnFrame((f) => {
      if (f.progress.phase === 're-encrypting' && f.progress.done > 0) ctx.core.dispatcher.cancel(CALLER, f.jobId);
    });
    const cancelled = await ctx.call<Rec>('rotation.run', { type: 'program-data-key', programId: program.id, reason: 'annual rotation' }, 'job-rotate-2');
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'ERR_CANCELLED' } });
    const mixed = versions() as { v: number; n: number }[];
    expect(mixed.map((m) => m.v)).toEqual([1, 2]);
    expect(mixed.reduce((n, m) => n + m.n, 0)).toBe(300);
    const people = ctx.services.people.list(program.id);
    expect(people.map((p) => p.name).sort()).toEqual(Array.from({ length: 300 }, (_, i) => `Resident ${i}`).sort());
    const history = await ctx.call<Rec[]>('rotation.history', { type: 'program-data-key' });
    expect(history).toMatchObject({ ok: true, value: [{ status: 'failed', errorCode: 'ERR_CANCELLED' }] });

    ctx.setOnFrame(() => undefined);
    const resumed = await ctx.call<Rec>('rotation.run', { type: 'program-data-key', programId: program.id, reason: 'finish the rotation' }, 'job-rotate-3');
    expect(resumed).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(versions()).toEqual([{ v: 2, n: 300 }]);
    expect(ctx.services.programs.list().find((p) => p.id === program.id)!.dataKeyVersion).toBe(2);
    ctx.core.shutdown();
  }, 60_000);
});

describe('system data-key rotation (users’ display names)', () => {
  it('re-seals every account name under the next version, with history, and the names still read', async () => {
    const { call, core } = await adminCoreWithProgress();
    for (const [i, name] of ['Cora Coordinator', 'Faye Faculty', 'Aldo Auditor'].entries()) {
      const made = await call('users.create', { username: `user${i}`, displayName: name, role: 'faculty', programIds: [], temporaryPassword: 'temporary spring meadow words' });
      expect(made).toMatchObject({ ok: true });
    }
    const versions = () => (core.workstation.reader().prepare('SELECT DISTINCT key_version AS v FROM users').all() as { v: number }[]).map((r) => r.v);
    expect(versions()).toEqual([1]);

    const run = await call<Rec>('rotation.run', { type: 'system-data-key', reason: 'yearly' });
    expect(run).toMatchObject({ ok: true, value: { type: 'system-data-key', status: 'completed' } });
    if (!run.ok) return;
    expect(run.value.oldFingerprint).not.toBe(run.value.newFingerprint);
    expect(versions()).toEqual([2]);
    const listed = await call<{ displayName: string }[]>('users.list', {});
    expect(listed.ok && listed.value.map((u) => u.displayName).sort()).toEqual([ADMIN.displayName, 'Aldo Auditor', 'Cora Coordinator', 'Faye Faculty'].sort());
    const status = await call<{ policies: { type: string }[] }>('rotation.status', {});
    expect(status.ok && status.value.policies.map((p) => p.type)).toContain('system-data-key');
    core.shutdown();
  }, 60_000);
});

