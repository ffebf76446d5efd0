// Owns the app shell's notice "N rotations due — Review" for people who manage keys: it reads
// rotation.status when it appears and shows nothing while nothing is due (or it cannot tell).
import { useEffect } from 'react';
import { Button } from '../../../ui';
import { attentionCount, noticeText } from '../store/selectors';
import { useRotationStore } from '../store/rotation.store';

export interface RotationNoticeProps {
  onReview: () => void;
}

export function RotationNotice({ onReview }: RotationNoticeProps) {
  const status = useRotationStore((s) => s.status);
  const refreshStatus = useRotationStore((s) => s.refreshStatus);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus]);

  const n = attentionCount(status);
  if (n === 0) return null;
  const overdue = status?.overdue.length ?? 0;
  return (
    <div className={`shell-notice ${overdue > 0 ? 'shell-notice-warn' : 'shell-notice-info'}`} role="status" data-testid="rotation-notice">
      <span>
        <strong>{noticeText(n)}</strong>
        {overdue > 0 ? <span> ({overdue} overdue)</span> : null}
      </span>
      <span aria-hidden="true"> — </span>
      <Button variant="quiet" className="btn-small" onClick={onReview}>
        Review<span className="visually-hidden"> rotations</span>
      </Button>
    </div>
  );
}
