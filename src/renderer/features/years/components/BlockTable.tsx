// Owns a year's blocks as an editable table: changing where one block ends moves the start of the
// next (and the other way round), rows say what is wrong before anything is sent, and "Save
// blocks" sends them all at once (schedule.years.updateBlocks).
import { useEffect, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { AcademicYear, Block } from '../../../../shared/domain';
import { formatDateRange } from '../../../lib/iso-dates';
import { Button, ErrorMessage, StatusMessage } from '../../../ui';
import { blockLength, blockProblems, moveEnd, moveStart, sameBlocks } from '../store/blocks';
import { useYearsStore } from '../store/years.store';

export interface BlockTableProps {
  year: AcademicYear;
  canWrite: boolean;
  onSaved: (year: AcademicYear) => void;
}

const blockName = (b: Block) => (b.number === 0 ? 'Block 0 (orientation)' : `Block ${b.number}`);

export function BlockTable({ year, canWrite, onSaved }: BlockTableProps) {
  const updateBlocks = useYearsStore((s) => s.updateBlocks);
  const [draft, setDraft] = useState<Block[]>(year.blocks);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const [showProblems, setShowProblems] = useState(false);

  useEffect(() => {
    setDraft(year.blocks);
    setShowProblems(false);
  }, [year]);

  const problems = blockProblems(draft, year);
  const changed = !sameBlocks(draft, year.blocks);

  async function save() {
    setAttempt((n) => n + 1);
    setNotice('');
    setError(null);
    setShowProblems(true);
    if (problems.size > 0) return;
    setBusy(true);
    const answer = await updateBlocks({ programId: year.programId, yearId: year.id, blocks: draft });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setNotice('The blocks were saved.');
    onSaved(answer.value);
  }

  return (
    <div>
      <div className="table-scroll">
        <table className="data-table block-table" data-testid="block-table">
          <caption className="visually-hidden">Blocks of {year.label}</caption>
          <thead>
            <tr>
              <th scope="col">Block</th>
              <th scope="col">Starts</th>
              <th scope="col">Ends</th>
              <th scope="col" className="num">
                Days
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.map((b, i) => {
              const problem = showProblems ? problems.get(i) : undefined;
              const problemId = `block-${b.number}-problem`;
              return (
                <tr key={b.number} data-testid={`block-row-${b.number}`}>
                  <th scope="row">
                    {blockName(b)}
                    {problem ? (
                      <span id={problemId} className="cell-error">
                        {problem}
                      </span>
                    ) : null}
                  </th>
                  {canWrite ? (
                    <>
                      <td>
                        <input
                          type="date"
                          className="field-input field-input-compact"
                          aria-label={`${blockName(b)} starts`}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? problemId : undefined}
                          value={b.startDate}
                          readOnly={busy || i === 0}
                          onChange={(e) => setDraft((d) => moveStart(d, i, e.target.value))}
                        />
                      </td>
                      <td>
                        <input
                          type="date"
                          className="field-input field-input-compact"
                          aria-label={`${blockName(b)} ends`}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? problemId : undefined}
                          value={b.endDate}
                          readOnly={busy || i === draft.length - 1}
                          onChange={(e) => setDraft((d) => moveEnd(d, i, e.target.value))}
                        />
                      </td>
                    </>
                  ) : (
                    <td colSpan={2}>{formatDateRange(b.startDate, b.endDate)}</td>
                  )}
                  <td className="num">{blockLength(b) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canWrite ? (
        <>
          <ErrorMessage key={`attempt-${attempt}`} error={showProblems && problems.size > 0 ? { message: 'Some blocks need attention: see the rows marked above.' } : error} />
          <StatusMessage message={busy ? 'Saving the blocks…' : notice} className={notice && !busy ? 'status-success' : undefined} />
          <div className="actions">
            <Button variant="secondary" disabled={!changed || busy} onClick={() => {
              setDraft(year.blocks);
              setShowProblems(false);
              setError(null);
            }}>
              Undo changes
            </Button>
            <Button variant="primary" disabled={!changed} busy={busy} busyLabel="Saving…" onClick={() => void save()}>
              Save blocks
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
