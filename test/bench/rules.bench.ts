// Rule engine: a full academic year for 150 residents and 20 faculty (13 four-week blocks, 12
// rotations, weekly in-house call; about 110k worked half-days).
// - Full validation (validateSchedule) — aim < 1 s — against a baseline measured in the same run:
//   a plain loop that only sums each person's template hours over the same slots and calls (the
//   least any validator must do), so the ratio says what the rules and explanations cost on top.
// - Incremental validation after one block-assignment edit (the grid calls update() on every
//   edit) — aim < 50 ms — against the same full validation.
// Prints numbers and ratios; never fails on a number.
import { performance } from 'node:perf_hooks';
import { createIncrementalValidator, validateSchedule } from '../../src/main/core/scheduling/engine';
import { type ScheduleDocument, WEEKDAYS } from '../../src/shared/domain';
import { BLOCKS, FACULTY, RESIDENTS, yearOf150 as year } from '../support/year-of-150';
import { banner, collectGarbage, fmt, fmtInt, median, printTable, runBench, smoke } from './internal/harness';

const FULL_ROUNDS = smoke ? 1 : 9;
const EDIT_ROUNDS = smoke ? 3 : 41;
const FULL_AIM_MS = 1000;
const EDIT_AIM_MS = 50;

/** Baseline: template hours per person over every slot, plus call hours — no rules, no findings. */
function sumHoursOnly(doc: ScheduleDocument): { total: number; halfDays: number } {
  const rot = new Map(doc.rotations.map((r) => [r.id, r]));
  const byPerson = new Map<string, string[]>();
  for (const a of doc.assignments) {
    const list = byPerson.get(a.personId) ?? [];
    list[a.block] = a.rotationId;
    byPerson.set(a.personId, list);
  }
  let total = 0;
  let halfDays = 0;
  for (const p of doc.people) {
    const blocks = byPerson.get(p.id) ?? [];
    for (let d = 0; d < BLOCKS * 28; d++) {
      const r = rot.get(blocks[Math.floor(d / 28) + 1] ?? '');
      if (!r) continue;
      const day = r.pattern[WEEKDAYS[(d + 2) % 7]!];
      if (day.am !== null) {
        total += r.hoursPerHalfDay;
        halfDays++;
      }
      if (day.pm !== null) {
        total += r.hoursPerHalfDay;
        halfDays++;
      }
      if (day.night !== null) total += r.hoursPerNight;
    }
  }
  for (const c of doc.calls) if (c.kind === 'in-house') total += c.hours ?? 12;
  return { total, halfDays };
}

function timeOnce<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const v = fn();
  return [performance.now() - t0, v];
}

runBench(() => {
  banner('rules', 'full and incremental validation of a 150-resident year');
  const doc = year();
  const base = sumHoursOnly(doc);
  const full: number[] = [];
  const baseline: number[] = [];
  let findings = validateSchedule(doc);
  for (let i = 0; i < FULL_ROUNDS; i++) {
    collectGarbage();
    // Alternate the order so neither side always runs on a warmer machine.
    if (i % 2 === 0) {
      full.push(timeOnce(() => (findings = validateSchedule(doc)))[0]);
      baseline.push(timeOnce(() => sumHoursOnly(doc))[0]);
    } else {
      baseline.push(timeOnce(() => sumHoursOnly(doc))[0]);
      full.push(timeOnce(() => (findings = validateSchedule(doc)))[0]);
    }
  }

  // One assignment edit per round: resident 7 in block 5 toggles between two rotations.
  const edited = structuredClone(doc);
  const target = edited.assignments.find((a) => a.personId === 'res7' && a.block === 5)!;
  target.rotationId = target.rotationId === 'rot3' ? 'rot4' : 'rot3';
  const [createMs, validator] = timeOnce(() => createIncrementalValidator(doc));
  const edits: number[] = [];
  for (let i = 0; i < EDIT_ROUNDS; i++) {
    const next = i % 2 === 0 ? edited : doc;
    const [ms, got] = timeOnce(() => validator.update(next, { personIds: ['res7'] }));
    edits.push(ms);
    if (i === 0 && JSON.stringify(got) !== JSON.stringify(validateSchedule(next))) throw new Error('incremental answer differs from a full validation');
  }

  const fullMs = median(full);
  const baseMs = median(baseline);
  const editMs = median(edits);
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`\nyear: ${RESIDENTS} residents + ${FACULTY} faculty, ${BLOCKS} blocks, ${doc.rotations.length} rotations, ${fmtInt(doc.calls.length)} calls, ${fmtInt(base.halfDays)} template half-days, ${fmtInt(base.total)} h`);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  console.log(`findings: ${fmtInt(findings.length)} (${fmtInt(errors)} errors, ${fmtInt(findings.length - errors)} warnings): ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  printTable(
    `Validation (median of ${FULL_ROUNDS} full / ${EDIT_ROUNDS} incremental rounds)`,
    ['operation', 'median ms', 'aim ms', 'ratio', 'verdict'],
    [
      ['baseline: sum hours only', fmt(baseMs), '', '1.00', ''],
      ['validateSchedule (full)', fmt(fullMs), fmtInt(FULL_AIM_MS), `${fmt(fullMs / baseMs)} × baseline`, fullMs < FULL_AIM_MS ? 'PASS' : 'FAIL'],
      ['createIncrementalValidator', fmt(createMs), '', `${fmt(createMs / fullMs)} × full`, ''],
      ['update() after 1 assignment edit', fmt(editMs), fmtInt(EDIT_AIM_MS), `${fmt(editMs / fullMs)} × full`, editMs < EDIT_AIM_MS ? 'PASS' : 'FAIL'],
    ],
  );
});
