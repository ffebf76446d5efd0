// Owns adding or editing one person: who they are (people.create / people.update) and, for the
// current academic year, their place on the roster — PGY for residents, role for faculty,
// credentials, and whether they are on it at all (schedule.roster.set).
import { useId, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { FacultyRole, PersonInput, PersonKind, type Person, type RosterEntry } from '../../../../shared/domain';
import { Button, CheckboxField, Dialog, Field, SelectField } from '../../../ui';
import { type RosterDraft, usePeopleStore } from '../store/people.store';
import { facultyRoleLabel, kindLabel, parseCredentials } from '../store/selectors';

export interface PersonDialogProps {
  programId: string;
  /** The current year, when there is one: its roster entry is edited too. */
  year: { id: string; label: string } | null;
  person: Person | null;
  entry: RosterEntry | null;
  canWrite: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

interface Problems {
  name?: string;
  email?: string;
}

const PGY_OPTIONS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `PGY-${i + 1}` }));

function sameRoster(a: RosterDraft, b: RosterEntry | null): boolean {
  if (!b) return false;
  return a.pgy === b.pgy && a.facultyRole === b.facultyRole && a.active === b.active && a.credentials.join(',') === b.credentials.join(',');
}

export function PersonDialog({ programId, year, person, entry, canWrite, onDone, onCancel }: PersonDialogProps) {
  const save = usePeopleStore((s) => s.save);
  const [kind, setKind] = useState<PersonKind>(person?.kind ?? 'resident');
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [licence, setLicence] = useState(person?.licence ?? '');
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [onRoster, setOnRoster] = useState(person ? !!entry?.active : true);
  const [pgy, setPgy] = useState(String(entry?.pgy ?? 1));
  const [facultyRole, setFacultyRole] = useState<FacultyRole>(entry?.facultyRole ?? 'core-faculty');
  const [credentials, setCredentials] = useState(entry?.credentials.join(', ') ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const notesId = useId();
  const readOnly = busy || !canWrite;

  function rosterDraft(): RosterDraft {
    return {
      pgy: kind === 'resident' ? Number(pgy) : null,
      facultyRole: kind === 'faculty' ? facultyRole : null,
      credentials: parseCredentials(credentials),
      active: onRoster,
    };
  }

  async function submit() {
    if (busy || !canWrite) return;
    setError(null);
    const input = {
      kind,
      name: name.trim(),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(licence.trim() ? { licence: licence.trim() } : {}),
      ...(notes.trim() ? { notes } : {}),
    };
    const parsed = PersonInput.safeParse(input);
    const found: Problems = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'name') found.name = 'Enter their name (up to 200 characters).';
        if (issue.path[0] === 'email') found.email = 'Enter an e-mail address like name@hospital.org, or leave it empty.';
      }
    }
    setProblems(found);
    if (found.name) return nameRef.current?.focus();
    if (found.email) return emailRef.current?.focus();
    const draft = rosterDraft();
    // A new person joins the roster only when ticked; an existing one is written only on change.
    const sendRoster = year !== null && (person ? !sameRoster(draft, entry) && (entry !== null || draft.active) : draft.active);
    setBusy(true);
    const result = await save({ programId, yearId: year?.id ?? null, personId: person?.id, person: input, ...(sendRoster ? { roster: draft } : {}) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDone(person ? `${result.person.name} was saved.` : `${result.person.name} was added.`);
  }

  return (
    <Dialog
      title={person ? (canWrite ? `Edit ${person.name}` : person.name) : 'Add a person'}
      busy={busy}
      error={error?.message}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      initialFocus={nameRef}
      testId="person-dialog"
      actions={
        canWrite ? (
          <>
            <Button variant="secondary" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
              {person ? 'Save' : 'Add person'}
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={onCancel}>
            Close
          </Button>
        )
      }
    >
      <div className="field-row">
        <SelectField
          label="Kind"
          value={kind}
          disabled={readOnly}
          options={PersonKind.options.map((k) => ({ value: k, label: kindLabel[k] }))}
          onChange={(e) => setKind(PersonKind.parse(e.target.value))}
        />
        <Field ref={nameRef} label="Name" autoComplete="off" value={name} readOnly={readOnly} error={problems.name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field-row">
        <Field
          ref={emailRef}
          label="E-mail"
          type="email"
          autoComplete="off"
          value={email}
          readOnly={readOnly}
          error={problems.email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field label="Phone" type="tel" autoComplete="off" value={phone} readOnly={readOnly} onChange={(e) => setPhone(e.target.value)} />
      </div>
      <Field label="Licence number" autoComplete="off" value={licence} readOnly={readOnly} onChange={(e) => setLicence(e.target.value)} />
      <div className="field">
        <label htmlFor={notesId} className="field-label">
          Notes
        </label>
        <textarea id={notesId} className="field-input field-textarea" rows={3} maxLength={4000} value={notes} readOnly={readOnly} onChange={(e) => setNotes(e.target.value)} />
      </div>
      {year ? (
        <fieldset className="fieldset">
          <legend className="field-label">In {year.label}</legend>
          <CheckboxField
            label="On this year’s roster"
            description={kind === 'resident' ? 'Untick for a resident who has graduated or left.' : undefined}
            checked={onRoster}
            disabled={readOnly}
            onChange={(e) => setOnRoster(e.target.checked)}
          />
          {onRoster ? (
            <div className="field-row">
              {kind === 'resident' ? (
                <SelectField label="PGY" value={pgy} disabled={readOnly} options={PGY_OPTIONS} onChange={(e) => setPgy(e.target.value)} />
              ) : null}
              {kind === 'faculty' ? (
                <SelectField
                  label="Faculty role"
                  value={facultyRole}
                  disabled={readOnly}
                  options={FacultyRole.options.map((r) => ({ value: r, label: facultyRoleLabel[r] }))}
                  onChange={(e) => setFacultyRole(FacultyRole.parse(e.target.value))}
                />
              ) : null}
              <Field
                label="Credentials"
                hint="Separated by commas, e.g. ACLS, PALS."
                autoComplete="off"
                value={credentials}
                readOnly={readOnly}
                onChange={(e) => setCredentials(e.target.value)}
              />
            </div>
          ) : null}
        </fieldset>
      ) : null}
    </Dialog>
  );
}
