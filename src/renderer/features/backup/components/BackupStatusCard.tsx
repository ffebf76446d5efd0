// Owns Home's backup card for administrators: the last backup and the last verification, read
// when Home appears, with a way to the Backups screen.
import { useEffect } from 'react';
import { Button } from '../../../ui';
import { useBackupStore } from '../store/backup.store';
import { BackupStatusList } from './BackupStatusList';

export function BackupStatusCard({ onOpen }: { onOpen: () => void }) {
  const status = useBackupStore((s) => s.status);
  const statusError = useBackupStore((s) => s.statusError);
  const refreshStatus = useBackupStore((s) => s.refreshStatus);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus]);

  return (
    <section className="panel" aria-labelledby="home-backups" data-testid="home-backups">
      <h2 id="home-backups">Backups</h2>
      {status ? (
        <BackupStatusList status={status} testId="home-backup-status" />
      ) : statusError ? (
        <p className="muted">The backup status could not be read: {statusError.message}</p>
      ) : (
        <p className="muted">Reading the backup status…</p>
      )}
      <div className="actions">
        <Button onClick={onOpen}>Open Backups</Button>
      </div>
    </section>
  );
}
