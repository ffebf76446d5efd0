// Owns the core's work by time while the vault is unlocked: idle sessions lock (every 30 s, so each
// window shows its lock screen without waiting for its next call); overdue automatic rotations run
// (the session-signing key); managed keys expire and finish their deletion grace. The last two run
// hourly and once the store has opened after each unlock (the vault unlocks first; the store opens
// a moment later).
import type { AppEvent } from '../../../shared/contract';
import type { AuthService } from '../auth';
import type { Logger } from '../log';
import type { RotationService } from '../rotation';
import type { Workstation } from '../workstation';
import type { ManagedKeySweep } from './managed-key-sweep';

export const IDLE_SWEEP_MS = 30_000;
export const HOURLY_MS = 60 * 60 * 1000;

export function startHousekeeping(deps: {
  workstation: Pick<Workstation, 'vault' | 'db'>;
  auth: Pick<AuthService, 'sweepIdle'>;
  rotation: Pick<RotationService, 'runAutomatic'>;
  sweepKeys: ManagedKeySweep;
  broadcast: (event: AppEvent) => void;
  log: Logger;
}): () => void {
  const { workstation, log } = deps;
  const unlocked = () => workstation.vault.isUnlocked();
  const idle = setInterval(() => {
    if (unlocked() && deps.auth.sweepIdle() > 0) deps.broadcast({ type: 'session.locked' });
  }, IDLE_SWEEP_MS);
  const hourlyWork = () => {
    if (!unlocked()) return;
    void deps.rotation.runAutomatic();
    // A lock between the check and the sweep makes it throw ERR_VAULT_LOCKED: the next run catches up.
    deps.sweepKeys().catch((e: unknown) => log.warn('managed-key sweep failed', { error: e }));
  };
  const hourly = setInterval(hourlyWork, HOURLY_MS);
  for (const t of [idle, hourly]) t.unref();
  const stopWatching = workstation.vault.onLockChange((isUnlocked) => {
    if (!isUnlocked) return;
    const whenOpen = (tries: number) => {
      try {
        workstation.db();
      } catch {
        if (tries > 0) setTimeout(() => whenOpen(tries - 1), 250).unref();
        return;
      }
      hourlyWork();
    };
    setTimeout(() => whenOpen(40), 0).unref();
  });
  return () => {
    clearInterval(idle);
    clearInterval(hourly);
    stopWatching();
  };
}
