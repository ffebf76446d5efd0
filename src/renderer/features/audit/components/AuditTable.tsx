// Owns one page of audit entries: number, local time, who (a user name when the account is known),
// what, on which id, the outcome and the details as compact key=value pairs.
import type { AuditAction, AuditOutcome, StoredAuditEntry } from '../../../../shared/domain';
import { formatDateTimeSeconds } from '../../../lib/format';
import { actionLabel, actorName, formatDetails, type KnownUser, outcomeLabel } from '../store/selectors';

export interface AuditTableProps {
  entries: readonly StoredAuditEntry[];
  /** Accounts by id, for actor and target names. */
  users: ReadonlyMap<string, KnownUser>;
  /** Says which entries these are, e.g. "Showing 1–100 of 250". */
  caption: string;
}

const OUTCOME_BADGE: Record<AuditOutcome, string> = {
  success: 'badge badge-ok',
  failure: 'badge badge-error',
  denied: 'badge badge-warn',
};

export function AuditTable({ entries, users, caption }: AuditTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-table-caption" tabIndex={0}>
      <table className="data-table audit-table" data-testid="audit-table">
        <caption id="audit-table-caption" className="visually-hidden">
          Audit entries, newest first. {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Outcome</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const actor = actorName(entry.actor, users);
            const target = entry.target ? users.get(entry.target) : undefined;
            return (
              <tr key={entry.seq} data-testid={`audit-row-${entry.seq}`}>
                <th scope="row" className="audit-seq">
                  {entry.seq}
                </th>
                <td className="nowrap">
                  <time dateTime={entry.at}>{formatDateTimeSeconds(entry.at)}</time>
                </td>
                <td className={actor.known ? undefined : 'audit-id'}>{actor.text}</td>
                {/* An altered row may carry an action or outcome we do not know: show it as stored. */}
                <td>{actionLabel[entry.action as AuditAction] ?? entry.action}</td>
                <td>
                  {entry.target ? <span className="audit-id">{entry.target}</span> : <span className="muted">—</span>}
                  {target ? <span className="cell-note">{target.username}</span> : null}
                </td>
                <td>
                  <span className={OUTCOME_BADGE[entry.outcome as AuditOutcome] ?? 'badge badge-error'}>{outcomeLabel[entry.outcome as AuditOutcome] ?? entry.outcome}</span>
                </td>
                <td className="audit-details">{formatDetails(entry.details)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
