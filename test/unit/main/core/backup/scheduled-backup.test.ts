// Scheduled backups on a real core: the core's timer (driven with fake intervals) and its clock
// (injected) decide; a due run writes a real backup file named by the schedule, which opens with
// the schedule's passphrase; pruning keeps the newest N files the schedule wrote and never
// touches any other file in the folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduledFileName, verifyBackupFile } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { adminCore } from '../../../../support/unlocked-core';

const PASS = 'granite otters fold maps quietly';
const TICK_MS = 60_000;
const tempDir = useTempDirs();

beforeEach(() => {
  // Only the intervals: PBKDF2, workers and file I/O keep real time.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A site whose clock the test moves, with one person in it and a backup folder. */
async function site(start: Date) {
  const dir = tempDir();
  let clock = start;
  const ctx = await adminCore(path.join(dir, 'data'), { now: () => clock });
  const program = ctx.programs.create({ code: 'SURG', name: 'General Surgery' });
  ctx.people.create(program.id, { kind: 'resident', name: 'Frankie Osei' });
  const folder = path.join(dir, 'backups');
  mkdirSync(folder);
  return {
    ...ctx,
    folder,
    setClock: (d: Date) => {
      clock = d;
    },
    async schedule(keep: number) {
      const settings = { enabled: true, frequency: 'daily', weekday: 0, time: '02:30', folder, keep };
      const r = (await ctx.asAdmin('backup.schedule.set', { settings, passphrase: PASS })) as { ok: boolean };
      if (!r.ok) throw new Error(`schedule: ${JSON.stringify(r)}`);
    },
    scheduledExports: () => ctx.audit.list().filter((e) => e.action === 'backup.export' && (e.details as { scheduled?: boolean } | null)?.scheduled === true),
  };
}

/** Lets the core's timer fire once, then waits (in real time) until its run has finished. */
async function tick(s: Awaited<ReturnType<typeof site>>, runsBefore: number, expectRun: boolean) {
  vi.advanceTimersByTime(TICK_MS);
  if (!expectRun) {
    await new Promise((r) => setTimeout(r, 200));
    return;
  }
  const deadline = Date.now() + 30_000;
  while (s.scheduledExports().length === runsBefore) {
    if (Date.now() > deadline) throw new Error('the scheduled backup did not run');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('scheduled backups', () => {
  it('writes nothing before the scheduled time and a backup once it has passed', async () => {
    const s = await site(new Date(2026, 2, 10, 1, 0));
    await s.schedule(3);

    s.setClock(new Date(2026, 2, 10, 2, 29));
    await tick(s, 0, false);
    expect(readdirSync(s.folder)).toEqual([]);

    const due = new Date(2026, 2, 10, 2, 31);
    s.setClock(due);
    await tick(s, 0, true);
    expect(readdirSync(s.folder)).toEqual([scheduledFileName(due)]);
    expect(s.scheduledExports().map((e) => [e.actor, e.outcome])).toEqual([['system', 'success']]);
    s.core.shutdown();
  }, 60_000);

  it('seals the file with the schedule’s passphrase and puts the current data in it', async () => {
    const s = await site(new Date(2026, 2, 10, 1, 0));
    await s.schedule(3);
    s.setClock(new Date(2026, 2, 10, 2, 31));
    await tick(s, 0, true);
    const [name] = readdirSync(s.folder);
    const v = await verifyBackupFile(path.join(s.folder, name!), { passphrase: PASS });
    expect(v.summary).toEqual({ programs: 1, people: 1, assignments: 0 });
    expect(v.createdBy).toBe('system');
    s.core.shutdown();
  }, 60_000);

  it('runs once per day: a second tick the same day writes nothing more, the next day writes again', async () => {
    const s = await site(new Date(2026, 2, 10, 1, 0));
    await s.schedule(5);
    s.setClock(new Date(2026, 2, 10, 2, 31));
    await tick(s, 0, true);
    s.setClock(new Date(2026, 2, 10, 23, 0));
    await tick(s, 1, false);
    expect(readdirSync(s.folder)).toHaveLength(1);
    s.setClock(new Date(2026, 2, 11, 2, 30, 5));
    await tick(s, 1, true);
    expect(readdirSync(s.folder)).toHaveLength(2);
    s.core.shutdown();
  }, 60_000);

  it('keeps the newest N backups it wrote and never deletes any other file in the folder', async () => {
    const s = await site(new Date(2026, 2, 10, 1, 0));
    const older = ['resched-backup-20260101-023000.rsbk', 'resched-backup-20260102-023000.rsbk', 'resched-backup-20260103-023000.rsbk'];
    const foreign = ['notes.txt', 'site.rsbk', 'resched-backup-manual.rsbk', 'resched-backup-20250101-023000.rsbk.bak', 'RESCHED-BACKUP-20250101-023000.rsbk'];
    for (const name of [...older, ...foreign]) writeFileSync(path.join(s.folder, name), `keep ${name}`);
    await s.schedule(2);

    const due = new Date(2026, 2, 10, 2, 31);
    s.setClock(due);
    await tick(s, 0, true);

    expect(readdirSync(s.folder).sort()).toEqual([...foreign, 'resched-backup-20260103-023000.rsbk', scheduledFileName(due)].sort());
    for (const name of foreign) expect(readFileSync(path.join(s.folder, name), 'utf8')).toBe(`keep ${name}`);
    s.core.shutdown();
  }, 60_000);
});
