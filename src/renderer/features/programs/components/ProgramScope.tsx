// Owns the gate in front of every program-scoped screen: it reads the programs once, and shows
// the screen only when a program (and, if the screen needs one, an academic year) is chosen —
// otherwise an empty state that says what to do next.
import { useEffect, type ReactNode } from 'react';
import { Button, ErrorMessage, StatusMessage } from '../../../ui';
import { useProgramsStore } from '../store/programs.store';

export interface ProgramScopeValue {
  programId: string;
  /** Null only when the screen did not ask for a year. */
  yearId: string | null;
}

export interface ProgramScopeProps {
  /** 'program': a program is chosen; 'years': and its years are read (there may be none); 'year': and one is chosen. */
  need: 'program' | 'years' | 'year';
  /** The person may create programs (administrators). */
  canCreateProgram: boolean;
  /** The person may create academic years (program.write). */
  canCreateYear: boolean;
  /** Take the person to the Programs or Academic years screen. */
  onGoTo: (view: 'programs' | 'years') => void;
  children: (scope: ProgramScopeValue) => ReactNode;
}

export function ProgramScope({ need, canCreateProgram, canCreateYear, onGoTo, children }: ProgramScopeProps) {
  const programs = useProgramsStore((s) => s.programs);
  const years = useProgramsStore((s) => s.years);
  const programId = useProgramsStore((s) => s.programId);
  const yearId = useProgramsStore((s) => s.yearId);
  const error = useProgramsStore((s) => s.error);
  const yearsError = useProgramsStore((s) => s.yearsError);
  const load = useProgramsStore((s) => s.load);
  const loadYears = useProgramsStore((s) => s.loadYears);

  useEffect(() => {
    if (useProgramsStore.getState().programs === null) void load();
  }, [load]);

  if (error && !programs) {
    return (
      <div className="panel">
        <ErrorMessage error={error} />
        <div className="actions">
          <Button onClick={() => void load()}>Try again</Button>
        </div>
      </div>
    );
  }
  if (!programs) return <StatusMessage message="Loading programs…" className="status-busy" />;

  if (programs.length === 0 || !programId) {
    return (
      <div className="panel empty-state" data-testid="no-program">
        <h2>No program yet</h2>
        {canCreateProgram ? (
          <>
            <p>Everything here belongs to a residency program. Create one to begin.</p>
            <div className="actions actions-start">
              <Button variant="primary" onClick={() => onGoTo('programs')}>
                Create a program
              </Button>
            </div>
          </>
        ) : (
          <p>You are not a member of any program. Ask an administrator to add you to one.</p>
        )}
      </div>
    );
  }

  if (need === 'program') return <>{children({ programId, yearId })}</>;

  if (yearsError && !years) {
    return (
      <div className="panel">
        <ErrorMessage error={yearsError} />
        <div className="actions">
          <Button onClick={() => void loadYears()}>Try again</Button>
        </div>
      </div>
    );
  }
  if (!years) return <StatusMessage message="Loading academic years…" className="status-busy" />;

  if (need === 'years') return <>{children({ programId, yearId })}</>;

  if (years.length === 0 || !yearId) {
    return (
      <div className="panel empty-state" data-testid="no-year">
        <h2>No academic year yet</h2>
        {canCreateYear ? (
          <>
            <p>Rotations, the roster and absences belong to an academic year. Create one, with its blocks, to begin.</p>
            <div className="actions actions-start">
              <Button variant="primary" onClick={() => onGoTo('years')}>
                Create an academic year
              </Button>
            </div>
          </>
        ) : (
          <p>This program has no academic year yet. A coordinator creates one.</p>
        )}
      </div>
    );
  }

  return <>{children({ programId, yearId })}</>;
}
