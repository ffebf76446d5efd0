// Accounts in real Chromium against the real core (bcrypt cost 12, real sessions held by main):
// the administrator adds a coordinator with a temporary password; the coordinator signs in, must
// choose their own password, and sees neither Users nor Security. A wrong password is refused with
// "Invalid credentials."; the session lock keeps a half-typed form. axe checks the sign-in, lock,
// users and my-account screens.
import type { Page } from '@playwright/test';
import { expect, test } from './devhost.fixture';
import { ADMIN, expectNoAxeViolations, heading, nav, setUpWithAdmin as setUp, SLOW } from './journeys';
import { navigationFor } from '../../src/renderer/app/navigation';

const COORDINATOR = { username: 'casey', displayName: 'Casey Coordinator', temporary: 'harbour tandem violet quill', own: 'silver kettle morning drizzle' };

async function signIn(page: Page, username: string, password: string) {
  await expect(heading(page, 'Sign in')).toBeVisible(SLOW);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page, 'Sign in')).toBeVisible(SLOW);
}

test('admin adds a coordinator → coordinator signs in, must change the password, sees no Users or Security', async ({ page, devhost }) => {
  test.setTimeout(120_000);
  await setUp(page, devhost.url);
  await expect(page.getByTestId('header-user')).toHaveText(`Signed in as ${ADMIN.displayName}Administrator`);
  await expect(nav(page).getByRole('button')).toHaveText(navigationFor('admin').map((i) => i.label));

  await nav(page).getByRole('button', { name: 'Users' }).click();
  await expect(heading(page, 'Users')).toBeVisible();
  await expect(page.getByTestId('users-empty')).toBeVisible();
  await expectNoAxeViolations(page, 'users (only the administrator)');

  await page.getByRole('button', { name: 'Add user' }).click();
  const form = page.getByTestId('add-user-form');
  await form.getByLabel('User name').fill(COORDINATOR.username);
  await form.getByLabel('Display name').fill(COORDINATOR.displayName);
  await expect(form.getByLabel('Role')).toHaveValue('coordinator');
  await expect(form.getByTestId('program-picker')).toContainText('No programs exist yet');
  await form.getByLabel('Temporary password', { exact: true }).fill(COORDINATOR.temporary);
  await form.getByLabel('Confirm temporary password').fill(COORDINATOR.temporary);
  await expectNoAxeViolations(page, 'users (add form)');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText(`${COORDINATOR.username} was added.`, { exact: false })).toBeVisible(SLOW);
  const row = page.getByTestId(`user-row-${COORDINATOR.username}`);
  await expect(row).toContainText('Coordinator');
  await expect(row).toContainText('Temporary password');
  await expect(row).toContainText('Never');
  await expect(page.getByTestId('users-empty')).toHaveCount(0);
  await expectNoAxeViolations(page, 'users');

  // The last administrator cannot be disabled: main says why, inside the confirmation.
  await page.getByRole('button', { name: `Disable ${ADMIN.username}` }).click();
  const dialog = page.getByRole('dialog', { name: `Disable ${ADMIN.username}?` });
  await dialog.getByRole('button', { name: 'Disable' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('This is the last active administrator; another must exist first.');
  await expectNoAxeViolations(page, 'users (disable dialog with error)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await signOut(page);
  await expectNoAxeViolations(page, 'sign-in');

  await signIn(page, COORDINATOR.username, 'this is not the password');
  await expect(page.getByRole('alert')).toHaveText('Invalid credentials.', SLOW);
  await expectNoAxeViolations(page, 'sign-in with error');

  await signIn(page, COORDINATOR.username, COORDINATOR.temporary);
  await expect(heading(page, 'Choose a new password')).toBeVisible(SLOW);
  await expect(nav(page)).toHaveCount(0);
  await page.getByLabel('Temporary password').fill(COORDINATOR.temporary);
  await page.getByLabel('New password', { exact: true }).fill(COORDINATOR.own);
  await page.getByLabel('Confirm new password').fill(COORDINATOR.own);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(heading(page, 'Home')).toBeVisible(SLOW);
  await expect(page.getByTestId('header-user')).toHaveText(`Signed in as ${COORDINATOR.displayName}Coordinator`);
  await expect(nav(page).getByRole('button')).toHaveText(navigationFor('coordinator').map((i) => i.label));
  await expect(nav(page).getByRole('button', { name: 'Users' })).toHaveCount(0);
  await expect(nav(page).getByRole('button', { name: 'Security' })).toHaveCount(0);

  await nav(page).getByRole('button', { name: 'My account' }).click();
  await expect(page.getByTestId('account-details')).toContainText(COORDINATOR.username);
  await expect(page.getByTestId('account-details')).toContainText('Coordinator');
  await expectNoAxeViolations(page, 'my account');
  await signOut(page);

  // The temporary password no longer works; the chosen one does.
  await signIn(page, COORDINATOR.username, COORDINATOR.temporary);
  await expect(page.getByRole('alert')).toHaveText('Invalid credentials.', SLOW);
  await signIn(page, COORDINATOR.username, COORDINATOR.own);
  await expect(heading(page, 'Home')).toBeVisible(SLOW);
});

test('the lock screen keeps a half-typed form and gives it back after the password', async ({ page, devhost }) => {
  test.setTimeout(120_000);
  await setUp(page, devhost.url);
  await nav(page).getByRole('button', { name: 'My account' }).click();
  await expect(heading(page, 'My account')).toBeVisible();
  await page.getByLabel('Current password').fill('half of what I was typing');

  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(heading(page, 'Locked — enter your password to continue')).toBeVisible(SLOW);
  await expect(page.getByTestId('locked-user')).toHaveText(ADMIN.displayName);
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  // Nothing of the app underneath can be reached.
  await expect(nav(page)).toHaveCount(0);
  await expect(page.getByTestId('session-content')).toHaveAttribute('inert', '');
  await expectNoAxeViolations(page, 'lock screen');

  // Main holds the session: calls made while locked are refused.
  const refused = await page.evaluate(() =>
    (globalThis as unknown as { resched: { invoke(r: unknown): Promise<unknown> } }).resched.invoke({ channel: 'users.list', input: {} }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'ERR_AUTH_SESSION_LOCKED' } });

  await page.getByLabel('Password', { exact: true }).fill('not my password at all');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Invalid credentials.', SLOW);
  await expectNoAxeViolations(page, 'lock screen with error');
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0, SLOW);
  await expect(heading(page, 'My account')).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveValue('half of what I was typing');
  // Focus is back where it was: on "Lock", which was pressed last.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true })).toBeFocused();
});
