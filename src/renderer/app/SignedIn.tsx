// Owns what a signed-in window shows: the app (or the forced password change), with the lock
// screen drawn over it while the session is locked. The content underneath stays mounted — inert
// and hidden from assistive technology — so unsaved work survives the lock, and focus returns to
// where it was once the session is unlocked.
import { useEffect, useRef, useState } from 'react';
import type { IpcError, VaultStatus } from '../../shared/contract';
import type { SessionInfo } from '../../shared/domain';
import { ChangePasswordScreen, LockScreen, useAuthStore } from '../features/auth';
import { AppFrame } from './AppFrame';
import { PublicLayout } from './PublicLayout';
import { resumeAfterUnlock } from './refusals';

export function SignedIn({ status, session }: { status: VaultStatus; session: SessionInfo }) {
  const lock = useAuthStore((s) => s.lock);
  const logout = useAuthStore((s) => s.logout);
  const [locking, setLocking] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [actionError, setActionError] = useState<IpcError | null>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  const locked = session.locked;

  // Back from the lock screen: to the field (or button) that had focus before, and redo what the
  // lock interrupted.
  const wasLocked = useRef(locked);
  useEffect(() => {
    if (locked || !wasLocked.current) {
      wasLocked.current = locked;
      return;
    }
    wasLocked.current = false;
    const target = lastFocus.current;
    if (target?.isConnected) target.focus();
    resumeAfterUnlock();
  }, [locked]);

  async function lockNow() {
    setLocking(true);
    setActionError(null);
    const failed = await lock();
    setLocking(false);
    setActionError(failed);
  }

  async function signOut() {
    setSigningOut(true);
    setActionError(null);
    const failed = await logout();
    // On success this component goes away with the session.
    if (failed) {
      setSigningOut(false);
      setActionError(failed);
    }
  }

  return (
    <>
      <div
        className={locked ? 'session-content session-content-locked' : 'session-content'}
        inert={locked}
        aria-hidden={locked || undefined}
        data-testid="session-content"
        onFocus={(e) => {
          if (!locked && e.target instanceof HTMLElement) lastFocus.current = e.target;
        }}
      >
        {session.mustChangePassword ? (
          <PublicLayout>
            <ChangePasswordScreen session={session} />
          </PublicLayout>
        ) : (
          <AppFrame
            status={status}
            session={session}
            onLock={() => void lockNow()}
            onSignOut={() => void signOut()}
            locking={locking}
            signingOut={signingOut}
            actionError={actionError}
          />
        )}
      </div>
      {locked ? (
        <div className="lock-overlay">
          <PublicLayout>
            <LockScreen session={session} />
          </PublicLayout>
        </div>
      ) : null}
    </>
  );
}
