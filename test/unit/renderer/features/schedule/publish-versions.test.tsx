// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScheduleVersion } from '../../../../../src/shared/domain';
import { installSchedule, uuid, YEAR_ID } from './schedule-fake';
import { cellOf, renderSchedule, tearDownSchedule } from './render-schedule';

afterEach(tearDownSchedule);

const V1: ScheduleVersion = {
  yearId: YEAR_ID,
  version: 1,
  publishedAt: '2025-06-20T09:00:00.000Z',
  publishedBy: 'Casey Coordinator',
  note: 'First cut',
  summary: { errors: 0, warnings: 2 },
  changeCount: 78,
};

async function makeOneEdit() {
  const cell = cellOf('Ben Okafor', 5);
  fireEvent.click(cell);
  fireEvent.keyDown(cell, { key: 'Delete' });
  await waitFor(() => expect(screen.getByTestId('pending-changes').textContent).toBe('1 change not yet published'));
}

const publishDialog = () => screen.getByTestId('publish-dialog');

describe('Publishing', () => {
  it('with errors in the draft, Publish needs an explicit acknowledgement, then sends the note', async () => {
    const { bridge } = installSchedule();
    renderSchedule();
    await screen.findByRole('grid');
    await makeOneEdit();
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    expect(within(publishDialog()).getByTestId('publish-counts').textContent).toBe('The draft has 1 error and 0 warnings.');
    const confirm = within(publishDialog()).getByRole<HTMLButtonElement>('button', { name: 'Publish with errors' });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(publishDialog()).getByLabelText('Note for this version (optional)'), { target: { value: 'July rota' } });
    fireEvent.click(within(publishDialog()).getByLabelText(/I understand the schedule has 1 error/));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(await screen.findByText('Version 1 published.')).toBeTruthy();
    expect(bridge.callsTo('schedule.publish').map((c) => (c.input as { note: string }).note)).toEqual(['July rota']);
    expect(screen.queryByTestId('publish-dialog')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('pending-changes').textContent).toBe('No unpublished changes'));
  });

  it('a clean draft publishes without the acknowledgement', async () => {
    const { bridge } = installSchedule({ assign: () => 'wards' });
    renderSchedule();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    expect(within(publishDialog()).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(publishDialog()).getByRole('button', { name: 'Publish' }));
    await screen.findByText('Version 1 published.');
    expect(bridge.callsTo('schedule.publish')).toHaveLength(1);
  });

  it('cancelling the dialog publishes nothing', async () => {
    const { bridge } = installSchedule();
    renderSchedule();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    fireEvent.click(within(publishDialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('publish-dialog')).toBeNull();
    expect(bridge.callsTo('schedule.publish')).toHaveLength(0);
  });

  it('main’s refusal is shown in the dialog, which stays open', async () => {
    const { bridge } = installSchedule({ assign: () => 'wards' });
    renderSchedule();
    await screen.findByRole('grid');
    bridge.failNext('schedule.publish', 'ERR_SCHEDULE_NOTHING_TO_PUBLISH');
    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    fireEvent.click(within(publishDialog()).getByRole('button', { name: 'Publish' }));
    expect(await within(publishDialog()).findByText('The draft has no changes since the last published version.')).toBeTruthy();
  });
});

describe('Versions', () => {
  it('lists the published versions with who published them and their note', async () => {
    installSchedule({ versions: [V1] });
    renderSchedule();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    const table = await screen.findByTestId('versions-table');
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toContain('Casey Coordinator');
    expect(cells).toContain('First cut');
    expect(cells).toContain('0 errors, 2 warnings');
  });

  it('the diff against the draft lists who changed what', async () => {
    const { bridge } = installSchedule({
      versions: [V1],
      diff: [
        { kind: 'assignment', personId: uuid(2), block: 5, before: 'wards', after: 'icu', changedBy: ['Casey Coordinator', 'Avery Admin'], changedAt: '2025-07-02T10:00:00.000Z' },
      ],
    });
    renderSchedule();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    await screen.findByTestId('versions-table');
    fireEvent.click(screen.getByRole('button', { name: 'Show differences' }));
    const diff = await screen.findByTestId('diff-table');
    const row = within(diff).getAllByRole('row')[1]!;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 5)).toEqual(['Block assignment', 'Ben Okafor, block 5', 'WARDS', 'ICU', 'Casey Coordinator, Avery Admin']);
    expect(bridge.callsTo('schedule.versions.diff').at(-1)?.input).toMatchObject({ from: 1, to: 'draft' });
  });

  it('says what to do when nothing is published yet', async () => {
    installSchedule();
    renderSchedule();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('tab', { name: 'Versions' }));
    expect((await screen.findByTestId('versions-empty')).textContent).toContain('Use “Publish” in the toolbar');
  });
});
