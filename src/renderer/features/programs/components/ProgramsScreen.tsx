// Owns the Programs screen: the programs this person can see, which one they are working on, and
// (administrators) creating one. A new program becomes the current one.
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { useProgramsStore } from '../store/programs.store';
import { CreateProgramForm } from './CreateProgramForm';

export interface ProgramsScreenProps {
  /** Administrators may create programs (programs.manage). */
  canCreate: boolean;
}

export function ProgramsScreen({ canCreate }: ProgramsScreenProps) {
  const programs = useProgramsStore((s) => s.programs);
  const programId = useProgramsStore((s) => s.programId);
  const loading = useProgramsStore((s) => s.loading);
  const error = useProgramsStore((s) => s.error);
  const load = useProgramsStore((s) => s.load);
  const selectProgram = useProgramsStore((s) => s.selectProgram);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const createButton = useRef<HTMLButtonElement>(null);
  const refocusCreate = useRef(false);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (creating || !refocusCreate.current) return;
    refocusCreate.current = false;
    createButton.current?.focus();
  }, [creating]);

  const close = () => {
    refocusCreate.current = true;
    setCreating(false);
  };

  return (
    <div className="screen">
      <PageTitle>Programs</PageTitle>
      <p className="lead">Each residency program keeps its own people, academic years, rotations and rules.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <StatusMessage message={loading && !programs ? 'Loading programs…' : ''} />
      {error ? (
        <div className="panel">
          <ErrorMessage error={error} />
          <div className="actions">
            <Button onClick={() => void load()}>Try again</Button>
          </div>
        </div>
      ) : null}

      {programs ? (
        <section className="panel" aria-labelledby="programs-list">
          <h2 id="programs-list">Programs</h2>
          {programs.length === 0 ? (
            <div className="empty-note" data-testid="programs-empty">
              <p>
                <strong>No program yet{canCreate ? ' — create one.' : '.'}</strong>
              </p>
              <p className="muted">
                {canCreate
                  ? 'A program holds its residents and faculty, academic years, rotations and rule settings.'
                  : 'You are not a member of any program. Ask an administrator to add you to one.'}
              </p>
            </div>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="programs-table">
                <caption className="visually-hidden">Programs</caption>
                <thead>
                  <tr>
                    <th scope="col">Program</th>
                    <th scope="col">Code</th>
                    <th scope="col">Created</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {programs.map((p) => (
                    <tr key={p.id} data-testid={`program-row-${p.code}`}>
                      <th scope="row">{p.name}</th>
                      <td className="mono">{p.code}</td>
                      <td>{formatDateTime(p.createdAt)}</td>
                      <td className="actions-cell">
                        <div className="row-actions">
                          {p.id === programId ? (
                            <span className="badge badge-info">Current</span>
                          ) : (
                            <Button
                              variant="secondary"
                              className="btn-small"
                              onClick={() => {
                                void selectProgram(p.id);
                                setNotice(`You are now working on ${p.name}.`);
                              }}
                            >
                              Work on this<span className="visually-hidden"> program: {p.name}</span>
                            </Button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {canCreate && !creating ? (
            <div className="actions">
              <Button
                ref={createButton}
                variant="primary"
                onClick={() => {
                  setNotice('');
                  setCreating(true);
                }}
              >
                Create program
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      {canCreate && creating ? (
        <section className="panel" aria-labelledby="programs-create">
          <h2 id="programs-create">Create a program</h2>
          <CreateProgramForm
            onCreated={(program) => {
              close();
              setNotice(`${program.name} was created and is now the current program. Next: create its first academic year.`);
            }}
            onCancel={close}
          />
        </section>
      ) : null}
    </div>
  );
}
