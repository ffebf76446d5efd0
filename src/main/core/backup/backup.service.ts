// Owns backups inside the running app: export, verify and in-app restore (one at a time, with
// progress and cancel), each audited with its outcome and remembered for the dashboard (last
// backup, last verification); and scheduled backups — a timer that, while the vault is unlocked,
// writes a backup when one is due and keeps the newest N files the schedule wrote.
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { AuditEntryInput, BackupProgress, BackupRecord, BackupSchedule, BackupScheduleSettings, BackupStatus, VerificationRecord } from '../../../shared/domain';
import { BackupRecord as BackupRecordSchema, VerificationRecord as VerificationRecordSchema } from '../../../shared/domain';
import { isCodedError } from '../errors';
import type { KeyCaller, KeysService } from '../keys';
import type { Logger } from '../log';
import { BACKUP_META_KEYS, type BackupMetaKey, readBackupMeta, writeBackupMeta } from '../store';
import { checkPassphrase, WeakPassphraseError } from '../vault';
import type { Workstation } from '../workstation';
import { BackupBusyError, BackupPathError } from './errors';
import type { BackupSecrets } from './file-key';
import { exportBackup } from './export-backup';
import { siteSignerThumbprints } from './managed-key-signer';
import { restoreInPlace } from './restore-in-place';
import { nextRunAfter, openSchedulePassphrase, SCHEDULED_NAME, scheduledFileName, sealSchedulePassphrase, StoredSchedule } from './schedule';
import { verifyBackupFile } from './verify-backup';

export interface BackupServiceDeps {
  workstation: Workstation;
  keys: Pick<KeysService, 'list' | 'generate' | 'sign' | 'exportPublic' | 'recordBackup'>;
  app: { name: string; version: string };
  audit: (entry: AuditEntryInput) => void;
  /** After an in-app restore: caches and sessions built on the old store are dropped. */
  afterRestore: () => void;
  log: Logger;
  now?: () => Date;
  /** How often the schedule is checked (ms). */
  tickMs?: number;
}

export interface BackupJob {
  actor: string;
  caller: KeyCaller;
  signal?: AbortSignal | undefined;
  progress?: ((p: BackupProgress) => void) | undefined;
}

type Running = BackupStatus['running'];

const methodOf = (s: BackupSecrets) => (s.passphrase !== undefined && s.recoveryCode !== undefined ? 'both' : s.passphrase !== undefined ? 'passphrase' : 'recovery');
const codeOf = (e: unknown) => (isCodedError(e) ? e.code : 'ERR_INTERNAL');

export function createBackupService(deps: BackupServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log.child('backup');
  let running: Running = null;

  async function exclusive<T>(kind: NonNullable<Running>, fn: () => Promise<T>): Promise<T> {
    if (running) throw new BackupBusyError();
    running = kind;
    try {
      return await fn();
    } finally {
      running = null;
    }
  }

  const remember = (key: BackupMetaKey, value: unknown) => {
    try {
      writeBackupMeta(deps.workstation.writer(), key, JSON.stringify(value));
    } catch (e) {
      log.warn('could not record backup state', { error: e });
    }
  };
  const recall = <T>(key: BackupMetaKey, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T | null => {
    const raw = readBackupMeta(deps.workstation.reader(), key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data ?? null) : null;
  };

  async function runExport(out: string, secrets: BackupSecrets, job: BackupJob, scheduled: boolean) {
    try {
      job.progress?.({ phase: 'snapshot', done: 0, total: 1 });
      const done = await exportBackup(
        { workstation: deps.workstation, keys: deps.keys, app: deps.app },
        {
          out,
          secrets,
          createdBy: job.actor,
          signal: job.signal,
          onProgress: (p) => job.progress?.({ phase: 'writing', ...p }),
        },
      );
      deps.audit({ actor: job.actor, action: 'backup.export', outcome: 'success', details: { method: methodOf(secrets), scheduled, bytes: done.bytes, people: done.summary.people } });
      remember(BACKUP_META_KEYS.lastBackup, { at: now().toISOString(), outcome: 'success', code: null, file: done.file, bytes: done.bytes, scheduled } satisfies BackupRecord);
      return done;
    } catch (e) {
      deps.audit({ actor: job.actor, action: 'backup.export', outcome: 'failure', details: { method: methodOf(secrets), scheduled, error: codeOf(e) } });
      remember(BACKUP_META_KEYS.lastBackup, { at: now().toISOString(), outcome: 'failure', code: codeOf(e), file: out, bytes: null, scheduled } satisfies BackupRecord);
      throw e;
    }
  }

  function readSchedule(): StoredSchedule | null {
    const raw = readBackupMeta(deps.workstation.reader(), BACKUP_META_KEYS.schedule);
    if (raw === null) return null;
    const parsed = StoredSchedule.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  const scheduleView = (s: StoredSchedule): BackupSchedule => ({
    ...s.settings,
    hasPassphrase: s.sealedPassphrase !== null,
    nextRunAt: s.settings.enabled && s.sealedPassphrase ? nextRunAfter(s.settings, new Date(s.since)).toISOString() : null,
  });

  const scheduleKey = () => deps.workstation.vault.derive('scheduledBackupPassphrase');

  /** Deletes the oldest files this schedule wrote beyond `keep`; nothing else in the folder. */
  function prune(folder: string, keep: number): number {
    const mine = readdirSync(folder)
      .filter((n) => SCHEDULED_NAME.test(n))
      .sort()
      .reverse();
    let removed = 0;
    for (const name of mine.slice(keep)) {
      try {
        unlinkSync(path.join(folder, name));
        removed += 1;
      } catch (e) {
        log.warn('could not remove an old scheduled backup', { error: e });
      }
    }
    return removed;
  }

  /** Runs the scheduled backup when one is due; true when it ran. */
  async function runDue(): Promise<boolean> {
    if (!deps.workstation.vault.isUnlocked() || running) return false;
    let stored: StoredSchedule | null;
    try {
      stored = readSchedule();
    } catch {
      return false; // the store is not open yet
    }
    if (!stored?.settings.enabled || !stored.sealedPassphrase) return false;
    const at = now();
    if (nextRunAfter(stored.settings, new Date(stored.since)).getTime() > at.getTime()) return false;
    remember(BACKUP_META_KEYS.schedule, { ...stored, since: at.toISOString() } satisfies StoredSchedule);
    const key = scheduleKey();
    let passphrase: string;
    try {
      passphrase = openSchedulePassphrase(key, stored.sealedPassphrase);
    } finally {
      key.fill(0);
    }
    const out = path.join(stored.settings.folder, scheduledFileName(at));
    try {
      await exclusive('export', () => runExport(out, { passphrase }, { actor: 'system', caller: { kind: 'application', component: 'backup-schedule' } }, true));
      const removed = prune(stored.settings.folder, stored.settings.keep);
      log.info('scheduled backup written', { removedOld: removed });
    } catch (e) {
      log.error('scheduled backup failed', { code: codeOf(e) });
    }
    return true;
  }

  const timer = setInterval(() => void runDue(), deps.tickMs ?? 60_000);
  timer.unref();

  return {
    export: (req: { path: string } & BackupSecrets, job: BackupJob) => exclusive('export', () => runExport(req.path, { passphrase: req.passphrase, recoveryCode: req.recoveryCode }, job, false)),

    verify: (req: { path: string } & BackupSecrets, job: BackupJob) =>
      exclusive('verify', async () => {
        const secrets = { passphrase: req.passphrase, recoveryCode: req.recoveryCode };
        try {
          const v = await verifyBackupFile(req.path, secrets, { signal: job.signal, onProgress: (p) => job.progress?.({ phase: 'reading', ...p }) });
          const ours = await siteSignerThumbprints(deps.keys, job.caller);
          deps.audit({ actor: job.actor, action: 'backup.verify', outcome: 'success', details: { people: v.summary.people, assignments: v.summary.assignments } });
          const verified = { at: now().toISOString(), outcome: 'success', code: null, file: req.path, backupCreatedAt: v.createdAt } satisfies VerificationRecord;
          remember(BACKUP_META_KEYS.lastVerification, verified);
          remember(BACKUP_META_KEYS.lastSuccessfulVerification, verified);
          return {
            createdAt: v.createdAt,
            createdBy: v.createdBy,
            appVersion: v.app.version,
            schemaVersion: v.schemaVersion,
            summary: v.summary,
            signer: v.signer,
            signedByThisSite: ours.has(v.signer.thumbprint),
            fileBytes: v.fileBytes,
          };
        } catch (e) {
          deps.audit({ actor: job.actor, action: 'backup.verify', outcome: 'failure', details: { error: codeOf(e) } });
          remember(BACKUP_META_KEYS.lastVerification, { at: now().toISOString(), outcome: 'failure', code: codeOf(e), file: req.path, backupCreatedAt: null } satisfies VerificationRecord);
          throw e;
        }
      }),

    restore: (req: { path: string } & BackupSecrets, job: BackupJob) =>
      exclusive('restore', async () => {
        try {
          const r = await restoreInPlace(deps.workstation, req.path, { passphrase: req.passphrase, recoveryCode: req.recoveryCode }, {
            signal: job.signal,
            onProgress: (p) => job.progress?.({ phase: 'reading', ...p }),
            now,
          });
          deps.afterRestore();
          // Recorded in the restored store's trail (the one that is now current).
          deps.audit({ actor: job.actor, action: 'backup.restore', outcome: 'success', details: { into: 'in-place', schemaFrom: r.schemaFrom, schemaTo: r.schemaTo, people: r.summary.people } });
          return r;
        } catch (e) {
          deps.audit({ actor: job.actor, action: 'backup.restore', outcome: 'failure', details: { into: 'in-place', error: codeOf(e) } });
          throw e;
        }
      }),

    status: (): BackupStatus => ({
      lastBackup: recall(BACKUP_META_KEYS.lastBackup, BackupRecordSchema),
      lastVerification: recall(BACKUP_META_KEYS.lastVerification, VerificationRecordSchema),
      lastSuccessfulVerification: recall(BACKUP_META_KEYS.lastSuccessfulVerification, VerificationRecordSchema),
      running,
    }),

    getSchedule: (): BackupSchedule | null => {
      const s = readSchedule();
      return s ? scheduleView(s) : null;
    },

    setSchedule(settings: BackupScheduleSettings, passphrase: string | undefined, actor: string): BackupSchedule {
      if (!path.isAbsolute(settings.folder)) throw new BackupPathError('the backup folder must be a full path');
      let isDir: boolean;
      try {
        isDir = statSync(settings.folder).isDirectory();
      } catch {
        isDir = false;
      }
      if (!isDir) throw new BackupPathError('the backup folder does not exist');
      const previous = readSchedule();
      if (passphrase !== undefined) {
        const verdict = checkPassphrase(passphrase);
        if (!verdict.ok) throw new WeakPassphraseError(verdict.reason, verdict.message);
      }
      let sealedPassphrase = previous?.sealedPassphrase ?? null;
      if (passphrase !== undefined) {
        const key = scheduleKey();
        try {
          sealedPassphrase = sealSchedulePassphrase(key, passphrase);
        } finally {
          key.fill(0);
        }
      }
      const next: StoredSchedule = { settings, sealedPassphrase, since: now().toISOString() };
      writeBackupMeta(deps.workstation.writer(), BACKUP_META_KEYS.schedule, JSON.stringify(next));
      deps.audit({ actor, action: 'backup.schedule.change', outcome: 'success', details: { enabled: settings.enabled, frequency: settings.frequency, keep: settings.keep } });
      return scheduleView(next);
    },

    /** Checks the schedule now (the timer does this every minute). */
    runDue,

    close: () => clearInterval(timer),
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
