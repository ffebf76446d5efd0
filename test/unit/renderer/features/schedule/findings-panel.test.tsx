// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findingsFor, installSchedule } from './schedule-fake';
import { cellOf, renderSchedule, tearDownSchedule } from './render-schedule';

afterEach(tearDownSchedule);

/** Ana on ICU in block 1 (error) and Ben on night float in block 2 (warning). */
const TWO_FINDINGS = (i: number, block: number) => (i === 0 && block === 1 ? 'icu' : i === 1 && block === 2 ? 'nf' : 'wards');

async function openWithFindings() {
  const fake = installSchedule({ assign: TWO_FINDINGS });
  renderSchedule();
  await screen.findByRole('grid');
  return fake;
}

const panel = () => screen.getByRole('region', { name: 'Findings' });
const findingButtons = () => within(within(panel()).getByRole('list', { name: 'Findings' })).getAllByRole('button');

describe('Findings panel', () => {
  it('counts errors and warnings and explains each finding with measured value, limit and fix', async () => {
    await openWithFindings();
    expect(screen.getByTestId('findings-counts').textContent).toBe('1 error 1 warning');
    const first = findingButtons()[0]!;
    expect(first.textContent).toContain('80-hour week');
    expect(first.textContent).toContain('Ana Ruiz');
    expect(first.textContent).toContain('Ana Ruiz works 84 h a week on average in block 1.');
    expect(first.textContent).toContain('Measured 84 h/week (limit 80 h/week)');
    expect(first.textContent).toContain('Fix: Move one ICU week to clinic.');
  });

  it('filters by severity and by rule', async () => {
    await openWithFindings();
    fireEvent.change(within(panel()).getByLabelText('Severity'), { target: { value: 'warning' } });
    expect(findingButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('Rest between shifts')]);
    fireEvent.change(within(panel()).getByLabelText('Severity'), { target: { value: 'all' } });
    fireEvent.change(within(panel()).getByLabelText('Rule'), { target: { value: 'acgme.weekly-hours' } });
    expect(findingButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('80-hour week')]);
    fireEvent.change(within(panel()).getByLabelText('Rule'), { target: { value: 'program.coverage' } });
    expect(within(panel()).getByText('No finding matches these filters.')).toBeTruthy();
  });

  it('choosing a finding highlights its cells and moves focus to the first', async () => {
    await openWithFindings();
    const warning = findingButtons().find((b) => b.textContent?.includes('Rest between shifts'))!;
    act(() => warning.focus());
    fireEvent.click(warning);
    await waitFor(() => expect(document.activeElement).toBe(cellOf('Ben Okafor', 2)));
    expect(cellOf('Ben Okafor', 2).className).toContain('grid-cell-highlight');
    expect(cellOf('Ben Okafor', 2).getAttribute('aria-selected')).toBe('true');
    expect(cellOf('Ana Ruiz', 1).className).not.toContain('grid-cell-highlight');
  });

  it('once an edit fixes the chosen finding, its cells are no longer highlighted', async () => {
    await openWithFindings();
    fireEvent.click(findingButtons()[0]!); // Ana's 80-hour week in block 1
    await waitFor(() => expect(cellOf('Ana Ruiz', 1).getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(cellOf('Ana Ruiz', 1), { key: 'Delete' });
    await waitFor(() => expect(screen.getByTestId('findings-counts').textContent).toBe('0 errors 1 warning'));
    expect(cellOf('Ana Ruiz', 1).getAttribute('aria-selected')).toBeNull();
    expect(cellOf('Ana Ruiz', 1).className).not.toContain('grid-cell-highlight');
  });

  it('cells with findings carry a visible marker with an accessible label', async () => {
    await openWithFindings();
    const error = within(cellOf('Ana Ruiz', 1)).getByRole('img', { name: '1 error' });
    expect(error.textContent).toBe('!');
    expect(within(cellOf('Ben Okafor', 2)).getByRole('img', { name: '1 warning' }).textContent).toBe('?');
    expect(within(cellOf('Ana Ruiz', 2)).queryByRole('img')).toBeNull();
  });

  it('an edit shows the new findings at once', async () => {
    await openWithFindings();
    const cell = cellOf('Ana Ruiz', 1);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    await waitFor(() => expect(screen.getByTestId('findings-counts').textContent).toBe('0 errors 1 warning'));
    expect(within(cellOf('Ana Ruiz', 1)).queryByRole('img')).toBeNull();
  });

  it('an edit’s answer carries only what changed: the findings it did not touch stay', async () => {
    const { bridge } = await openWithFindings();
    const cell = cellOf('Chloe Park', 3);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    await waitFor(() => expect(bridge.callsTo('schedule.assignments.set')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('schedule-status').textContent).toMatch(/validated in/));
    expect(findingButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('80-hour week'), expect.stringContaining('Rest between shifts')]);
    expect(bridge.callsTo('schedule.findings.get')).toHaveLength(0);
  });

  it('when another window edited meanwhile, the delta does not fit and the whole list is read again', async () => {
    const { bridge, state } = await openWithFindings();
    // Another window puts Chloe on ICU: main's findings move on to a revision this window never saw.
    const chloe = state.document.people[2]!.id;
    state.document.assignments = state.document.assignments.map((a) => (a.personId === chloe && a.block === 3 ? { ...a, rotationId: 'icu' } : a));
    state.findings = findingsFor(state.document);
    state.revision += 1;
    const cell = cellOf('Ana Ruiz', 1);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Delete' });
    await waitFor(() => expect(bridge.callsTo('schedule.findings.get').length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getByTestId('findings-counts').textContent).toBe('1 error 1 warning'));
    expect(findingButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('Chloe Park works 84 h'), expect.stringContaining('Rest between shifts')]);
  });
});
