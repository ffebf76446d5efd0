// Owns the People screen: the program's residents, faculty and staff with their place on the
// current year's roster; search by name or e-mail, filter by PGY; add, edit and remove (after
// confirmation).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { Person } from '../../../../shared/domain';
import { Button, ConfirmDialog, ErrorMessage, Field, PageTitle, SelectField, StatusMessage } from '../../../ui';
import { usePeopleStore } from '../store/people.store';
import { kindLabel, matches, pgyLevels, rosterSummary, rowsFor, type PersonRow } from '../store/selectors';
import { PersonDialog } from './PersonDialog';

export interface PeopleScreenProps {
  programId: string;
  year: { id: string; label: string } | null;
  canWrite: boolean;
}

type Pending = { kind: 'edit'; row: PersonRow | null } | { kind: 'remove'; person: Person } | null;

export function PeopleScreen({ programId, year, canWrite }: PeopleScreenProps) {
  const people = usePeopleStore((s) => s.people);
  const roster = usePeopleStore((s) => s.roster);
  const loading = usePeopleStore((s) => s.loading);
  const loadError = usePeopleStore((s) => s.error);
  const load = usePeopleStore((s) => s.load);
  const remove = usePeopleStore((s) => s.remove);
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState('all');
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<IpcError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const countId = useId();
  const yearId = year?.id ?? null;

  useEffect(() => {
    void load(programId, yearId);
  }, [load, programId, yearId]);

  const rows = useMemo(() => rowsFor(people ?? [], roster ?? []), [people, roster]);
  const shown = rows.filter((r) => matches(r, search, filter));
  const levels = pgyLevels(roster ?? []);
  const filterOptions = [
    { value: 'all', label: 'Everyone' },
    ...levels.map((n) => ({ value: `pgy-${n}`, label: `PGY-${n}` })),
    { value: 'faculty', label: 'Faculty' },
    { value: 'other', label: 'Other staff' },
    ...(year ? [{ value: 'off-roster', label: 'Not on this year’s roster' }] : []),
  ];

  async function confirmRemove(person: Person) {
    setBusy(true);
    setDialogError(null);
    const failed = await remove(programId, person.id);
    setBusy(false);
    if (failed) {
      setDialogError(failed);
      return;
    }
    setPending(null);
    setNotice(`${person.name} was removed from the program.`);
  }

  return (
    <div className="screen screen-wide">
      <PageTitle>People</PageTitle>
      <p className="lead">Residents, faculty and staff of this program{year ? `, and their place on the ${year.label} roster` : ''}.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <StatusMessage message={loading && !people ? 'Loading people…' : ''} />
      {loadError ? (
        <div className="panel">
          <ErrorMessage error={loadError} />
          <div className="actions">
            <Button onClick={() => void load(programId, yearId)}>Try again</Button>
          </div>
        </div>
      ) : null}

      {people ? (
        <section className="panel" aria-labelledby="people-list">
          <h2 id="people-list" ref={heading} tabIndex={-1}>
            People
          </h2>
          {people.length === 0 ? (
            <div className="empty-note" data-testid="people-empty">
              <p>
                <strong>No people yet{canWrite ? ' — add the first resident or faculty member.' : '.'}</strong>
              </p>
            </div>
          ) : (
            <>
              <div className="filter-bar" role="search" aria-label="Find people">
                <Field label="Search" type="search" value={search} placeholder="Name or e-mail" aria-describedby={countId} onChange={(e) => setSearch(e.target.value)} />
                <SelectField label="Show" value={filter} options={filterOptions} onChange={(e) => setFilter(e.target.value)} />
              </div>
              <p id={countId} className="results-count muted" aria-live="polite" data-testid="people-count">
                {shown.length === rows.length ? `${rows.length} people` : `${shown.length} of ${rows.length} people`}
              </p>
              {shown.length === 0 ? (
                <p className="empty-note">Nobody matches. Clear the search or choose “Everyone”.</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table" data-testid="people-table">
                    <caption className="visually-hidden">People</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Kind</th>
                        {year ? <th scope="col">{year.label}</th> : null}
                        {year ? <th scope="col">Credentials</th> : null}
                        <th scope="col">E-mail</th>
                        <th scope="col">
                          <span className="visually-hidden">Actions</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((row) => (
                        <tr key={row.person.id} data-testid="person-row">
                          <th scope="row">{row.person.name}</th>
                          <td>{kindLabel[row.person.kind]}</td>
                          {year ? <td>{rosterSummary(row)}</td> : null}
                          {year ? <td>{row.entry?.credentials.join(', ') || '—'}</td> : null}
                          <td>{row.person.email ?? '—'}</td>
                          <td className="actions-cell">
                            <div className="row-actions">
                              <Button variant="secondary" className="btn-small" onClick={() => setPending({ kind: 'edit', row })}>
                                {canWrite ? 'Edit' : 'View'}
                                <span className="visually-hidden"> {row.person.name}</span>
                              </Button>
                              {canWrite ? (
                                <Button
                                  variant="secondary"
                                  className="btn-small"
                                  onClick={() => {
                                    setDialogError(null);
                                    setPending({ kind: 'remove', person: row.person });
                                  }}
                                >
                                  Remove<span className="visually-hidden"> {row.person.name}</span>
                                </Button>
                              ) : null}
                            </div>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
          {canWrite ? (
            <div className="actions">
              <Button
                variant="primary"
                onClick={() => {
                  setNotice('');
                  setPending({ kind: 'edit', row: null });
                }}
              >
                Add person
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      {pending?.kind === 'edit' ? (
        <PersonDialog
          programId={programId}
          year={year}
          person={pending.row?.person ?? null}
          entry={pending.row?.entry ?? null}
          canWrite={canWrite}
          onDone={(message) => {
            setPending(null);
            setNotice(message);
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {pending?.kind === 'remove' ? (
        <ConfirmDialog
          title={`Remove ${pending.person.name}?`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          tone="danger"
          busy={busy}
          error={dialogError?.message}
          onConfirm={() => void confirmRemove(pending.person)}
          onCancel={() => setPending(null)}
          fallbackFocus={() => heading.current}
        >
          <p>
            {pending.person.name} is removed from this program with their personal details. Published schedule versions keep
            what they showed.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
