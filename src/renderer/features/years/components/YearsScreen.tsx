// Owns the Academic years screen: the program's years, creating one, and the blocks of the
// current year. The years themselves come from the program picker (props in, events out).
import { useEffect, useRef, useState } from 'react';
import type { AcademicYear } from '../../../../shared/domain';
import { formatDateRange } from '../../../lib/iso-dates';
import { Button, PageTitle, StatusMessage } from '../../../ui';
import { BlockTable } from './BlockTable';
import { CreateYearForm } from './CreateYearForm';

export interface YearsScreenProps {
  programId: string;
  years: readonly AcademicYear[];
  yearId: string | null;
  canWrite: boolean;
  onSelectYear: (yearId: string) => void;
  /** A year was created or its blocks saved: main's answer. */
  onYearSaved: (year: AcademicYear) => void;
}

export function YearsScreen({ programId, years, yearId, canWrite, onSelectYear, onYearSaved }: YearsScreenProps) {
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const createButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const current = years.find((y) => y.id === yearId) ?? null;

  useEffect(() => {
    if (creating || !refocus.current) return;
    refocus.current = false;
    createButton.current?.focus();
  }, [creating]);

  const close = () => {
    refocus.current = true;
    setCreating(false);
  };

  const showForm = canWrite && (creating || years.length === 0);

  return (
    <div className="screen">
      <PageTitle>Academic years</PageTitle>
      <p className="lead">An academic year and its blocks frame the roster, rotations, assignments and absences.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />

      {years.length === 0 ? (
        <div className="panel empty-state" data-testid="years-empty">
          <h2>No academic year yet{canWrite ? ' — create one' : ''}</h2>
          <p className="muted">
            {canWrite ? 'Choose its first day and how its blocks are laid out; you can adjust block dates afterwards.' : 'A coordinator creates the academic year.'}
          </p>
        </div>
      ) : (
        <section className="panel" aria-labelledby="years-list">
          <h2 id="years-list">Years</h2>
          <div className="table-scroll">
            <table className="data-table" data-testid="years-table">
              <caption className="visually-hidden">Academic years</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Dates</th>
                  <th scope="col" className="num">
                    Blocks
                  </th>
                  <th scope="col">Published</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.id} data-testid={`year-row-${y.label}`}>
                    <th scope="row">{y.label}</th>
                    <td>{formatDateRange(y.startDate, y.endDate)}</td>
                    <td className="num">{y.blocks.length}</td>
                    <td>{y.publishedVersion ? `Version ${y.publishedVersion}` : 'Not yet'}</td>
                    <td className="actions-cell">
                      <div className="row-actions">
                        {y.id === yearId ? (
                          <span className="badge badge-info">Current</span>
                        ) : (
                          <Button variant="secondary" className="btn-small" onClick={() => onSelectYear(y.id)}>
                            Work on this<span className="visually-hidden"> year: {y.label}</span>
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canWrite && !creating ? (
            <div className="actions">
              <Button
                ref={createButton}
                variant="primary"
                onClick={() => {
                  setNotice('');
                  setCreating(true);
                }}
              >
                Create academic year
              </Button>
            </div>
          ) : null}
        </section>
      )}

      {showForm ? (
        <section className="panel" aria-labelledby="years-create">
          <h2 id="years-create">Create an academic year</h2>
          <CreateYearForm
            programId={programId}
            years={years}
            onCreated={(year) => {
              close();
              setNotice(`${year.label} was created with ${year.blocks.length} blocks and is now the current year.`);
              onYearSaved(year);
            }}
            onCancel={years.length > 0 ? close : undefined}
          />
        </section>
      ) : null}

      {current ? (
        <section className="panel" aria-labelledby="years-blocks">
          <h2 id="years-blocks">Blocks of {current.label}</h2>
          <p className="muted">
            {canWrite
              ? 'Moving where a block ends moves the start of the next one. The first and last days follow the year.'
              : 'Only coordinators change block dates.'}
          </p>
          <BlockTable year={current} canWrite={canWrite} onSaved={onYearSaved} />
        </section>
      ) : null}
    </div>
  );
}
