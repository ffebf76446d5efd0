// Owns the rotation dashboard (keys.manage): the running rotation with its progress and Cancel;
// what is overdue, due soon and in its grace period; every secret's policy with "Rotate now"; and
// the history. Main runs one rotation at a time and explains refusals.
import { useEffect, useState } from 'react';
import type { RotationDue, SecretType } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { Banner, Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { outcomeLabel, outcomeTone, rollbackLabel, secretLabel } from '../store/labels';
import { rotationErrorText } from '../store/rotation-errors';
import { useRotationStore } from '../store/rotation.store';
import type { RotationRunInput } from '../store/run-rotation';
import { secretName } from '../store/selectors';
import { RotationProgressPanel } from './RotationProgressPanel';
import { RunRotationDialog } from './RunRotationDialog';

type Choosing = { type: SecretType; programId: string | null } | null;
type Outcome = { tone: 'success' | 'error'; text: string } | null;

const initiatorName = (initiator: string, selfId: string) =>
  initiator === 'system' ? 'Automatic' : initiator === 'cli' ? 'Admin command line' : initiator === selfId ? 'You' : 'Another administrator';

export function RotationScreen({ selfId }: { selfId: string }) {
  const s = useRotationStore();
  const [choosing, setChoosing] = useState<Choosing>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { load } = s;

  useEffect(() => {
    void load();
  }, [load]);

  const perProgram = (type: SecretType) => s.status?.policies.find((p) => p.type === type)?.perProgram ?? false;
  const name = (type: SecretType, programId: string | null) => secretName(type, programId, s.programs);

  async function start(input: RotationRunInput) {
    setChoosing(null);
    setOutcome(null);
    const answer = await s.run(input);
    const label = name(input.type, input.programId ?? null);
    setOutcome(
      answer.ok
        ? {
            tone: 'success',
            text: `${label} was rotated.${answer.value.graceEndsAt ? ` The old key keeps working until ${formatDateTime(answer.value.graceEndsAt)}.` : ''}`,
          }
        : { tone: 'error', text: rotationErrorText(input.type, answer.error) },
    );
  }

  const rotateButton = (type: SecretType, programId: string | null, label: string) => (
    <Button className="btn-small" disabled={s.running !== null} onClick={() => setChoosing({ type, programId })}>
      Rotate now<span className="visually-hidden"> the {label.toLowerCase()}</span>
    </Button>
  );

  const dueTable = (rows: readonly RotationDue[], testId: string, caption: string) => (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Secret</th>
            <th scope="col">Last rotated</th>
            <th scope="col">Due</th>
            <th scope="col">Mode</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={`${d.type}-${d.programId ?? ''}`}>
              <th scope="row">{name(d.type, d.programId)}</th>
              <td className="nowrap">{formatDateTime(d.lastRotatedAt)}</td>
              <td className="nowrap">{formatDateTime(d.dueAt)}</td>
              <td>{d.mode === 'automatic' ? 'Automatic' : 'Manual'}</td>
              <td className="actions-cell">{rotateButton(d.type, d.programId, name(d.type, d.programId))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  const status = s.status;
  return (
    <div className="screen screen-wide">
      <PageTitle>Key rotation</PageTitle>
      <p className="lead">When each secret was last replaced, what is due, and every rotation so far. Key material is never shown: only fingerprints are recorded.</p>
      <StatusMessage message={s.loading && !status ? 'Loading rotation status…' : ''} />
      {outcome ? (
        <Banner tone={outcome.tone} role={outcome.tone === 'error' ? 'alert' : 'status'} testId="rotation-outcome">
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

      {s.running ? <RotationProgressPanel running={s.running} programs={s.programs} onCancel={() => void s.cancel()} /> : null}

      {status ? (
        <>
          <section className="panel" aria-labelledby="rotation-attention">
            <h2 id="rotation-attention">Needs attention</h2>
            {status.overdue.length === 0 && status.due.length === 0 ? (
              <div className="empty-note" data-testid="rotation-nothing-due">
                <p>
                  <strong>Nothing is due.</strong>
                </p>
                <p className="muted">Every secret was rotated within its interval. Secrets appear here when their notice period begins.</p>
              </div>
            ) : null}
            {status.overdue.length > 0 ? (
              <>
                <h3>
                  <span className="badge badge-error rotation-badge">Overdue</span> Past their due date
                </h3>
                {dueTable(status.overdue, 'rotation-overdue', 'Overdue rotations')}
              </>
            ) : null}
            {status.due.length > 0 ? (
              <>
                <h3>
                  <span className="badge badge-warn rotation-badge">Due soon</span> Inside their notice period
                </h3>
                {dueTable(status.due, 'rotation-due', 'Rotations due soon')}
              </>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="rotation-grace">
            <h2 id="rotation-grace">In grace period</h2>
            {status.inGrace.length === 0 ? (
              <p className="muted" data-testid="rotation-grace-empty">
                No old key is still accepted: every rotation’s grace period has ended.
              </p>
            ) : (
              <ul className="plain-list" data-testid="rotation-in-grace">
                {status.inGrace.map((g) => (
                  <li key={g.rotationId}>
                    <span className="badge badge-info rotation-badge">In grace</span> {name(g.type, g.programId)}: the old key is accepted until{' '}
                    {formatDateTime(g.graceEndsAt)}.
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="panel" aria-labelledby="rotation-policies">
            <h2 id="rotation-policies">Secrets and their policies</h2>
            <div className="table-scroll">
              <table className="data-table" data-testid="rotation-policies">
                <caption className="visually-hidden">Rotation policy of each secret</caption>
                <thead>
                  <tr>
                    <th scope="col">Secret</th>
                    <th scope="col">Every</th>
                    <th scope="col">Grace</th>
                    <th scope="col">Mode</th>
                    <th scope="col">If it fails</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {status.policies.map((p) => (
                    <tr key={p.type}>
                      <th scope="row">
                        {secretLabel[p.type]}
                        {p.perProgram ? <span className="cell-note">One per program</span> : null}
                      </th>
                      <td className="nowrap">{p.intervalDays} days</td>
                      <td className="nowrap">{p.graceHours === 0 ? 'None' : `${p.graceHours} hours`}</td>
                      <td>{p.mode === 'automatic' ? 'Automatic' : 'Manual'}</td>
                      <td>{rollbackLabel[p.rollback]}</td>
                      <td className="actions-cell">{rotateButton(p.type, null, secretLabel[p.type])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}

      {s.history ? (
        <section className="panel" aria-labelledby="rotation-history">
          <h2 id="rotation-history">History</h2>
          {s.history.length === 0 ? (
            <p className="muted" data-testid="rotation-history-empty">
              No rotation has run on this workstation yet.
            </p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="rotation-history">
                <caption className="visually-hidden">Rotations, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Started</th>
                    <th scope="col">Secret</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">By</th>
                    <th scope="col">Reason</th>
                    <th scope="col">New fingerprint</th>
                  </tr>
                </thead>
                <tbody>
                  {s.history.map((r) => (
                    <tr key={r.id}>
                      <td className="nowrap">{formatDateTime(r.startedAt)}</td>
                      <th scope="row">{name(r.type, r.programId)}</th>
                      <td>
                        <span className={`badge badge-${outcomeTone[r.status]}`}>{outcomeLabel[r.status]}</span>
                        {r.errorCode ? <span className="cell-note mono">{r.errorCode}</span> : null}
                      </td>
                      <td>{initiatorName(r.initiator, selfId)}</td>
                      <td>{r.reason}</td>
                      <td className="mono">{r.newFingerprint ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {choosing ? (
        <RunRotationDialog
          type={choosing.type}
          programId={choosing.programId}
          perProgram={perProgram(choosing.type)}
          programs={s.programs}
          onStart={(input) => void start(input)}
          onCancel={() => setChoosing(null)}
        />
      ) : null}
    </div>
  );
}
