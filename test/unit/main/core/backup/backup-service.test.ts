// The backup.* channels on a real core: export with progress, verify naming this site's signer,
// in-app restore with a safety copy, refusals with their codes, and every outcome audited and
// shown as last backup / last verification.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextRunAfter } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { adminCore } from '../../../../support/unlocked-core';

const PASS = 'granite otters fold maps quietly';
const tempDir = useTempDirs();

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string } };

async function site() {
  const dir = tempDir();
  const ctx = await adminCore(path.join(dir, 'data'));
  const program = ctx.programs.create({ code: 'SURG', name: 'General Surgery' });
  ctx.people.create(program.id, { kind: 'resident', name: 'Frankie Osei' });
  const call = async (channel: string, input: unknown) => (await ctx.asAdmin(channel, input)) as Envelope;
  return { dir, ...ctx, program, call };
}

const auditActions = (ctx: { audit: { list(): { action: string; outcome: string }[] } }) => ctx.audit.list().map((e) => `${e.action}:${e.outcome}`);

describe('backup channels', () => {
  it('exports to a typed path, then shows it as the last backup and audits it', async () => {
    const s = await site();
    const file = path.join(s.dir, 'site.rsbk');
    const r = await s.call('backup.export', { path: file, passphrase: PASS });
    expect(r).toMatchObject({ ok: true, value: { file, summary: { programs: 1, people: 1, assignments: 0 } } });
    expect(existsSync(file)).toBe(true);
    const status = await s.call('backup.status', {});
    expect(status).toMatchObject({ ok: true, value: { lastBackup: { outcome: 'success', file, scheduled: false }, running: null } });
    expect(auditActions(s)).toContain('backup.export:success');
    s.core.shutdown();
  }, 60_000);

  it('refuses to overwrite an existing file and a relative path, with ERR_BACKUP_PATH_INVALID, audited as failures', async () => {
    const s = await site();
    const taken = path.join(s.dir, 'taken.rsbk');
    writeFileSync(taken, 'keep me');
    expect(await s.call('backup.export', { path: taken, passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'ERR_BACKUP_PATH_INVALID' } });
    expect(await s.call('backup.export', { path: 'relative.rsbk', passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'ERR_BACKUP_PATH_INVALID' } });
    expect(readFileSync(taken, 'utf8')).toBe('keep me');
    expect(auditActions(s).filter((a) => a === 'backup.export:failure')).toHaveLength(2);
    s.core.shutdown();
  }, 60_000);

  it('verifies a backup as signed by this site and records the last verification', async () => {
    const s = await site();
    const file = path.join(s.dir, 'site.rsbk');
    await s.call('backup.export', { path: file, passphrase: PASS });
    const v = await s.call('backup.verify', { path: file, passphrase: PASS });
    expect(v).toMatchObject({ ok: true, value: { signedByThisSite: true, summary: { people: 1 } } });
    const status = await s.call('backup.status', {});
    expect(status).toMatchObject({ ok: true, value: { lastVerification: { outcome: 'success', file } } });
    s.core.shutdown();
  }, 60_000);

  it('reports a damaged backup with its specific code and records the failed verification', async () => {
    const s = await site();
    const file = path.join(s.dir, 'site.rsbk');
    await s.call('backup.export', { path: file, passphrase: PASS });
    const bytes = readFileSync(file);
    bytes[bytes.length - 200]! ^= 0x40;
    writeFileSync(file, bytes);
    const v = await s.call('backup.verify', { path: file, passphrase: PASS });
    expect(v.ok).toBe(false);
    expect((v as { error: { code: string } }).error.code).toMatch(/^ERR_BACKUP_(MANIFEST|SIGNATURE)_INVALID$/);
    expect(await s.call('backup.status', {})).toMatchObject({ ok: true, value: { lastVerification: { outcome: 'failure' } } });
    expect(auditActions(s)).toContain('backup.verify:failure');
    s.core.shutdown();
  }, 60_000);

  it('restores this site’s backup in place: later changes are gone and the old store is kept as a safety copy', async () => {
    const s = await site();
    const file = path.join(s.dir, 'site.rsbk');
    await s.call('backup.export', { path: file, passphrase: PASS });
    s.people.create(s.program.id, { kind: 'resident', name: 'Dana Whitfield' });
    expect(s.people.list(s.program.id)).toHaveLength(2);
    const r = await s.call('backup.restore', { path: file, passphrase: PASS, confirm: 'RESTORE' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(existsSync((r as { value: { safetyCopy: string } }).value.safetyCopy)).toBe(true);
    expect(s.people.list(s.program.id).map((p) => p.name)).toEqual(['Frankie Osei']);
    s.core.shutdown();
  }, 60_000);

  it('refuses an in-app restore without the typed confirmation', async () => {
    const s = await site();
    const r = await s.call('backup.restore', { path: path.join(s.dir, 'x.rsbk'), passphrase: PASS });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_IPC_BAD_INPUT' } });
    s.core.shutdown();
  }, 60_000);

  it('stores a schedule without its passphrase in clear and names the next run', async () => {
    const s = await site();
    const settings = { enabled: true, frequency: 'daily', weekday: 0, time: '02:30', folder: s.dir, keep: 3 };
    const r = await s.call('backup.schedule.set', { settings, passphrase: PASS });
    expect(r).toMatchObject({ ok: true, value: { ...settings, hasPassphrase: true, nextRunAt: expect.any(String) } });
    const raw = s.core.workstation.db().prepare("SELECT value FROM store_meta WHERE key = 'backup.schedule'").get() as { value: string };
    expect(raw.value).not.toContain(PASS);
    s.core.shutdown();
  }, 60_000);
});

describe('scheduled backup timing', () => {
  it('runs daily at the next matching local time after the last run', () => {
    const since = new Date(2026, 2, 10, 3, 0);
    expect(nextRunAfter({ frequency: 'daily', weekday: 0, time: '02:30' }, since)).toEqual(new Date(2026, 2, 11, 2, 30));
    expect(nextRunAfter({ frequency: 'daily', weekday: 0, time: '04:00' }, since)).toEqual(new Date(2026, 2, 10, 4, 0));
  });

  it('runs weekly only on the chosen weekday', () => {
    const since = new Date(2026, 2, 10, 3, 0); // a Tuesday
    const next = nextRunAfter({ frequency: 'weekly', weekday: 0, time: '02:30' }, since);
    expect(next.getDay()).toBe(0);
    expect(next).toEqual(new Date(2026, 2, 15, 2, 30));
  });
});
