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

// Program setup, as a coordinator does it on the setup screens. Each step ends on a state the
// screen shows (a notice, a row), never on a timeout.

/** Programs → "Create program": the new program becomes the current one. */
export async function createProgram(page: Page, program: { code: string; name: string }): Promise<void> {
  await nav(page).getByRole('button', { name: 'Programs' }).click();
  await expect(heading(page, 'Programs')).toBeVisible();
  await page.getByRole('button', { name: 'Create program' }).click();
  const form = page.getByTestId('create-program-form');
  await form.getByLabel('Code').fill(program.code);
  await form.getByLabel('Name').fill(program.name);
  await form.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByText(`${program.name} was created and is now the current program.`, { exact: false })).toBeVisible();
}

/** Academic years → a year of 13 four-week blocks from `startDate`; it becomes the current year. */
export async function createYear(page: Page, year: { startDate: string; label: string }): Promise<void> {
  await nav(page).getByRole('button', { name: 'Academic years' }).click();
  await expect(heading(page, 'Academic years')).toBeVisible();
  const form = page.getByTestId('create-year-form');
  await form.getByLabel('First day').fill(year.startDate);
  await form.getByLabel('Label').fill(year.label);
  await form.getByRole('radio', { name: /13 blocks of four weeks/ }).check();
  await form.getByRole('button', { name: 'Create academic year' }).click();
  await expect(page.getByText(`${year.label} was created with 13 blocks and is now the current year.`)).toBeVisible();
}

/** People → "Add person": a resident on the current year's roster with their PGY. */
export async function addResident(page: Page, resident: { name: string; pgy: number }): Promise<void> {
  if (!(await heading(page, 'People').isVisible())) {
    await nav(page).getByRole('button', { name: 'People' }).click();
    await expect(heading(page, 'People')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByTestId('person-dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(resident.name);
  await expect(dialog.getByRole('checkbox', { name: /On this year’s roster/ })).toBeChecked();
  await dialog.getByLabel('PGY').selectOption({ label: `PGY-${resident.pgy}` });
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('person-row').filter({ hasText: resident.name })).toContainText(`PGY-${resident.pgy}`);
}

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** Rotations → "Add rotation": code, name, colour, the activity of each worked AM/PM, unsupervised. */
export async function addRotation(
  page: Page,
  rotation: { code: string; name: string; colour: string; activity: string; days: readonly Weekday[] },
): Promise<void> {
  if (!(await heading(page, 'Rotations').isVisible())) {
    await nav(page).getByRole('button', { name: 'Rotations' }).click();
    await expect(heading(page, 'Rotations')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Add rotation' }).first().click();
  const editor = page.getByTestId('rotation-editor');
  await editor.getByLabel('Code').fill(rotation.code);
  await editor.getByLabel('Name', { exact: true }).fill(rotation.name);
  await editor.getByLabel('Colour').fill(rotation.colour);
  for (const day of rotation.days) {
    await editor.getByLabel(`${day} AM`).fill(rotation.activity);
    await editor.getByLabel(`${day} PM`).fill(rotation.activity);
  }
  // No faculty is on this small roster: supervision is another story than the duty-hour one.
  await editor.getByRole('checkbox', { name: /^Supervised/ }).uncheck();
  await editor.getByRole('button', { name: 'Add rotation' }).click();
  await expect(page.getByText(`${rotation.code} was saved.`)).toBeVisible();
}
