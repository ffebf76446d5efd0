// Owns the two facts an administrator checks about backups — the last backup and the last
// verification, each with its outcome in words — or says that there is none yet; after a failed
// verification, also when one last succeeded.
import type { BackupStatus } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { sizeText } from '../store/labels';

export function BackupStatusList({ status, testId }: { status: BackupStatus; testId: string }) {
  const b = status.lastBackup;
  const v = status.lastVerification;
  return (
    <dl className="definition-list" data-testid={testId}>
      <div>
        <dt>Last backup</dt>
        <dd data-testid={`${testId}-backup`}>
          {!b ? (
            <span className="muted">No backup has been made on this workstation yet.</span>
          ) : b.outcome === 'success' ? (
            <>
              <span className="badge badge-ok">Written</span> {formatDateTime(b.at)}
              {b.scheduled ? ' (scheduled)' : ''}
              {b.bytes !== null ? `, ${sizeText(b.bytes)}` : ''}
              {b.file ? <span className="cell-note mono backup-path">{b.file}</span> : null}
            </>
          ) : (
            <>
              <span className="badge badge-error">Failed</span> {formatDateTime(b.at)}
              {b.scheduled ? ' (scheduled)' : ''}
              {b.code ? <span className="cell-note mono">{b.code}</span> : null}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>Last verification</dt>
        <dd data-testid={`${testId}-verification`}>
          {!v ? (
            <span className="muted">No backup has been verified yet.</span>
          ) : v.outcome === 'success' ? (
            <>
              <span className="badge badge-ok">Valid</span> {formatDateTime(v.at)}
              {v.backupCreatedAt ? ` — a backup made ${formatDateTime(v.backupCreatedAt)}` : ''}
              {v.file ? <span className="cell-note mono backup-path">{v.file}</span> : null}
            </>
          ) : (
            <>
              <span className="badge badge-error">Failed</span> {formatDateTime(v.at)}
              {v.code ? <span className="cell-note mono">{v.code}</span> : null}
              {v.file ? <span className="cell-note mono backup-path">{v.file}</span> : null}
            </>
          )}
        </dd>
      </div>
      {v && v.outcome !== 'success' ? (
        <div>
          <dt>Last successful verification</dt>
          <dd data-testid={`${testId}-verified`}>
            {status.lastSuccessfulVerification ? (
              <>
                <span className="badge badge-ok">Valid</span> {formatDateTime(status.lastSuccessfulVerification.at)}
              </>
            ) : (
              <span className="muted">No backup has verified successfully yet.</span>
            )}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
