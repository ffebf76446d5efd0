// The core's hourly housekeeping while unlocked: managed keys past their expiry are marked expired
// and keys whose deletion grace has ended are destroyed, without anyone listing keys — each
// recorded in the audit trail as the system's doing. The clock is the core's injectable one; only
// the interval timers are faked, so the hour passes at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOURLY_MS } from '../../../../../src/main/core/api/housekeeping';
import { adminCore } from '../../../../support/unlocked-core';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const DAY_MS = 86_400_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('managed-key housekeeping', () => {
  it('expires and destroys keys by time on the hourly timer, and records both as the system', async () => {
    let t = Date.parse('2027-03-01T09:00:00.000Z');
    const ctx = await adminCore(tempDir(), { now: () => new Date(t) });
    const generate = async (name: string, extra: Record<string, unknown> = {}) => {
      const r = (await ctx.asAdmin('keys.generate', { name, type: 'aes-256', purpose: 'encryption', ...extra })) as { ok: boolean; value: { id: string } };
      expect(r.ok).toBe(true);
      return r.value.id;
    };
    const expiring = await generate('export-wrap-2027', { expiresAt: new Date(t + 2 * DAY_MS).toISOString() });
    const doomed = await generate('old-export-wrap');
    expect(await ctx.asAdmin('keys.setStatus', { id: doomed, status: 'inactive' })).toMatchObject({ ok: true });
    expect(await ctx.asAdmin('keys.delete', { id: doomed, confirmName: 'old-export-wrap' })).toMatchObject({ ok: true, value: { status: 'pending-deletion' } });

    const stored = (id: string) => ctx.core.workstation.reader().prepare('SELECT status, material IS NULL AS gone FROM managed_keys WHERE id = ?').get(id) as { status: string; gone: number };
    const systemEntries = () => ctx.audit.list({ actor: 'system' }).filter((e) => e.action === 'key.expire' || e.action === 'key.delete').map((e) => ({ action: e.action, target: e.target }));

    t += 8 * DAY_MS; // past the expiry and the 7-day deletion grace
    expect(stored(expiring)).toEqual({ status: 'active', gone: 0 });
    expect(stored(doomed)).toEqual({ status: 'pending-deletion', gone: 0 });

    await vi.advanceTimersByTimeAsync(HOURLY_MS);
    await vi.waitFor(() => expect(stored(doomed)).toEqual({ status: 'deleted', gone: 1 }));
    expect(stored(expiring)).toEqual({ status: 'expired', gone: 0 });
    expect(systemEntries()).toEqual(
      expect.arrayContaining([
        { action: 'key.expire', target: expiring },
        { action: 'key.delete', target: doomed },
      ]),
    );
    ctx.core.shutdown();
  }, 60_000);

  it('rotates a key whose auto-rotation interval has passed, on the hourly timer, as the system', async () => {
    let t = Date.parse('2027-03-01T09:00:00.000Z');
    const ctx = await adminCore(tempDir(), { now: () => new Date(t) });
    const r = (await ctx.asAdmin('keys.generate', { name: 'export-wrap', type: 'aes-256', purpose: 'encryption', rotationDays: 30 })) as { ok: boolean; value: { id: string } };
    expect(r.ok).toBe(true);
    const versions = () => ctx.core.workstation.reader().prepare('SELECT id, status FROM managed_keys ORDER BY created_at').all() as { id: string; status: string }[];

    t += 29 * DAY_MS;
    await vi.advanceTimersByTimeAsync(HOURLY_MS);
    expect(versions()).toHaveLength(1);

    t += 2 * DAY_MS; // 31 days: due
    await vi.advanceTimersByTimeAsync(HOURLY_MS);
    await vi.waitFor(() => expect(versions()).toHaveLength(2));
    const [first, second] = versions();
    expect(first!.id).toBe(r.value.id);
    expect(first!.status).not.toBe('active');
    expect(second!.status).toBe('active');
    expect(ctx.audit.list({ actor: 'system' }).filter((e) => e.action === 'key.rotate').map((e) => [e.target, e.outcome])).toEqual([[r.value.id, 'success']]);
    ctx.core.shutdown();
  }, 60_000);

  it('does nothing while the vault is locked', async () => {
    let t = Date.parse('2027-03-01T09:00:00.000Z');
    const ctx = await adminCore(tempDir(), { now: () => new Date(t) });
    const r = (await ctx.asAdmin('keys.generate', { name: 'short-lived', type: 'aes-256', purpose: 'encryption', expiresAt: new Date(t + DAY_MS).toISOString() })) as {
      value: { id: string };
    };
    ctx.core.workstation.lock();
    t += 2 * DAY_MS;
    await vi.advanceTimersByTimeAsync(HOURLY_MS);
    expect(ctx.records.filter((rec) => /sweep failed/.test(rec.msg))).toEqual([]);
    await ctx.core.workstation.unlock({ method: 'passphrase', passphrase: 'orbit lantern quietly marching seventy' });
    // After the unlock the sweep catches up once the store is open.
    await vi.waitFor(() => expect((ctx.core.workstation.reader().prepare('SELECT status FROM managed_keys WHERE id = ?').get(r.value.id) as { status: string }).status).toBe('expired'));
    ctx.core.shutdown();
  }, 60_000);
});
