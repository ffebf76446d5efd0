// Owns a screen's <h1>. It takes focus when the screen appears, so keyboard and screen-reader
// users land at the top of the new content instead of on <body>.
import { useEffect, useRef, type ReactNode } from 'react';

export function PageTitle({ children, focusOnMount = true, id }: { children: ReactNode; focusOnMount?: boolean; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
    // Only on mount: a screen that re-renders must not pull focus back.
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
