// Owns the scheduled-backup settings: on or off, daily or weekly (and which day), the local time,
// the folder (typed; main checks it exists), how many of the schedule's files to keep, and the
// backup passphrase the schedule seals its files with — stored sealed in main, never shown back,
// asked for the first time and kept unless a new one is typed. The settings are checked with the
// contract's schema before they are sent.
import { useRef, useState } from 'react';
import type { AppContract, Envelope, InputOf, IpcError } from '../../../../shared/contract';
import { type BackupSchedule, BackupScheduleSettings } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { Button, CheckboxField, ErrorMessage, Field, NewSecretFields, SelectField, StatusMessage, useNewSecret } from '../../../ui';
import { WEEKDAYS } from '../store/labels';

export interface ScheduleFormProps {
  schedule: BackupSchedule | null;
  busy: boolean;
  onSave: (input: InputOf<AppContract, 'backup.schedule.set'>) => Promise<Envelope<BackupSchedule>>;
}

interface Draft {
  enabled: boolean;
  frequency: 'daily' | 'weekly';
  weekday: string;
  time: string;
  folder: string;
  keep: string;
}

type Problems = Partial<Record<'time' | 'folder' | 'keep', string>>;

const draftOf = (s: BackupSchedule | null): Draft =>
  s
    ? { enabled: s.enabled, frequency: s.frequency, weekday: String(s.weekday), time: s.time, folder: s.folder, keep: String(s.keep) }
    : { enabled: true, frequency: 'daily', weekday: '1', time: '02:00', folder: '', keep: '7' };

const PROBLEM_TEXT: Record<keyof Problems, string> = {
  time: 'Enter a time of day, for example 02:30.',
  folder: 'Enter the full path of the folder the backups go to.',
  keep: 'Keep between 1 and 365 backups.',
};

export function scheduleSummary(s: BackupSchedule | null): string {
  if (!s) return 'No backup schedule is set.';
  if (!s.enabled) return 'Scheduled backups are off.';
  if (!s.nextRunAt) return 'Scheduled backups are on, but no backup passphrase is stored: none will run until one is set.';
  return `Next scheduled backup: ${formatDateTime(s.nextRunAt)}. It runs while the app is open and unlocked.`;
}

export function ScheduleForm({ schedule, busy, onSave }: ScheduleFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(schedule));
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState('');
  const hasPassphrase = schedule?.hasPassphrase ?? false;
  const passphrase = useNewSecret('passphrase', draft.enabled && !hasPassphrase);
  const refs = { time: useRef<HTMLInputElement>(null), folder: useRef<HTMLInputElement>(null), keep: useRef<HTMLInputElement>(null) };
  const secretRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setSaved('');
  };

  async function submit() {
    const parsed = BackupScheduleSettings.safeParse({
      enabled: draft.enabled,
      frequency: draft.frequency,
      weekday: Number(draft.weekday),
      time: draft.time,
      folder: draft.folder,
      keep: draft.keep.trim() === '' ? Number.NaN : Number(draft.keep),
    });
    const found: Problems = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'time' || field === 'folder' || field === 'keep') found[field] = PROBLEM_TEXT[field];
      }
    }
    setProblems(found);
    const secret = passphrase.validate();
    const first = (['folder', 'time', 'keep'] as const).find((f) => found[f]);
    if (first) return refs[first].current?.focus();
    if (secret.secret) return secretRef.current?.focus();
    if (secret.confirm) return confirmRef.current?.focus();
    if (!parsed.success) return;
    setSaving(true);
    setError(null);
    const answer = await onSave({ settings: parsed.data, ...(passphrase.draft.secret !== '' ? { passphrase: passphrase.draft.secret } : {}) });
    setSaving(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    passphrase.reset();
    setSaved(`Schedule saved. ${scheduleSummary(answer.value)}`);
  }

  return (
    <form
      className="backup-schedule-form"
      noValidate
      aria-labelledby="backup-schedule"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <CheckboxField
        label="Make backups on a schedule"
        description="Backups are written while the app is open and unlocked; one missed while it was closed is made at the next check."
        checked={draft.enabled}
        onChange={(e) => change({ enabled: e.target.checked })}
      />
      <div className="backup-schedule-when">
        <SelectField
          label="How often"
          options={[
            { value: 'daily', label: 'Every day' },
            { value: 'weekly', label: 'Every week' },
          ]}
          value={draft.frequency}
          onChange={(e) => change({ frequency: e.target.value === 'weekly' ? 'weekly' : 'daily' })}
        />
        {draft.frequency === 'weekly' ? (
          <SelectField label="On" options={WEEKDAYS.map((d, i) => ({ value: String(i), label: d }))} value={draft.weekday} onChange={(e) => change({ weekday: e.target.value })} />
        ) : null}
        <Field ref={refs.time} label="At (local time)" type="time" value={draft.time} error={problems.time} onChange={(e) => change({ time: e.target.value })} />
      </div>
      <Field
        ref={refs.folder}
        label="Folder"
        autoComplete="off"
        spellCheck={false}
        className="mono"
        value={draft.folder}
        error={problems.folder}
        hint="The full path of an existing folder, ideally on another disk. Files are named resched-backup-YYYYMMDD-HHMMSS.rsbk."
        onChange={(e) => change({ folder: e.target.value })}
      />
      <Field
        ref={refs.keep}
        label="Backups to keep"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        value={draft.keep}
        error={problems.keep}
        hint="Older backups this schedule wrote are deleted; other files in the folder are never touched."
        onChange={(e) => change({ keep: e.target.value })}
      />
      <NewSecretFields
        noun="passphrase"
        label={hasPassphrase ? 'New backup passphrase' : 'Backup passphrase'}
        confirmLabel={hasPassphrase ? 'Confirm new backup passphrase' : 'Confirm backup passphrase'}
        note={hasPassphrase ? 'A passphrase is stored for this schedule: leave both empty to keep it.' : 'Scheduled backups are sealed with it; it is stored encrypted on this workstation.'}
        value={passphrase.draft}
        errors={passphrase.errors}
        onChange={passphrase.onChange}
        secretRef={secretRef}
        confirmRef={confirmRef}
      />
      <ErrorMessage error={error} />
      <StatusMessage message={saved} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={saving} busyLabel="Saving…" disabled={busy}>
          Save schedule
        </Button>
      </div>
    </form>
  );
}
