// The audit log in real Chromium against the real core: the first administrator is created (and
// so signed in), someone fails to sign in as them from another window, and the administrator
// reads both in the Audit screen, narrows to failures, verifies the HMAC chain and exports the
// matching entries as a CSV download. axe checks the screen in the light and the dark scheme.
import { readFile } from 'node:fs/promises';
import { expect, test } from './devhost.fixture';
import { ADMIN, expectNoAxeViolations, heading, nav, setUpWithAdmin as setUp, SLOW } from './journeys';
import { navigationFor } from '../../src/renderer/app/navigation';


test('admin reads a failed sign-in in the audit log, filters, verifies the chain and exports CSV', async ({ page, browser, devhost }) => {
  test.setTimeout(120_000);
  await setUp(page, devhost.url);

  // Someone else, in another window, gets the administrator's password wrong.
  const other = await browser.newContext();
  const intruder = await other.newPage();
  await intruder.goto(devhost.url);
  await expect(heading(intruder, 'Sign in')).toBeVisible(SLOW);
  await intruder.getByLabel('User name').fill(ADMIN.username);
  await intruder.getByLabel('Password', { exact: true }).fill('not the password at all');
  await intruder.keyboard.press('Enter');
  await expect(intruder.getByRole('alert')).toHaveText('Invalid credentials.', SLOW);
  await other.close();

  await expect(nav(page).getByRole('button')).toHaveText(navigationFor('admin').map((i) => i.label));
  await nav(page).getByRole('button', { name: 'Audit' }).click();
  await expect(heading(page, 'Audit log')).toBeVisible();
  const table = page.getByTestId('audit-table');
  await expect(table).toBeVisible();
  const failed = table.getByRole('row').filter({ hasText: 'Sign-in failed' });
  await expect(failed).toHaveCount(1);
  // A failed attempt proves nobody's identity: the actor is the system, the account is the target
  // (shown by user name, since the administrator can read users.list).
  await expect(failed.getByRole('cell').nth(1)).toHaveText('system');
  await expect(failed.getByRole('cell').nth(3)).toContainText(ADMIN.username);
  await expect(failed).toContainText('Failed');
  await expect(failed).toContainText('cause=wrong-password');
  await expect(table.getByRole('row').filter({ hasText: 'Signed in' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'User added' })).toContainText('first=true');
  await expect(page.getByText(/^Showing 1–\d+ of \d+$/)).toBeVisible();
  await expectNoAxeViolations(page, 'audit (all entries)');

  const filters = page.getByRole('search', { name: 'Filter the audit log' });
  await filters.getByLabel('Outcome').selectOption({ label: 'Failed' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('Showing 1–1 of 1', { exact: true })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2); // header + the failure
  await expect(table.getByRole('row').nth(1)).toContainText('Sign-in failed');

  await page.getByRole('button', { name: 'Verify the chain' }).click();
  const result = page.getByTestId('verify-result');
  await expect(result).toContainText(/Intact — \d+ entries verified/, SLOW);
  await expectNoAxeViolations(page, 'audit (filtered, verified)');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toContain('seq,at,actor');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('auth.login.failure');
  await expect(page.getByText(`Exported 1 entry to ${download.suggestedFilename()}.`)).toBeVisible();

  // The export and the verification are entries themselves.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Audit log exported' })).toContainText('rows=1');
  await expect(table.getByRole('row').filter({ hasText: 'Audit log verified' })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('audit-light.png'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'audit (dark)');
  await page.screenshot({ path: test.info().outputPath('audit-dark.png'), fullPage: true });
});
