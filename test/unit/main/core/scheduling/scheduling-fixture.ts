// Test support for the schedule.* channels: one real core (vault, encrypted store, services) per
// test file with a clock the tests move, and small builders that go through the channels.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { adminCore } from '../../../../support/unlocked-core';

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string } };

export function useSchedulingCore() {
  const clock = { now: new Date('2026-06-01T12:00:00') };
  let dir = '';
  let ctx: Awaited<ReturnType<typeof adminCore>>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'resched-schedule-'));
    ctx = await adminCore(dir, { now: () => clock.now });
  });
  afterAll(() => {
    ctx.core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  let n = 0;
  const call = async (caller: string, channel: string, input: unknown) => (await ctx.call(caller, channel, input)) as Envelope;
  const ok = async <T = unknown>(caller: string, channel: string, input: unknown): Promise<T> => {
    const r = await call(caller, channel, input);
    expect(r, `${channel} answered ${JSON.stringify(r)}`).toMatchObject({ ok: true });
    return (r as { value: T }).value;
  };
  const admin = <T = unknown>(channel: string, input: unknown) => ok<T>('admin-window', channel, input);
  const codeOf = async (caller: string, channel: string, input: unknown) => {
    const r = await call(caller, channel, input);
    return r.ok ? 'ok' : r.error.code;
  };

  /** A program with a 13 × 4-week year from 2026-07-01, a weekday clinic rotation and residents. */
  async function programWithYear(opts: { residents?: number; capacity?: { min: number; max: number } } = {}) {
    const program = await admin<{ id: string }>('programs.create', { code: `P${++n}`, name: `Program ${n}` });
    const programId = program.id;
    const year = await admin<{ id: string; blocks: { number: number; startDate: string }[] }>('schedule.years.create', {
      programId,
      label: '2026-27',
      startDate: '2026-07-01',
      preset: { kind: 'thirteen-four-week' },
    });
    const rotation = await admin<{ rotation: { id: string } }>('schedule.rotations.save', {
      programId,
      yearId: year.id,
      rotation: clinicRotation('CLIN', opts.capacity ?? { min: 0, max: 10 }),
    });
    const residents: string[] = [];
    for (let i = 0; i < (opts.residents ?? 1); i++) {
      const p = await admin<{ id: string }>('people.create', { programId, person: { kind: 'resident', name: `Resident ${n}-${i}` } });
      await admin('schedule.roster.set', { programId, yearId: year.id, personId: p.id, pgy: 1, facultyRole: null, credentials: [], active: true });
      residents.push(p.id);
    }
    return { programId, yearId: year.id, year, rotationId: rotation.rotation.id, residents };
  }

  /** A coordinator of `programIds`, signed in as caller `window`, password already changed. */
  async function coordinator(window: string, programIds: string[], displayName = 'Cora Coordinator') {
    const username = `cora${++n}`;
    await admin('users.create', { username, displayName, role: 'coordinator', programIds, temporaryPassword: 'temporary spring meadow words' });
    await ok(window, 'auth.login', { username, password: 'temporary spring meadow words' });
    await ok(window, 'account.changePassword', { currentPassword: 'temporary spring meadow words', newPassword: 'seven silver herons at noon' });
  }

  return { clock, call, ok, admin, codeOf, programWithYear, coordinator, ctx: () => ctx };
}

export function clinicRotation(code: string, capacity: { min: number; max: number }) {
  const weekday = { am: 'clinic', pm: 'clinic' };
  return {
    code,
    name: `${code} rotation`,
    colour: '#336699',
    capacity,
    pattern: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: {}, sun: {} },
  };
}
