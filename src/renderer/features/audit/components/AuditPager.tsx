// Owns moving between pages of entries, newest first: "Newer" and "Older". When the button just
// pressed runs out of pages (and so is disabled), focus moves to the other one instead of being lost.
import { useEffect, useRef } from 'react';
import { Button } from '../../../ui';
import { AUDIT_PAGE_SIZE } from '../store/selectors';

export interface AuditPagerProps {
  /** The first entry asked for (0 = the newest). */
  offset: number;
  total: number;
  onPage: (offset: number) => void;
}

export function AuditPager({ offset, total, onPage }: AuditPagerProps) {
  const newerRef = useRef<HTMLButtonElement>(null);
  const olderRef = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'newer' | 'older' | null>(null);
  const hasNewer = offset > 0;
  const hasOlder = offset + AUDIT_PAGE_SIZE < total;

  useEffect(() => {
    if (pressed.current === 'older' && !hasOlder) newerRef.current?.focus();
    if (pressed.current === 'newer' && !hasNewer) olderRef.current?.focus();
    pressed.current = null;
  }, [hasNewer, hasOlder]);

  if (total <= AUDIT_PAGE_SIZE && offset === 0) return null;

  return (
    <nav className="pager" aria-label="Audit log pages">
      <Button
        ref={newerRef}
        disabled={!hasNewer}
        onClick={() => {
          pressed.current = 'newer';
          onPage(Math.max(0, offset - AUDIT_PAGE_SIZE));
        }}
      >
        <span aria-hidden="true">← </span>Newer
      </Button>
      <Button
        ref={olderRef}
        disabled={!hasOlder}
        onClick={() => {
          pressed.current = 'older';
          onPage(offset + AUDIT_PAGE_SIZE);
        }}
      >
        Older<span aria-hidden="true"> →</span>
      </Button>
    </nav>
  );
}
