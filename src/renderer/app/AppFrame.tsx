// Owns the signed-in frame: the header (who is signed in, "Lock", "Sign out"), the navigation
// filtered by the role's permissions, and the current screen.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { type IpcError, roleAllows, type VaultStatus } from '../../shared/contract';
import type { SessionInfo } from '../../shared/domain';
import { PRODUCT_NAME } from '../../shared/product';
import { AboutScreen } from '../features/about';
import { AuditScreen } from '../features/audit';
import { BackupScreen, BackupStatusCard } from '../features/backup';
import { MyAccountScreen, useAuthStore } from '../features/auth';
import { HomeScreen } from '../features/home';
import { KeysScreen } from '../features/keys';
import { ProgramScope, ProgramYearBar } from '../features/programs';
import { RotationNotice, RotationScreen } from '../features/rotation';
import { ScheduleScreen } from '../features/schedule';
import { UsersScreen } from '../features/users';
import { SecurityScreen } from '../features/vault';
import { roleLabel } from '../lib/roles';
import { Button, ErrorMessage } from '../ui';
import { navigationFor, type ViewId } from './navigation';
import { isProgramView, ProgramView } from './ProgramViews';
import { resetBackupStore, resetKeyStores, resetProgramSetupStores } from './store';

export interface AppFrameProps {
  status: VaultStatus;
  session: SessionInfo;
  onLock: () => void;
  onSignOut: () => void;
  locking: boolean;
  signingOut: boolean;
  /** Why "Lock" or "Sign out" failed, when it did. */
  actionError: IpcError | null;
}

export function AppFrame({ status, session, onLock, onSignOut, locking, signingOut, actionError }: AppFrameProps) {
  const refreshSession = useAuthStore((s) => s.refresh);
  const items = navigationFor(session.role);
  const [chosen, setChosen] = useState<ViewId>('home');
  const [focusRecovery, setFocusRecovery] = useState(false);
  const navRef = useRef<HTMLUListElement>(null);
  // A screen the role no longer allows (its role was changed) falls back to Home.
  const view: ViewId = items.some((i) => i.id === chosen) ? chosen : 'home';

  useEffect(() => {
    if (view !== chosen) setChosen(view);
  }, [view, chosen]);

  // Program data must not outlive the signed-in frame (sign-out, another user). StrictMode's
  // rehearsal unmount is followed at once by a remount, which cancels the reset.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (mounted.current) return;
        resetProgramSetupStores();
        resetKeyStores();
        resetBackupStore();
      });
    };
  }, []);

  function go(next: ViewId, opts: { focusRecovery?: boolean } = {}) {
    setFocusRecovery(opts.focusRecovery ?? false);
    setChosen(next);
  }

  // Arrow keys, Home and End move between navigation items; Tab and Enter work as usual.
  function onNavKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const buttons = [...(navRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const target =
      e.key === 'ArrowDown' ? buttons[(at + 1) % buttons.length]
      : e.key === 'ArrowUp' ? buttons[(at - 1 + buttons.length) % buttons.length]
      : e.key === 'Home' ? buttons[0]
      : e.key === 'End' ? buttons[buttons.length - 1]
      : undefined;
    if (!target) return;
    e.preventDefault();
    target.focus();
  }

  const canManageVault = items.some((i) => i.id === 'security');

  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {PRODUCT_NAME}
        </span>
        <div className="header-end">
          <p className="header-user" data-testid="header-user">
            <span className="visually-hidden">Signed in as </span>
            <span className="header-user-name">{session.displayName}</span>
            <span className="header-user-role">{roleLabel[session.role]}</span>
          </p>
          <Button variant="secondary" onClick={onLock} busy={locking} busyLabel="Locking…" disabled={signingOut}>
            Lock
          </Button>
          <Button variant="quiet" onClick={onSignOut} busy={signingOut} busyLabel="Signing out…" disabled={locking}>
            Sign out
          </Button>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label="Main">
          <ul ref={navRef} onKeyDown={onNavKeyDown}>
            {items.map((v) => (
              <li key={v.id}>
                <button type="button" className="nav-item" aria-current={view === v.id ? 'page' : undefined} onClick={() => go(v.id)}>
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="app-main">
          {actionError ? <ErrorMessage error={actionError} /> : null}
          {roleAllows(session.role, 'keys.manage') && view !== 'rotation' ? <RotationNotice onReview={() => go('rotation')} /> : null}
          {isProgramView(view) && view !== 'programs' ? <ProgramYearBar /> : null}
          {isProgramView(view) ? <ProgramView view={view} role={session.role} onGoTo={go} /> : null}
          {view === 'schedule' ? (
            <>
              <ProgramYearBar />
              <ProgramScope
                need="year"
                canCreateProgram={roleAllows(session.role, 'programs.manage')}
                canCreateYear={roleAllows(session.role, 'program.write')}
                onGoTo={go}
              >
                {({ programId, yearId }) => (
                  <ScheduleScreen
                    programId={programId}
                    yearId={yearId}
                    canEdit={roleAllows(session.role, 'program.write')}
                    canPublish={roleAllows(session.role, 'schedule.publish')}
                  />
                )}
              </ProgramScope>
            </>
          ) : null}
          {view === 'home' ? (
            <HomeScreen
              status={status}
              displayName={session.displayName}
              onConfirmRecovery={canManageVault ? () => go('security', { focusRecovery: true }) : undefined}
              cards={canManageVault ? <BackupStatusCard onOpen={() => go('backups')} /> : undefined}
            />
          ) : null}
          {view === 'security' ? <SecurityScreen key={String(focusRecovery)} focusRecovery={focusRecovery} /> : null}
          {view === 'users' ? <UsersScreen selfId={session.userId} onSelfChanged={() => void refreshSession()} /> : null}
          {view === 'audit' ? (
            <AuditScreen
              canListUsers={roleAllows(session.role, 'users.manage')}
              self={{ id: session.userId, username: session.username, displayName: session.displayName }}
            />
          ) : null}
          {view === 'keys' ? <KeysScreen /> : null}
          {view === 'rotation' ? <RotationScreen selfId={session.userId} /> : null}
          {view === 'backups' ? (
            <BackupScreen
              selfId={session.userId}
              // The restored store has its own people, schedules and keys: nothing read from the old one stays.
              onRestored={() => {
                resetProgramSetupStores();
                resetKeyStores();
                void refreshSession();
              }}
            />
          ) : null}
          {view === 'account' ? <MyAccountScreen session={session} /> : null}
          {view === 'about' ? <AboutScreen /> : null}
        </main>
      </div>
    </div>
  );
}
