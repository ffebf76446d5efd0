// Owns the "current program and academic year" picker shown above program-scoped screens.
import { useEffect } from 'react';
import { SelectField } from '../../../ui';
import { useProgramsStore } from '../store/programs.store';
import { programLabel, yearLabel } from '../store/selectors';

export function ProgramYearBar() {
  const programs = useProgramsStore((s) => s.programs);
  const years = useProgramsStore((s) => s.years);
  const programId = useProgramsStore((s) => s.programId);
  const yearId = useProgramsStore((s) => s.yearId);
  const yearsLoading = useProgramsStore((s) => s.yearsLoading);
  const load = useProgramsStore((s) => s.load);
  const selectProgram = useProgramsStore((s) => s.selectProgram);
  const selectYear = useProgramsStore((s) => s.selectYear);

  useEffect(() => {
    if (useProgramsStore.getState().programs === null) void load();
  }, [load]);

  if (!programs || programs.length === 0 || !programId) return null;

  return (
    <div className="context-bar" role="group" aria-label="Working on" data-testid="program-year-bar">
      <SelectField
        label="Program"
        value={programId}
        options={programs.map((p) => ({ value: p.id, label: programLabel(p) }))}
        onChange={(e) => void selectProgram(e.target.value)}
      />
      {years && years.length > 0 && yearId ? (
        <SelectField
          label="Academic year"
          value={yearId}
          options={years.map((y) => ({ value: y.id, label: yearLabel(y) }))}
          onChange={(e) => selectYear(e.target.value)}
        />
      ) : (
        <p className="context-bar-note muted">{yearsLoading ? 'Loading academic years…' : 'No academic year yet'}</p>
      )}
    </div>
  );
}
