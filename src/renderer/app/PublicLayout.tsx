// Owns the frame of the screens shown before unlock (setup, unlock, start-up problems).
import type { ReactNode } from 'react';
import { PRODUCT_NAME } from '../../shared/product';

export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public-shell">
      <header className="app-header no-print">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {PRODUCT_NAME}
        </span>
      </header>
      <main className="public-main">
        <div className="card">{children}</div>
      </main>
    </div>
  );
}
