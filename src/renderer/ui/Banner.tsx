// Owns the coloured notice block (info, warning, error, success) with an optional title and actions.
import type { ReactNode } from 'react';

export interface BannerProps {
  tone: 'info' | 'warning' | 'error' | 'success';
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  /** Make it a live region when it appears as the result of something the user did. */
  role?: 'status' | 'alert';
  testId?: string;
}

export function Banner({ tone, title, children, actions, role, testId }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={role} data-testid={testId}>
      <div className="banner-body">
        {title ? <p className="banner-title">{title}</p> : null}
        {children ? <div className="banner-text">{children}</div> : null}
      </div>
      {actions ? <div className="banner-actions">{actions}</div> : null}
    </div>
  );
}
