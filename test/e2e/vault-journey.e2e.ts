// A coordinator's first day, in real Chromium against the real core: set the workstation up,
// save and confirm the recovery code, see the version, lock, fail and then succeed to unlock.
// axe checks every screen on the way.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startDevhost, stopDevhost, test } from './devhost.fixture';

const PASSPHRASE = 'orbit lantern quietly marching seventy';

async function expectNoAxeViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${screen}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

async function completeSetup(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'How will this workstation unlock?' })).toBeVisible();
  // "Passphrase (optional)" when the keyring is chosen.
  await page.getByLabel(/^Passphrase( \(optional\))?$/).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Save your recovery code' })).toBeVisible({ timeout: 30_000 });
  return (await page.getByTestId('recovery-code').textContent())!.trim();
}

test('setup wizard → recovery code confirmed → About shows the version → lock → unlock', async ({ page, devhost }) => {
  await page.goto(devhost.url);
  await expectNoAxeViolations(page, 'setup step 1');
  const code = await completeSetup(page);
  expect(code.replace(/\s+/g, '')).toMatch(/^([0-9A-Z]{4}-?){8}$/);
  await expectNoAxeViolations(page, 'setup step 2');

  await page.getByRole('checkbox', { name: 'I have written down or printed this code' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your recovery code' })).toBeVisible();
  await page.getByLabel('Recovery code').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByRole('button', { name: 'Confirm recovery code' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this vault');
  await expectNoAxeViolations(page, 'setup step 3 with error');
  await page.getByLabel('Recovery code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Confirm recovery code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByTestId('recovery-warning')).toHaveCount(0);
  await expect(page.getByText(code)).toHaveCount(0);
  await expectNoAxeViolations(page, 'home');

  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByTestId('app-version')).toHaveText('0.1.0');
  await expectNoAxeViolations(page, 'about');

  await page.getByRole('button', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expectNoAxeViolations(page, 'security');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' })).toBeVisible();
  await expectNoAxeViolations(page, 'unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('copper meadow whistles at midnight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('does not open this vault', { timeout: 30_000 });
  await expectNoAxeViolations(page, 'unlock with error');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 30_000 });
});

test('the recovery code unlocks when the passphrase is forgotten', async ({ page, devhost }) => {
  await page.goto(devhost.url);
  const code = await completeSetup(page);
  await page.getByRole('checkbox', { name: 'I have written down or printed this code' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByTestId('recovery-warning')).toBeVisible();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('tab', { name: 'Recovery code' }).click();
  await page.getByLabel('Recovery code').fill(code.replace(/-/g, ' '));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 30_000 });
});

test('a restarted app opens at the unlock screen and never shows the setup wizard again', async ({ page }) => {
  const first = await startDevhost();
  await page.goto(first.url);
  await completeSetup(page);
  await stopDevhost(first, { keepData: true });
  const second = await startDevhost({ dataDir: first.dataDir });
  try {
    await page.goto(second.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' })).toBeVisible();
  } finally {
    await stopDevhost(second);
  }
});

test.describe('with the system keyring', () => {
  test.skip(!process.env['DBUS_SESSION_BUS_ADDRESS'], 'needs a Secret Service (npm test under .ci/run starts one)');

  test('a keyring vault unlocks by itself after a restart', async ({ page }) => {
    const first = await startDevhost({ keychain: true });
    await page.goto(first.url);
    const keyring = page.getByRole('checkbox', { name: /system keyring/ });
    await expect(keyring).toBeEnabled();
    await keyring.check();
    await completeSetup(page);
    await stopDevhost(first, { keepData: true });
    const second = await startDevhost({ keychain: true, dataDir: first.dataDir });
    try {
      await page.goto(second.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible({ timeout: 30_000 });
    } finally {
      await stopDevhost(second);
    }
  });
});
