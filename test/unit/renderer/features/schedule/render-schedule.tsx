// Renders the schedule screen as the app frame does (StrictMode, program and year as props) and
// tears it down with its stores; plus the grid queries every schedule test uses.
import { cleanup, render, type RenderResult, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { resetScheduleStore, resetVersionsStore, ScheduleScreen, type ScheduleScreenProps } from '../../../../../src/renderer/features/schedule';
import { removeFakeBridge } from '../../fake-bridge';
import { PROGRAM_ID, YEAR_ID } from './schedule-fake';

export function renderSchedule(props: Partial<ScheduleScreenProps> = {}): RenderResult & { rerenderWith: (next: Partial<ScheduleScreenProps>) => void } {
  resetScheduleStore();
  resetVersionsStore();
  const all = (p: Partial<ScheduleScreenProps>): ScheduleScreenProps => ({ programId: PROGRAM_ID, yearId: YEAR_ID, canEdit: true, canPublish: true, ...p });
  const result = render(
    <StrictMode>
      <ScheduleScreen {...all(props)} />
    </StrictMode>,
  );
  return {
    ...result,
    rerenderWith: (next) =>
      result.rerender(
        <StrictMode>
          <ScheduleScreen {...all({ ...props, ...next })} />
        </StrictMode>,
      ),
  };
}

export function tearDownSchedule(): void {
  cleanup();
  removeFakeBridge();
  resetScheduleStore();
  resetVersionsStore();
}

export const grid = () => screen.getByRole('grid', { name: /Block schedule/ });
/** The row of the resident called `name`. */
export const rowOf = (name: string) => within(grid()).getByRole('rowheader', { name: new RegExp(name) }).closest<HTMLElement>('[role="row"]')!;
/** The cell of `name` in block `block` (blocks are numbered from 1, columns follow them). */
export const cellOf = (name: string, block: number) => within(rowOf(name)).getAllByRole('gridcell')[block - 1]!;
export const codeIn = (cell: HTMLElement) => cell.querySelector('.grid-cell-code')?.textContent ?? '';
export const dataRows = () => within(grid()).getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');
