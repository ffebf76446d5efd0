// Composes the program setup screens: each program-scoped screen is shown behind the program
// gate (a program and, where needed, an academic year must be chosen) and receives the chosen ids
// as props, with what the role may do. Features never read each other's stores: this is where
// the picker's state is handed to them.
import { roleAllows } from '../../shared/contract';
import type { Role } from '../../shared/domain';
import { AbsencesScreen } from '../features/absences';
import { HolidaysScreen } from '../features/holidays';
import { PeopleScreen } from '../features/people';
import { ProgramScope, ProgramsScreen, useProgramsStore } from '../features/programs';
import { RotationsScreen } from '../features/rotations';
import { RulesScreen } from '../features/rules';
import { YearsScreen } from '../features/years';
import type { ViewId } from './navigation';

export type ProgramViewId = Extract<ViewId, 'programs' | 'people' | 'years' | 'rotations' | 'absences' | 'holidays' | 'rules'>;
export const PROGRAM_VIEWS: readonly ProgramViewId[] = ['programs', 'people', 'years', 'rotations', 'absences', 'holidays', 'rules'];
export const isProgramView = (view: ViewId): view is ProgramViewId => (PROGRAM_VIEWS as readonly ViewId[]).includes(view);

export interface ProgramViewProps {
  view: ProgramViewId;
  role: Role;
  onGoTo: (view: ViewId) => void;
}

export function ProgramView({ view, role, onGoTo }: ProgramViewProps) {
  const years = useProgramsStore((s) => s.years);
  const selectYear = useProgramsStore((s) => s.selectYear);
  const adoptYear = useProgramsStore((s) => s.adoptYear);
  const canWrite = roleAllows(role, 'program.write');
  const canCreateProgram = roleAllows(role, 'programs.manage');

  if (view === 'programs') return <ProgramsScreen canCreate={canCreateProgram} />;

  const yearOf = (yearId: string | null) => {
    const y = years?.find((x) => x.id === yearId);
    return y ? { id: y.id, label: y.label } : null;
  };
  const gate = { canCreateProgram, canCreateYear: canWrite, onGoTo };

  switch (view) {
    case 'years':
      return (
        <ProgramScope need="years" {...gate}>
          {({ programId, yearId }) => (
            <YearsScreen
              programId={programId}
              years={years ?? []}
              yearId={yearId}
              canWrite={canWrite}
              onSelectYear={selectYear}
              onYearSaved={adoptYear}
            />
          )}
        </ProgramScope>
      );
    case 'people':
      return (
        <ProgramScope need="years" {...gate}>
          {({ programId, yearId }) => <PeopleScreen programId={programId} year={yearOf(yearId)} canWrite={canWrite} />}
        </ProgramScope>
      );
    case 'rotations':
      return (
        <ProgramScope need="year" {...gate}>
          {({ programId, yearId }) => <RotationsScreen programId={programId} yearId={yearId!} yearLabel={yearOf(yearId)?.label ?? ''} canWrite={canWrite} />}
        </ProgramScope>
      );
    case 'absences':
      return (
        <ProgramScope need="year" {...gate}>
          {({ programId, yearId }) => {
            const year = years?.find((y) => y.id === yearId);
            return year ? <AbsencesScreen programId={programId} year={year} canWrite={canWrite} /> : null;
          }}
        </ProgramScope>
      );
    case 'holidays':
      return (
        <ProgramScope need="year" {...gate}>
          {({ programId, yearId }) => <HolidaysScreen programId={programId} yearId={yearId!} yearLabel={yearOf(yearId)?.label ?? ''} canWrite={canWrite} />}
        </ProgramScope>
      );
    case 'rules':
      return (
        <ProgramScope need="program" {...gate}>
          {({ programId }) => <RulesScreen programId={programId} canWrite={canWrite} />}
        </ProgramScope>
      );
  }
}
