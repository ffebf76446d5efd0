// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FACULTY, installSchedule, OTHER_YEAR_ID, uuid } from './schedule-fake';
import { cellOf, codeIn, dataRows, grid, renderSchedule, rowOf, tearDownSchedule } from './render-schedule';

afterEach(tearDownSchedule);

const undoButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Undo' });

async function openGrid(script: Parameters<typeof installSchedule>[0] = {}) {
  const fake = installSchedule(script);
  const view = renderSchedule();
  await screen.findByRole('grid', { name: /Block schedule/ });
  return { ...fake, view };
}

const lastChanges = (bridge: ReturnType<typeof installSchedule>['bridge']) =>
  (bridge.callsTo('schedule.assignments.set').at(-1)?.input as { changes: unknown[] } | undefined)?.changes;

describe('Block grid — what it shows', () => {
  it('shows each resident with their PGY and the rotation code of every block, in the rotation’s colour', async () => {
    await openGrid();
    const header = within(rowOf('Ana Ruiz')).getByRole('rowheader');
    expect(header.textContent).toContain('PGY-1');
    expect(codeIn(cellOf('Ana Ruiz', 1))).toBe('ICU');
    expect(codeIn(cellOf('Ana Ruiz', 2))).toBe('WARDS');
    expect(cellOf('Ana Ruiz', 1).style.background).toMatch(/#b3261e|rgb\(179, 38, 30\)/);
    const last = within(grid()).getAllByRole('columnheader').at(-1)!;
    expect(last.textContent).toContain('Block 13');
    expect(last.textContent).toContain('2 Jun – 30 Jun');
  });

  it('lists the year’s faculty after the residents, under a "Faculty" heading, each with their role', async () => {
    await openGrid();
    const lines = dataRows();
    expect(lines).toHaveLength(8);
    expect(within(lines[6]!).getByRole('rowheader').textContent).toBe('Faculty');
    expect(lines[7]).toBe(rowOf(FACULTY.name!));
    const header = within(rowOf(FACULTY.name!)).getByRole('rowheader');
    expect(header.textContent).toContain('Core faculty');
    expect(header.textContent).not.toContain('PGY');
  });
});

describe('Block grid — faculty', () => {
  it('dropping a rotation on a faculty member’s cell assigns it to them on the same channel as residents', async () => {
    const { bridge } = await openGrid();
    fireEvent.dragStart(screen.getByTestId('chip-WARDS'));
    fireEvent.dragOver(cellOf(FACULTY.name!, 2));
    fireEvent.drop(cellOf(FACULTY.name!, 2));
    await waitFor(() => expect(codeIn(cellOf(FACULTY.name!, 2))).toBe('WARDS'));
    expect(lastChanges(bridge)).toEqual([{ personId: FACULTY.id, block: 2, rotationId: 'wards' }]);
  });

  it('the arrow keys step from the last resident over the heading to the first faculty member and back', async () => {
    await openGrid();
    const last = cellOf('Femi Adeyemi', 3); // the last resident (PGY-3, by name)
    act(() => last.focus());
    fireEvent.click(last);
    fireEvent.keyDown(last, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cellOf(FACULTY.name!, 3));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cellOf(FACULTY.name!, 3));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cellOf('Femi Adeyemi', 3));
  });
});

describe('Block grid — assigning', () => {
  it('dropping a palette chip on a cell assigns that rotation to that resident and block', async () => {
    const { bridge } = await openGrid();
    fireEvent.dragStart(screen.getByTestId('chip-CLIN'));
    fireEvent.dragOver(cellOf('Ben Okafor', 3));
    fireEvent.drop(cellOf('Ben Okafor', 3));
    await waitFor(() => expect(codeIn(cellOf('Ben Okafor', 3))).toBe('CLIN'));
    expect(lastChanges(bridge)).toEqual([{ personId: uuid(2), block: 3, rotationId: 'clinic' }]);
  });

  it('dragging a cell onto another copies its rotation there', async () => {
    const { bridge } = await openGrid();
    fireEvent.dragStart(cellOf('Ana Ruiz', 1));
    fireEvent.dragOver(cellOf('Chloe Park', 5));
    fireEvent.drop(cellOf('Chloe Park', 5));
    await waitFor(() => expect(codeIn(cellOf('Chloe Park', 5))).toBe('ICU'));
    expect(lastChanges(bridge)).toEqual([{ personId: uuid(3), block: 5, rotationId: 'icu' }]);
    expect(codeIn(cellOf('Ana Ruiz', 1))).toBe('ICU');
  });

  it('arrow keys move the single tab stop from cell to cell (rows run by PGY, then name)', async () => {
    await openGrid();
    const start = cellOf('Ana Ruiz', 1);
    expect(start.tabIndex).toBe(0);
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cellOf('Dev Patel', 2));
    expect(cellOf('Dev Patel', 2).tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('typing a rotation code on a cell opens the picker with it, and Enter assigns it', async () => {
    const { bridge } = await openGrid();
    const cell = cellOf('Dev Patel', 4);
    act(() => cell.focus());
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'n' });
    const picker = await screen.findByTestId('rotation-picker');
    const input = within(picker).getByLabelText('Rotation code');
    expect((input as HTMLInputElement).value).toBe('n');
    fireEvent.change(input, { target: { value: 'nf' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(codeIn(cellOf('Dev Patel', 4))).toBe('NF'));
    expect(lastChanges(bridge)).toEqual([{ personId: uuid(4), block: 4, rotationId: 'nf' }]);
    expect(screen.queryByTestId('rotation-picker')).toBeNull();
  });

  it('a code that matches no rotation is refused in the picker and nothing is sent', async () => {
    const { bridge } = await openGrid();
    const cell = cellOf('Dev Patel', 4);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Enter' });
    const input = within(await screen.findByTestId('rotation-picker')).getByLabelText('Rotation code');
    fireEvent.change(input, { target: { value: 'xyz' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText(/No single rotation matches “xyz”/)).toBeTruthy();
    expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(0);
  });

  it('Delete clears the focused cell', async () => {
    const { bridge } = await openGrid();
    const cell = cellOf('Elena Rossi', 7);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    await waitFor(() => expect(codeIn(cellOf('Elena Rossi', 7))).toBe(''));
    expect(lastChanges(bridge)).toEqual([{ personId: uuid(5), block: 7, rotationId: null }]);
  });

  it('shows how long main took to re-validate after an edit', async () => {
    await openGrid();
    const cell = cellOf('Elena Rossi', 7);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    await waitFor(() => expect(screen.getByTestId('schedule-status').textContent).toMatch(/validated in 3\.2 ms/));
  });

  it('a read-only role (faculty) can look but not edit: keys and drops send nothing', async () => {
    const { bridge } = installSchedule();
    renderSchedule({ canEdit: false, canPublish: false });
    await screen.findByRole('grid');
    expect(grid().getAttribute('aria-readonly')).toBe('true');
    const cell = cellOf('Ana Ruiz', 2);
    fireEvent.keyDown(cell, { key: 'Delete' });
    fireEvent.dragStart(screen.getByTestId('chip-ICU'));
    fireEvent.drop(cell);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publish…' })).toBeNull();
    expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(0);
  });
});

describe('Block grid — undo and redo', () => {
  it('Ctrl+Z sends the inverse change and the old rotation comes back', async () => {
    const { bridge } = await openGrid();
    const cell = cellOf('Ana Ruiz', 1);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    await waitFor(() => expect(codeIn(cellOf('Ana Ruiz', 1))).toBe(''));
    fireEvent.keyDown(cellOf('Ana Ruiz', 1), { key: 'z', ctrlKey: true });
    await waitFor(() => expect(codeIn(cellOf('Ana Ruiz', 1))).toBe('ICU'));
    expect(lastChanges(bridge)).toEqual([{ personId: uuid(1), block: 1, rotationId: 'icu' }]);
  });

  it('Ctrl+Shift+Z and Ctrl+Y redo what was undone', async () => {
    const { bridge } = await openGrid();
    const cell = () => cellOf('Ana Ruiz', 1);
    fireEvent.click(cell());
    fireEvent.keyDown(cell(), { key: 'Delete' });
    await waitFor(() => expect(codeIn(cell())).toBe(''));
    fireEvent.keyDown(cell(), { key: 'z', ctrlKey: true });
    await waitFor(() => expect(codeIn(cell())).toBe('ICU'));
    fireEvent.keyDown(cell(), { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(codeIn(cell())).toBe(''));
    expect(lastChanges(bridge)).toEqual([{ personId: uuid(1), block: 1, rotationId: null }]);
    fireEvent.keyDown(cell(), { key: 'z', ctrlKey: true });
    await waitFor(() => expect(codeIn(cell())).toBe('ICU'));
    fireEvent.keyDown(cell(), { key: 'y', ctrlKey: true });
    await waitFor(() => expect(codeIn(cell())).toBe(''));
    expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(5);
  });

  it('Undo and Redo are disabled while an edit is on its way to main', async () => {
    const { bridge } = await openGrid();
    const release = bridge.hold('schedule.assignments.set');
    fireEvent.click(cellOf('Ana Ruiz', 1));
    fireEvent.keyDown(cellOf('Ana Ruiz', 1), { key: 'Delete' });
    await waitFor(() => expect(screen.getByTestId('schedule-status').textContent).toBe('Saving…'));
    expect(undoButton().disabled).toBe(true);
    fireEvent.keyDown(cellOf('Ana Ruiz', 1), { key: 'z', ctrlKey: true });
    release();
    await waitFor(() => expect(undoButton().disabled).toBe(false));
    expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(1);
  });

  it('choosing another year clears undo and redo', async () => {
    const { view } = await openGrid();
    fireEvent.click(cellOf('Ana Ruiz', 1));
    fireEvent.keyDown(cellOf('Ana Ruiz', 1), { key: 'Delete' });
    await waitFor(() => expect(undoButton().disabled).toBe(false));
    view.rerenderWith({ yearId: OTHER_YEAR_ID });
    await screen.findByRole('heading', { level: 1, name: 'Schedule — 2026–27' });
    expect(undoButton().disabled).toBe(true);
  });
});

describe('Block grid — locked dates', () => {
  it('a published past block looks locked and refuses Delete with a clear message, sending nothing', async () => {
    const { bridge } = await openGrid({ lockedThrough: '2025-08-10' });
    const cell = cellOf('Ben Okafor', 2);
    expect(within(cell).getByRole('img', { name: 'locked' })).toBeTruthy();
    expect(cell.getAttribute('aria-readonly')).toBe('true');
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    expect((await screen.findByTestId('edit-problem')).textContent).toMatch(/Dates through 2025-08-10 are published and in the past/);
    expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(0);
    expect(codeIn(cellOf('Ben Okafor', 2))).toBe('WARDS');
  });

  it('a rotation dropped on a locked block is refused; the block after the lock still takes it', async () => {
    const { bridge } = await openGrid({ lockedThrough: '2025-08-10' });
    fireEvent.dragStart(screen.getByTestId('chip-NF'));
    fireEvent.drop(cellOf('Ben Okafor', 1));
    await screen.findByTestId('edit-problem');
    expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(0);
    fireEvent.dragStart(screen.getByTestId('chip-NF'));
    fireEvent.drop(cellOf('Ben Okafor', 3));
    await waitFor(() => expect(codeIn(cellOf('Ben Okafor', 3))).toBe('NF'));
  });
});

describe('Block grid — many residents', () => {
  it('with 150 residents only a window of rows is in the document, and scrolling moves it', async () => {
    await openGrid({ residents: 150 });
    expect(grid().getAttribute('aria-rowcount')).toBe('153'); // header, 150 residents, faculty heading, 1 faculty
    const first = dataRows();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThanOrEqual(30);
    expect(first[0]!.getAttribute('aria-rowindex')).toBe('2');

    const scroller = screen.getByTestId('block-grid-scroll');
    scroller.scrollTop = 36 * 100;
    fireEvent.scroll(scroller);
    const later = dataRows();
    expect(later.length).toBeLessThanOrEqual(30);
    const indexes = later.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes).toContain(102);
    expect(indexes).not.toContain(2);
  });

  it('moving down with the keyboard past the window scrolls and keeps focus on a rendered cell', async () => {
    await openGrid({ residents: 150 });
    const start = within(dataRows()[0]!).getAllByRole('gridcell')[0]!;
    act(() => start.focus());
    for (let i = 0; i < 3; i++) fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('role')).toBe('gridcell');
    expect(focused.closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe(String(2 + 3 * 13 + 1));
    expect(dataRows().length).toBeLessThanOrEqual(30);
  });
});

describe('Block grid — printing', () => {
  it('when printing starts, every resident and block is laid out for paper, and the paper copy goes away after', async () => {
    await openGrid({ residents: 150 });
    expect(screen.queryByTestId('printable-grid')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const paper = screen.getByTestId('printable-grid');
    expect(within(paper).getAllByRole('row')).toHaveLength(153);
    expect(within(paper).getByRole('rowheader', { name: new RegExp(FACULTY.name!) }).textContent).toContain('Core faculty');
    expect(within(paper).getAllByRole('columnheader')).toHaveLength(14);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByTestId('printable-grid')).toBeNull();
  });
});
