// Owns the unlocked frame: header with "Lock now", the left navigation, and the current screen.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { IpcError, VaultStatus } from '../../shared/contract';
import { PRODUCT_NAME } from '../../shared/product';
import { AboutScreen } from '../features/about';
import { HomeScreen } from '../features/home';
import { SecurityScreen } from '../features/vault';
import { Button, ErrorMessage } from '../ui';

const VIEWS = [
  { id: 'home', label: 'Home' },
  { id: 'security', label: 'Security' },
  { id: 'about', label: 'About' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export interface AppFrameProps {
  status: VaultStatus;
  onLock: () => void;
  locking: boolean;
  lockError: IpcError | null;
}

export function AppFrame({ status, onLock, locking, lockError }: AppFrameProps) {
  const [view, setView] = useState<ViewId>('home');
  const [focusRecovery, setFocusRecovery] = useState(false);
  const navRef = useRef<HTMLUListElement>(null);

  function go(next: ViewId, opts: { focusRecovery?: boolean } = {}) {
    setFocusRecovery(opts.focusRecovery ?? false);
    setView(next);
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

  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {PRODUCT_NAME}
        </span>
        <div className="header-end">
          <span className="header-state">
            <span className="dot dot-ok" aria-hidden="true" />
            Unlocked
          </span>
          <Button variant="secondary" onClick={onLock} busy={locking} busyLabel="Locking…">
            Lock now
          </Button>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label="Main">
          <ul ref={navRef} onKeyDown={onNavKeyDown}>
            {VIEWS.map((v) => (
              <li key={v.id}>
                <button type="button" className="nav-item" aria-current={view === v.id ? 'page' : undefined} onClick={() => go(v.id)}>
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="app-main">
          {lockError ? <ErrorMessage error={lockError} /> : null}
          {view === 'home' ? <HomeScreen status={status} onConfirmRecovery={() => go('security', { focusRecovery: true })} /> : null}
          {view === 'security' ? <SecurityScreen key={String(focusRecovery)} focusRecovery={focusRecovery} /> : null}
          {view === 'about' ? <AboutScreen /> : null}
        </main>
      </div>
    </div>
  );
}
