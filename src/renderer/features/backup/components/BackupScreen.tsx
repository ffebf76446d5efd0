// Owns the Backups screen (vault.manage): the last backup and last verification, exporting a
// backup, verifying a file, restoring this site's backup in place, and the backup schedule. One
// operation runs at a time, with its progress and Cancel; its outcome is said in words.
import { useEffect, useState } from 'react';
import type { AppContract, InputOf } from '../../../../shared/contract';
import { formatDateTime } from '../../../lib/format';
import { Banner, Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { backupErrorText } from '../store/backup-errors';
import { useBackupStore } from '../store/backup.store';
import { sizeText, verificationText } from '../store/labels';
import { BackupProgressPanel } from './BackupProgressPanel';
import { BackupStatusList } from './BackupStatusList';
import { ExportBackupDialog } from './ExportBackupDialog';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { ScheduleForm, scheduleSummary } from './ScheduleForm';
import { VerifyBackupDialog } from './VerifyBackupDialog';

type Choosing = 'export' | 'verify' | 'restore' | null;
type Outcome = { tone: 'success' | 'error'; text: string } | null;

export interface BackupScreenProps {
  selfId: string;
  /** After a successful restore: everything read from the old store is read again. */
  onRestored: () => void;
}

export function BackupScreen({ selfId, onRestored }: BackupScreenProps) {
  const s = useBackupStore();
  const [choosing, setChoosing] = useState<Choosing>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { load } = s;

  useEffect(() => {
    void load();
  }, [load]);

  async function exportBackup(input: InputOf<AppContract, 'backup.export'>) {
    setChoosing(null);
    setOutcome(null);
    const answer = await s.run('backup.export', input);
    setOutcome(
      answer.ok
        ? { tone: 'success', text: `Backup written to ${answer.value.file} (${sizeText(answer.value.bytes)}): ${answer.value.summary.people.toLocaleString()} people, ${answer.value.summary.assignments.toLocaleString()} assignments.` }
        : { tone: 'error', text: backupErrorText('export', answer.error) },
    );
  }

  async function verify(input: InputOf<AppContract, 'backup.verify'>) {
    setChoosing(null);
    setOutcome(null);
    const answer = await s.run('backup.verify', input);
    setOutcome(answer.ok ? { tone: 'success', text: verificationText(answer.value, selfId) } : { tone: 'error', text: `Not valid: ${backupErrorText('verify', answer.error)}` });
  }

  async function restore(input: InputOf<AppContract, 'backup.restore'>) {
    setChoosing(null);
    setOutcome(null);
    const answer = await s.run('backup.restore', input);
    if (!answer.ok) {
      setOutcome({ tone: 'error', text: backupErrorText('restore', answer.error) });
      return;
    }
    onRestored();
    setOutcome({
      tone: 'success',
      text: `Restored the backup made ${formatDateTime(answer.value.createdAt)}: ${answer.value.summary.people.toLocaleString()} people, ${answer.value.summary.assignments.toLocaleString()} assignments. The data was reloaded. The previous data is kept as ${answer.value.safetyCopy}.`,
    });
  }

  const busy = s.running !== null;
  return (
    <div className="screen screen-wide">
      <PageTitle>Backups</PageTitle>
      <p className="lead">Encrypted, signed copies of all of this site’s data: export one, check that a file is intact, restore it, or make them on a schedule.</p>
      <StatusMessage message={s.loading && !s.status ? 'Loading backup status…' : ''} />
      {outcome ? (
        <Banner tone={outcome.tone} role={outcome.tone === 'error' ? 'alert' : 'status'} testId="backup-outcome">
          <p>{outcome.text}</p>
        </Banner>
      ) : null}
      {s.error ? (
        <div className="panel">
          <ErrorMessage error={s.error} />
          <div className="actions">
            <Button onClick={() => void load()}>Try again</Button>
          </div>
        </div>
      ) : null}

      {s.running ? <BackupProgressPanel running={s.running} onCancel={() => void s.cancel()} /> : null}

      <section className="panel" aria-labelledby="backup-status">
        <h2 id="backup-status">Status</h2>
        {s.status ? <BackupStatusList status={s.status} testId="backup-status" /> : null}
        <div className="actions">
          <Button variant="primary" disabled={busy} onClick={() => setChoosing('export')}>
            Export a backup…
          </Button>
          <Button disabled={busy} onClick={() => setChoosing('verify')}>
            Verify a backup file…
          </Button>
          <Button variant="danger" disabled={busy} onClick={() => setChoosing('restore')}>
            Restore from a backup…
          </Button>
        </div>
      </section>

      <section className="panel" aria-labelledby="backup-schedule">
        <h2 id="backup-schedule">Schedule</h2>
        <p data-testid="backup-schedule-summary">{s.scheduleRead ? scheduleSummary(s.schedule) : ''}</p>
        {s.scheduleRead ? <ScheduleForm key={s.schedule ? 'set' : 'unset'} schedule={s.schedule} busy={busy} onSave={s.saveSchedule} /> : null}
      </section>

      {choosing === 'export' ? <ExportBackupDialog onStart={(input) => void exportBackup(input)} onCancel={() => setChoosing(null)} /> : null}
      {choosing === 'verify' ? <VerifyBackupDialog onStart={(input) => void verify(input)} onCancel={() => setChoosing(null)} /> : null}
      {choosing === 'restore' ? <RestoreBackupDialog onStart={(input) => void restore(input)} onCancel={() => setChoosing(null)} /> : null}
    </div>
  );
}
