// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, COORDINATOR, installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';
import { installBackup } from './fake-backup';

afterEach(tearDown);

const PASS = 'granite otters fold maps quietly';
const FILE = '/media/backups/site.rsbk';
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const nav = () => within(screen.getByRole('navigation', { name: 'Main' }));

async function signIn(script: Parameters<typeof installBackup>[1] = {}, users = [ADMIN]) {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], recoveryConfirmed: true, users });
  const backup = installBackup(bridge, script);
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  return { bridge, backup };
}

async function openBackups(script: Parameters<typeof installBackup>[1] = {}) {
  const opened = await signIn(script);
  fireEvent.click(nav().getByRole('button', { name: 'Backups' }));
  await screen.findByRole('heading', { level: 1, name: 'Backups' });
  await screen.findByTestId('backup-status');
  return opened;
}

const outcome = () => screen.findByTestId('backup-outcome');

async function exportWith(fill: (dialog: HTMLElement) => void) {
  fireEvent.click(screen.getByRole('button', { name: 'Export a backup…' }));
  const dialog = await screen.findByTestId('export-backup-dialog');
  fill(dialog);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
  return dialog;
}

const fillExport = (dialog: HTMLElement) => {
  type(within(dialog).getByLabelText('Save the backup as'), FILE);
  type(within(dialog).getByLabelText('Backup passphrase'), PASS);
  type(within(dialog).getByLabelText('Confirm backup passphrase'), PASS);
};

async function verifyFile() {
  fireEvent.click(screen.getByRole('button', { name: 'Verify a backup file…' }));
  const dialog = await screen.findByTestId('verify-backup-dialog');
  type(within(dialog).getByLabelText('Backup file'), FILE);
  type(within(dialog).getByLabelText('Backup passphrase'), PASS);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Verify' }));
}

describe('Backups — Home’s card', () => {
  it('shows an administrator the last backup and the last verification', async () => {
    await signIn({
      status: {
        lastBackup: { at: '2026-03-01T02:00:00.000Z', outcome: 'success', code: null, file: '/media/backups/resched-backup-20260301-020000.rsbk', bytes: 3 * 1024 * 1024, scheduled: true },
        lastVerification: { at: '2026-03-02T09:00:00.000Z', outcome: 'success', code: null, file: FILE, backupCreatedAt: '2026-03-01T02:00:00.000Z' },
        lastSuccessfulVerification: { at: '2026-03-02T09:00:00.000Z', outcome: 'success', code: null, file: FILE, backupCreatedAt: '2026-03-01T02:00:00.000Z' },
        running: null,
      },
    });
    const backup = await screen.findByTestId('home-backup-status-backup');
    expect(backup.textContent).toMatch(/^Written .+ \(scheduled\), 3\.0 MB\/media\/backups\/resched-backup-20260301-020000\.rsbk$/);
    expect(screen.getByTestId('home-backup-status-verification').textContent).toMatch(/^Valid .+ — a backup made .+\/media\/backups\/site\.rsbk$/);
  });

  it('says when there has been no backup and no verification yet', async () => {
    await signIn();
    expect((await screen.findByTestId('home-backup-status-backup')).textContent).toBe('No backup has been made on this workstation yet.');
    expect(screen.getByTestId('home-backup-status-verification').textContent).toBe('No backup has been verified yet.');
  });

  it('is not shown, nor asked for, for someone who cannot manage backups', async () => {
    const { bridge } = await signIn({}, [COORDINATOR]);
    expect(nav().queryByRole('button', { name: 'Backups' })).toBeNull();
    expect(screen.queryByTestId('home-backups')).toBeNull();
    expect(bridge.callsTo('backup.status')).toHaveLength(0);
  });

  it('leads to the Backups screen', async () => {
    await signIn();
    fireEvent.click(within(await screen.findByTestId('home-backups')).getByRole('button', { name: 'Open Backups' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Backups' })).toBeTruthy();
  });
});

describe('Backups — export', () => {
  it('writes a backup with the confirmed passphrase and shows it as the last backup', async () => {
    const { bridge } = await openBackups();
    await exportWith(fillExport);
    expect((await outcome()).textContent).toBe(`Backup written to ${FILE} (2.3 MB): 3 people, 12 assignments.`);
    expect(bridge.callsTo('backup.export').at(-1)!.input).toEqual({ path: FILE, passphrase: PASS });
    await waitFor(() => expect(screen.getByTestId('backup-status-backup').textContent).toMatch(/^Written .+, 2\.3 MB\/media\/backups\/site\.rsbk$/));
  });

  it('does not start while the passphrase is short or its confirmation differs', async () => {
    const { bridge } = await openBackups();
    const dialog = await exportWith((d) => {
      type(within(d).getByLabelText('Save the backup as'), FILE);
      type(within(d).getByLabelText('Backup passphrase'), 'too short');
      type(within(d).getByLabelText('Confirm backup passphrase'), 'too shorT');
    });
    expect(within(dialog).getByText('Use at least 15 characters — this one has 9.')).toBeTruthy();
    expect(within(dialog).getByText('The passphrases do not match.')).toBeTruthy();
    expect(bridge.callsTo('backup.export')).toHaveLength(0);
  });

  it('asks for the recovery code when the file should also open with it, and sends it', async () => {
    const { bridge } = await openBackups();
    const dialog = await exportWith((d) => {
      fillExport(d);
      fireEvent.click(within(d).getByLabelText('Also openable with the recovery code'));
    });
    expect(within(dialog).getByText('Enter the recovery code, or clear the box above.')).toBeTruthy();
    type(within(dialog).getByLabelText('Recovery code'), 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    await outcome();
    expect(bridge.callsTo('backup.export').at(-1)!.input).toEqual({ path: FILE, passphrase: PASS, recoveryCode: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' });
  });

  it('shows progress from main and cancels the running export', async () => {
    const { bridge, backup } = await openBackups({ holdJobs: true });
    await exportWith(fillExport);
    const panel = await screen.findByTestId('backup-running');
    expect(within(panel).getByRole('heading', { name: 'Exporting a backup' })).toBeTruthy();
    await waitFor(() => expect(bridge.callsTo('backup.export')).toHaveLength(1));
    await waitFor(() => expect(() => backup.progress('writing', 30, 120)).not.toThrow());
    await waitFor(() => expect(within(panel).getByText('Encrypting and writing the file — 25%')).toBeTruthy());
    expect(within(panel).getByRole('progressbar').getAttribute('value')).toBe('25');
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect((await outcome()).textContent).toBe('The export was cancelled. No backup file was left behind.');
    expect(backup.cancelled).toEqual([bridge.callsTo('backup.export')[0]!.jobId]);
    expect(screen.queryByTestId('backup-running')).toBeNull();
    expect(screen.getByTestId('backup-status-backup').textContent).toMatch(/^Failed .+ERR_CANCELLED$/);
  });

  it('explains a path main refused', async () => {
    const { bridge } = await openBackups();
    bridge.failNext('backup.export', 'ERR_BACKUP_PATH_INVALID');
    await exportWith(fillExport);
    expect((await outcome()).textContent).toBe(
      'That path cannot be used: give a full path, in a folder that exists, to a file that does not exist yet. Backups never overwrite a file.',
    );
  });
});

describe('Backups — verify', () => {
  it('answers what a valid backup holds, who made it and that this site signed it', async () => {
    const { bridge, backup } = await openBackups();
    backup.verified.createdBy = bridge.user(ADMIN.username).id;
    await verifyFile();
    expect((await outcome()).textContent).toMatch(/^Valid — created .+, by you, 2 programs, 3 people, 12 assignments, signed by this site\.$/);
    await waitFor(() => expect(screen.getByTestId('backup-status-verification').textContent).toMatch(/^Valid /));
  });

  it('names the signing key of a backup this site did not sign', async () => {
    const { backup } = await openBackups();
    backup.verified = { createdBy: 'cli:jdoe', signer: { kid: 'backup-7f3a', thumbprint: 'sha256:b0b0' }, signedByThisSite: false };
    await verifyFile();
    expect((await outcome()).textContent).toMatch(/by the command line \(jdoe\), .+, signed by key backup-7f3a \(sha256:b0b0\), not one of this site’s\.$/);
  });

  it('says exactly what is wrong with a damaged file', async () => {
    const { backup } = await openBackups();
    backup.failWith = 'ERR_BACKUP_CHUNK_REORDERED';
    await verifyFile();
    expect((await outcome()).textContent).toBe('Not valid: Parts of the backup are out of order: the file was altered. Use another copy.');
    await waitFor(() => expect(screen.getByTestId('backup-status-verification').textContent).toMatch(/^Failed .+ERR_BACKUP_CHUNK_REORDERED/));
  });

  it('needs the file and a passphrase or the recovery code before it asks main', async () => {
    const { bridge } = await openBackups();
    fireEvent.click(screen.getByRole('button', { name: 'Verify a backup file…' }));
    const dialog = await screen.findByTestId('verify-backup-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verify' }));
    expect(within(dialog).getByText('Enter the full path of the backup file.')).toBeTruthy();
    expect(within(dialog).getByText('Enter the backup passphrase or the recovery code.')).toBeTruthy();
    expect(bridge.callsTo('backup.verify')).toHaveLength(0);
  });
});

describe('Backups — restore', () => {
  async function openRestore() {
    const opened = await openBackups();
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const dialog = await screen.findByTestId('restore-backup-dialog');
    type(within(dialog).getByLabelText('Backup file'), FILE);
    type(within(dialog).getByLabelText('Backup passphrase'), PASS);
    return { ...opened, dialog };
  }

  it('warns that the data is replaced, that a safety copy is kept and that the app reloads the data', async () => {
    const { dialog } = await openRestore();
    expect(within(dialog).getByRole('heading', { name: 'Restore from a backup?' })).toBeTruthy();
    expect(dialog.textContent).toContain('The current data is kept as a safety copy');
    expect(dialog.textContent).toContain('the app reloads the data from the restored store');
  });

  it('does nothing until RESTORE is typed', async () => {
    const { bridge, dialog } = await openRestore();
    type(within(dialog).getByLabelText('Type RESTORE to confirm'), 'restore');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(within(dialog).getByText('Type RESTORE in capital letters to confirm.')).toBeTruthy();
    expect(bridge.callsTo('backup.restore')).toHaveLength(0);
  });

  it('restores with the typed confirmation, names the safety copy and reads the session again', async () => {
    const { bridge, dialog } = await openRestore();
    const sessionReads = bridge.callsTo('auth.status').length;
    type(within(dialog).getByLabelText('Type RESTORE to confirm'), 'RESTORE');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect((await outcome()).textContent).toMatch(/^Restored the backup made .+: 3 people, 12 assignments\. The data was reloaded\. The previous data is kept as \/data\/store\.db\.before-restore-/);
    expect(bridge.callsTo('backup.restore')[0]!.input).toEqual({ path: FILE, passphrase: PASS, confirm: 'RESTORE' });
    await waitFor(() => expect(bridge.callsTo('auth.status').length).toBeGreaterThan(sessionReads));
  });

  it('tells an administrator that a backup of another site cannot be restored here, and that nothing changed', async () => {
    const { bridge, dialog } = await openRestore();
    bridge.failNext('backup.restore', 'ERR_BACKUP_OTHER_SITE');
    type(within(dialog).getByLabelText('Type RESTORE to confirm'), 'RESTORE');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect((await outcome()).textContent).toBe(
      'That backup belongs to another site’s keys. Restore it into a new data folder with `resched backup restore`. Nothing was restored; the current data is unchanged.',
    );
  });
});

describe('Backups — schedule', () => {
  it('says when no schedule is set', async () => {
    await openBackups();
    expect(screen.getByTestId('backup-schedule-summary').textContent).toBe('No backup schedule is set.');
  });

  it('sets a weekly schedule with its passphrase and names the next run', async () => {
    const { bridge } = await openBackups();
    type(screen.getByLabelText('How often'), 'weekly');
    type(screen.getByLabelText('On'), '0');
    type(screen.getByLabelText('At (local time)'), '02:30');
    type(screen.getByLabelText('Folder'), '/media/backups');
    type(screen.getByLabelText('Backups to keep'), '4');
    type(screen.getByLabelText('Backup passphrase'), PASS);
    type(screen.getByLabelText('Confirm backup passphrase'), PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(bridge.callsTo('backup.schedule.set')).toHaveLength(1));
    expect(bridge.callsTo('backup.schedule.set')[0]!.input).toEqual({
      settings: { enabled: true, frequency: 'weekly', weekday: 0, time: '02:30', folder: '/media/backups', keep: 4 },
      passphrase: PASS,
    });
    await waitFor(() => expect(screen.getByTestId('backup-schedule-summary').textContent).toMatch(/^Next scheduled backup: .+\. It runs while the app is open and unlocked\.$/));
  });

  it('needs a passphrase for the first schedule and a folder, before it asks main', async () => {
    const { bridge } = await openBackups();
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByText('Enter the full path of the folder the backups go to.')).toBeTruthy();
    expect(screen.getByText('Enter a passphrase.')).toBeTruthy();
    expect(bridge.callsTo('backup.schedule.set')).toHaveLength(0);
  });

  it('keeps the stored passphrase when none is typed', async () => {
    const { bridge } = await openBackups({
      schedule: { enabled: true, frequency: 'daily', weekday: 1, time: '01:00', folder: '/media/backups', keep: 7, hasPassphrase: true, nextRunAt: null, passphrase: PASS },
    });
    expect(screen.getByLabelText('New backup passphrase')).toBeTruthy();
    type(screen.getByLabelText('Backups to keep'), '10');
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(bridge.callsTo('backup.schedule.set')).toHaveLength(1));
    expect(bridge.callsTo('backup.schedule.set')[0]!.input).toEqual({ settings: { enabled: true, frequency: 'daily', weekday: 1, time: '01:00', folder: '/media/backups', keep: 10 } });
  });
});

describe('Backups — accessibility', () => {
  it('has no axe violations on the screen, with the export dialog open, and on Home’s card', async () => {
    document.documentElement.lang = 'en';
    document.title = 'Residency Scheduler';
    const violations = async () =>
      (await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await openBackups();
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup…' }));
    fireEvent.click(within(await screen.findByTestId('export-backup-dialog')).getByLabelText('Also openable with the recovery code'));
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(nav().getByRole('button', { name: 'Home' }));
    await screen.findByTestId('home-backup-status-backup');
    expect(await violations()).toEqual([]);
  });
});
