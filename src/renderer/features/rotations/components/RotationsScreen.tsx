// Owns the Rotations screen: the current year's rotation templates, the editor for a new or an
// existing one, and removing one after confirmation (main refuses while residents are assigned).
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { RotationTemplate } from '../../../../shared/domain';
import { Button, ConfirmDialog, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { patternSummary } from '../store/rotation-draft';
import { useRotationsStore } from '../store/rotations.store';
import { RotationEditor } from './RotationEditor';

export interface RotationsScreenProps {
  programId: string;
  yearId: string;
  yearLabel: string;
  canWrite: boolean;
}

type Editing = { rotation: RotationTemplate | null } | null;

const pgyText = (r: RotationTemplate) => (r.pgyEligible.length === 0 ? 'Any PGY' : r.pgyEligible.map((n) => `PGY-${n}`).join(', '));

function flags(r: RotationTemplate): string[] {
  const out: string[] = [];
  if (r.callEligible) out.push('Call');
  if (r.nightFloat) out.push('Night float');
  if (!r.supervised) out.push('Unsupervised');
  if (!r.leaveEligible) out.push('No leave');
  if (!r.observesHolidays) out.push('Works holidays');
  return out;
}

export function RotationsScreen({ programId, yearId, yearLabel, canWrite }: RotationsScreenProps) {
  const rotations = useRotationsStore((s) => s.rotations);
  const loading = useRotationsStore((s) => s.loading);
  const loadError = useRotationsStore((s) => s.error);
  const load = useRotationsStore((s) => s.load);
  const remove = useRotationsStore((s) => s.remove);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<RotationTemplate | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<IpcError | null>(null);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setEditing(null);
    void load(programId, yearId);
  }, [load, programId, yearId]);

  async function confirmRemove(r: RotationTemplate) {
    setBusy(true);
    setDialogError(null);
    const failed = await remove(programId, yearId, r.id);
    setBusy(false);
    if (failed) {
      setDialogError(failed);
      return;
    }
    setRemoving(null);
    setNotice(`${r.code} was removed.`);
  }

  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <div className="screen screen-wide">
      <PageTitle>Rotations</PageTitle>
      <p className="lead">The rotation templates of {yearLabel}: who may take each, how many per block, and its week.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <StatusMessage message={loading && !rotations ? 'Loading rotations…' : ''} />
      {loadError ? (
        <div className="panel">
          <ErrorMessage error={loadError} />
          <div className="actions">
            <Button onClick={() => void load(programId, yearId)}>Try again</Button>
          </div>
        </div>
      ) : null}

      {rotations && !editing ? (
        <section className="panel" aria-labelledby="rotations-list">
          <h2 id="rotations-list" ref={heading} tabIndex={-1}>
            Rotations
          </h2>
          {rotations.length === 0 ? (
            <div className="empty-note" data-testid="rotations-empty">
              <p>
                <strong>No rotations yet{canWrite ? ' — add one.' : '.'}</strong>
              </p>
              <p className="muted">Rotations are what residents are assigned to, block by block.</p>
            </div>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="rotations-table">
                <caption className="visually-hidden">Rotations of {yearLabel}</caption>
                <thead>
                  <tr>
                    <th scope="col">Rotation</th>
                    <th scope="col">Per block</th>
                    <th scope="col">Open to</th>
                    <th scope="col">Week</th>
                    <th scope="col">Rules</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rotations.map((r) => (
                    <tr key={r.id} data-testid={`rotation-row-${r.code}`}>
                      <th scope="row">
                        <span className="rotation-swatch" style={{ background: r.colour }} aria-hidden="true" />
                        <span className="mono">{r.code}</span> {r.name}
                      </th>
                      <td className="nowrap">
                        {r.capacity.min}–{r.capacity.max}
                      </td>
                      <td>
                        {pgyText(r)}
                        {r.requiredCredentials.length > 0 ? <span className="cell-note">Needs {r.requiredCredentials.join(', ')}</span> : null}
                      </td>
                      <td>{patternSummary(r.pattern)}</td>
                      <td>{flags(r).join(', ') || '—'}</td>
                      <td className="actions-cell">
                        <div className="row-actions">
                          {canWrite ? (
                            <>
                              <Button variant="secondary" className="btn-small" onClick={() => setEditing({ rotation: r })}>
                                Edit<span className="visually-hidden"> {r.code}</span>
                              </Button>
                              <Button
                                variant="secondary"
                                className="btn-small"
                                onClick={() => {
                                  setDialogError(null);
                                  setRemoving(r);
                                }}
                              >
                                Remove<span className="visually-hidden"> {r.code}</span>
                              </Button>
                            </>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {canWrite ? (
            <div className="actions">
              <Button
                variant="primary"
                onClick={() => {
                  setNotice('');
                  setEditing({ rotation: null });
                }}
              >
                Add rotation
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      {editing ? (
        <section className="panel" aria-labelledby="rotation-edit">
          <h2 id="rotation-edit">{editing.rotation ? `Edit ${editing.rotation.code}` : 'Add a rotation'}</h2>
          <RotationEditor
            programId={programId}
            yearId={yearId}
            rotation={editing.rotation}
            onSaved={(r) => {
              setNotice(`${r.code} was saved.`);
              close();
            }}
            onCancel={close}
          />
        </section>
      ) : null}

      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.code}?`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          tone="danger"
          busy={busy}
          error={dialogError?.message}
          onConfirm={() => void confirmRemove(removing)}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => heading.current}
        >
          <p>
            {removing.name} is removed from {yearLabel}. A rotation that still has residents assigned cannot be removed.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
