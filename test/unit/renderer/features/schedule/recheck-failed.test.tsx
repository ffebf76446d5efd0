// @vitest-environment happy-dom
// When main saves an edit but re-checking the rules fails (ERR_SCHEDULE_RECHECK_FAILED), the edit
// stands: the grid shows it, it can be undone, the status says the findings will refresh, and the
// draft is fetched again.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { installSchedule, uuid } from './schedule-fake';
import { cellOf, codeIn, renderSchedule, tearDownSchedule } from './render-schedule';

afterEach(tearDownSchedule);

describe('An edit saved but not re-checked', () => {
  it('is kept and undoable, says the findings will refresh, and reloads the draft', async () => {
    const { bridge, state } = installSchedule();
    bridge.on('schedule.assignments.set', ({ changes }) => {
      for (const c of changes) {
        state.document.assignments = state.document.assignments.filter((a) => !(a.personId === c.personId && a.block === c.block));
        if (c.rotationId) state.document.assignments.push({ personId: c.personId, block: c.block, rotationId: c.rotationId });
      }
      state.pendingChanges += 1;
      return { ok: false, error: { code: 'ERR_SCHEDULE_RECHECK_FAILED', message: errorMessages.ERR_SCHEDULE_RECHECK_FAILED } };
    });
    renderSchedule();
    await screen.findByRole('grid', { name: /Block schedule/ });
    expect(bridge.callsTo('schedule.draft.get')).toHaveLength(1);

    fireEvent.dragStart(screen.getByTestId('chip-CLIN'));
    fireEvent.dragOver(cellOf('Ben Okafor', 3));
    fireEvent.drop(cellOf('Ben Okafor', 3));

    await waitFor(() => expect(codeIn(cellOf('Ben Okafor', 3))).toBe('CLIN'));
    expect(screen.getByTestId('schedule-status').textContent).toMatch(/Ben Okafor, block 3: CLIN.*findings will refresh/);
    expect(screen.queryByTestId('edit-problem')).toBeNull();
    await waitFor(() => expect(bridge.callsTo('schedule.draft.get')).toHaveLength(2));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Undo' }).disabled).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(codeIn(cellOf('Ben Okafor', 3))).toBe('WARDS'));
    expect(bridge.callsTo('schedule.assignments.set').at(-1)?.input).toMatchObject({ changes: [{ personId: uuid(2), block: 3, rotationId: 'wards' }] });
  });
});
