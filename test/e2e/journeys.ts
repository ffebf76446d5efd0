// Shared steps of the end-to-end journeys: what a person does on the way to the screen a test is
// about. One copy, so a change to the wizard is mended in one place.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'orbit lantern quietly marching seventy';
export const ADMIN = { username: 'dana', displayName: 'Dana Reyes', password: 'copper meadow lantern drifting north' };
// bcrypt (cost 12) takes about 0.3 s per hash in main, more on a busy machine.
export const SLOW = { timeout: 30_000 };

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${screen}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
export const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Vault with a passphrase, recovery confirmation skipped, first administrator created and signed in. */
export async function setUpWithAdmin(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(heading(page, 'How will this workstation unlock?')).toBeVisible();
  await page.getByLabel(/^Passphrase( \(optional\))?$/).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(heading(page, 'Save your recovery code')).toBeVisible(SLOW);
  await page.getByRole('checkbox', { name: 'I have written down or printed this code' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(heading(page, 'Create the administrator account')).toBeVisible();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Display name').fill(ADMIN.displayName);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(heading(page, 'Home')).toBeVisible(SLOW);
}
