// A coordinator's first schedule, in real Chromium against the real core (encrypted store, rule
// engine in its worker): create a program, its academic year, three residents, two rotations and a
// holiday; put a resident on the ward — which works weekends too — for two blocks in a row; read
// the duty-hour errors the rule engine explains, see the cells they concern, fix them by moving her
// to clinic, and publish. The published version is listed with its note, and a later change shows
// in the diff with who made it. axe checks the holidays, grid and versions screens.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './devhost.fixture';
import { addResident, addRotation, ADMIN, createProgram, createYear, expectNoAxeViolations, heading, nav, setUpWithAdmin, SLOW } from './journeys';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const EVERY_DAY = [...WEEKDAYS, 'Saturday', 'Sunday'] as const;

const grid = (page: Page) => page.getByRole('grid', { name: /Block schedule/ });
/** The grid cell of `resident` in block `block` (the 13-block year numbers its blocks from 1). */
const cell = (page: Page, resident: string, block: number): Locator =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(resident) }) })
    .getByRole('gridcell')
    .nth(block - 1);
const findings = (page: Page) => page.getByRole('list', { name: 'Findings' });
const status = (page: Page) => page.getByTestId('schedule-status');
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/** Types a rotation code on a cell: the picker opens with it, Enter assigns, the cell shows it. */
async function assignByKeyboard(page: Page, resident: string, block: number, code: string) {
  const target = cell(page, resident, block);
  await target.click();
  await target.press(code.charAt(0));
  const picker = page.getByTestId('rotation-picker');
  await picker.getByLabel('Rotation code').fill(code);
  await picker.getByLabel('Rotation code').press('Enter');
  await expect(picker).toBeHidden();
  await expect(target).toContainText(code);
  await expect(status(page)).toContainText(`${resident}, block ${block}: ${code}`);
}

test('create a program → residents → rotations → assign → a violation explained → fix it → publish', async ({ page, devhost }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  await setUpWithAdmin(page, devhost.url);

  await createProgram(page, { code: 'IM', name: 'Internal Medicine' });
  await createYear(page, { startDate: '2027-07-01', label: '2027–2028' });
  await addResident(page, { name: 'Ana Ruiz', pgy: 1 });
  await addResident(page, { name: 'Ben Okafor', pgy: 2 });
  await addResident(page, { name: 'Chloe Park', pgy: 3 });
  await addRotation(page, { code: 'CLIN', name: 'Continuity clinic', colour: '#9be7a5', activity: 'clinic', days: WEEKDAYS });
  await addRotation(page, { code: 'WARD', name: 'General wards', colour: '#1b5c9e', activity: 'wards', days: EVERY_DAY });
  await shot(page, '1-rotations');

  // A program holiday, far from the blocks this story is about.
  await nav(page).getByRole('button', { name: 'Holidays' }).click();
  await expect(heading(page, 'Holidays')).toBeVisible();
  await expect(page.getByTestId('holidays-empty')).toBeVisible();
  const addHoliday = page.getByTestId('add-holiday-form');
  await addHoliday.getByLabel('Date').fill('2027-12-25');
  await addHoliday.getByLabel('Name').fill('Christmas Day');
  await addHoliday.getByRole('button', { name: 'Add holiday' }).click();
  await expect(page.getByTestId('holiday-row')).toHaveCount(1);
  await expect(page.getByTestId('holiday-row')).toContainText('Christmas Day');
  await expectNoAxeViolations(page, 'holidays');

  // The schedule: three residents by PGY, thirteen blocks, nothing assigned, nothing broken.
  await nav(page).getByRole('button', { name: 'Schedule' }).click();
  await expect(heading(page, 'Schedule — 2027–2028')).toBeVisible();
  await expect(grid(page).getByRole('rowheader')).toHaveText([/Ana Ruiz\s*PGY-1/, /Ben Okafor\s*PGY-2/, /Chloe Park\s*PGY-3/]);
  await expect(grid(page).getByRole('columnheader', { name: /^Block \d+/ })).toHaveCount(13);
  await expect(page.getByText('No rule is broken by this draft.')).toBeVisible();
  await expectNoAxeViolations(page, 'schedule grid (empty)');

  // Ana on the ward for blocks 1 and 2: dragged from the palette, then typed.
  await page.getByTestId('chip-WARD').dragTo(cell(page, 'Ana Ruiz', 1));
  await expect(cell(page, 'Ana Ruiz', 1)).toContainText('WARD');
  await expect(status(page)).toContainText(/Ana Ruiz, block 1: WARD — validated in [\d.]+ ms/);
  await assignByKeyboard(page, 'Ana Ruiz', 2, 'WARD');
  // Nothing is published yet: the roster, the rotations and the holiday count too (3 + 2 + 1 + 2).
  await expect(page.getByTestId('pending-changes')).toHaveText('8 changes not yet published');

  // Twelve hours a day, seven days a week: the engine explains both duty-hour errors in words.
  const hours = findings(page).getByRole('button').filter({ hasText: '80-hour week' });
  await expect(hours).toHaveCount(1);
  await expect(hours).toContainText('Error');
  // The dates span the ward days of both blocks; the worst four-week window is named in the words.
  await expect(hours).toContainText('Ana Ruiz · 2027-07-01 – 2027-08-25');
  await expect(hours).toContainText('Ana Ruiz averages 84.0 h/week over 1–28 Jul 2027 (limit 80).');
  await expect(hours).toContainText('Measured 84 h/week (limit 80 h/week)');
  await expect(hours).toContainText('Fix: Remove 3 half-days or 2 calls in 1–28 Jul 2027 (16 h over), e.g. on 28 Jul 2027');
  const daysOff = findings(page).getByRole('button').filter({ hasText: 'One day off in seven' });
  await expect(daysOff).toContainText('has 0 free days in');
  await expect(daysOff).toContainText(/Fix: Free 4 more days in /);
  await expect(page.getByTestId('findings-counts')).toContainText(/^[1-9]\d* errors?/);
  await expect(cell(page, 'Ana Ruiz', 1).getByRole('img', { name: /error/ })).toBeVisible();

  // Choosing the finding shows its cells in the grid: the worked days of blocks 1 and 2.
  await hours.click();
  await expect(hours).toHaveAttribute('aria-current', 'true');
  await expect(cell(page, 'Ana Ruiz', 1)).toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 'Ana Ruiz', 1)).toHaveClass(/grid-cell-highlight/);
  await expect(cell(page, 'Ana Ruiz', 2)).toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 'Ana Ruiz', 3)).not.toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 'Ben Okafor', 1)).not.toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 'Ana Ruiz', 1)).toBeFocused();
  await shot(page, '2-violation-highlighted');
  await expectNoAxeViolations(page, 'schedule grid (finding selected)');

  // Every four-week window on the ward breaks the rule: both blocks go to clinic, weekdays only.
  await assignByKeyboard(page, 'Ana Ruiz', 1, 'CLIN');
  await expect(hours).toHaveCount(1); // block 2 is still a ward block
  await assignByKeyboard(page, 'Ana Ruiz', 2, 'CLIN');
  await expect(hours).toHaveCount(0);
  await expect(daysOff).toHaveCount(0);
  await expect(page.getByText('No rule is broken by this draft.')).toBeVisible();
  await expect(page.getByTestId('findings-counts')).toHaveText('0 errors 0 warnings');
  await expect(cell(page, 'Ana Ruiz', 1)).not.toHaveAttribute('aria-selected', 'true'); // nothing left to show
  await shot(page, '3-fixed');

  // Publish with a note: no errors, so no acknowledgement is asked for.
  await page.getByRole('button', { name: 'Publish…' }).click();
  const publish = page.getByTestId('publish-dialog');
  await expect(publish.getByTestId('publish-counts')).toHaveText('The draft has 0 errors and 0 warnings.');
  await publish.getByLabel('Note for this version (optional)').fill('First cut: Ana starts in clinic');
  await publish.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(publish).toBeHidden(SLOW);
  await expect(page.getByText('Version 1 published.')).toBeVisible();
  await expect(page.getByTestId('pending-changes')).toHaveText('No unpublished changes');

  // A change after publishing: Ben goes on the ward in block 3.
  await assignByKeyboard(page, 'Ben Okafor', 3, 'WARD');
  await expect(page.getByTestId('pending-changes')).toHaveText('1 change not yet published');

  // Versions: version 1 with who published it and the note; the diff against the draft names
  // Ben's block 3 and who changed it.
  await page.getByRole('tab', { name: 'Versions' }).click();
  const versions = page.getByTestId('versions-table');
  await expect(versions.getByRole('row')).toHaveCount(2);
  const v1 = versions.getByRole('row').nth(1);
  await expect(v1.getByRole('rowheader')).toHaveText('1');
  await expect(v1).toContainText(ADMIN.displayName);
  await expect(v1).toContainText('First cut: Ana starts in clinic');
  await expect(v1).toContainText('0 errors, 0 warnings');
  const compare = page.getByRole('form', { name: 'Compare versions' });
  await compare.getByLabel('Compare').selectOption({ label: 'Version 1' });
  await compare.getByLabel('With').selectOption({ label: 'The current draft' });
  await compare.getByRole('button', { name: 'Show differences' }).click();
  await expect(page.getByRole('heading', { name: 'Version 1 → draft: 1 difference' })).toBeVisible();
  const change = page.getByTestId('diff-table').getByRole('row').nth(1);
  await expect(change.getByRole('cell')).toHaveText(['Block assignment', 'Ben Okafor, block 3', '—', 'WARD', ADMIN.displayName, /\d/]);
  await shot(page, '4-versions-diff');
  await expectNoAxeViolations(page, 'schedule versions');

  test.info().annotations.push({ type: 'journey time', description: `${((Date.now() - started) / 1000).toFixed(1)} s` });
});
