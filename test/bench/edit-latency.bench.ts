// Draft edits through the schedule.* channels of a real core (encrypted store, audit trail) on a
// 150-resident year, with the rule engine in its worker thread (src/main/core/scheduling/
// validation-worker): what one assignment edit costs end to end, and how long the main event loop
// is held meanwhile — against an idle loop of the same length and against the same work run
// in-process on the main thread (what every edit blocked the loop for before the worker).
// - Edit: schedule.assignments.set of one resident's block, median of 20, each round trip timed
//   under a 1 ms loop watch (aim: max delay < 30 ms).
// - Full check: schedule.validate (every rule over the year) under the same watch.
// - Grid: schedule.grid.slots of one week (every person), derived in the worker from its warm copy.
// - Where the remaining main-thread time goes: the dispatcher's zod parse of the answer (all the
//   year's findings, on every edit) timed on its own.
// Prints numbers and ratios; never fails on a number.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createIncrementalValidator, deriveSlots, validateSchedule } from '../../src/main/core/scheduling/engine';
import { contract } from '../../src/shared/contract';
import { applyFindingsDelta, type DraftView, type EditResult } from '../../src/shared/domain';
import { adminCore } from '../support/unlocked-core';
import { banner, fmt, fmtInt, type LoopStats, median, printTable, runBench, smoke, watchLoop, worstDelay } from './internal/harness';

const RESIDENTS = smoke ? 20 : 150;
const FACULTY = smoke ? 4 : 20;
const EDITS = smoke ? 3 : 20;
const LOOP_AIM_MS = 30;

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string } };

const day = (pattern: { am?: string; pm?: string; night?: string }, days: number) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, i) => [d, i < days ? pattern : {}]));

runBench(async () => {
  banner('edit-latency', `draft edits through the channels on a ${RESIDENTS}-resident year, rules in the worker`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'resched-bench-edit-'));
  const ctx = await adminCore(dir);
  try {
    const ok = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = (await ctx.asAdmin(channel, input)) as Envelope<T>;
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
      return r.value;
    };

    // The year: 12 rotations as test/bench/rules.bench.ts has them, residents and faculty rostered
    // and assigned to every block, one in-house call a night. Roster and calls go in before the
    // assignments, while each edit's answer (every finding of the year) is still short.
    const t0 = performance.now();
    const { id: programId } = await ok<{ id: string }>('programs.create', { code: 'BENCH', name: 'Bench program' });
    const { id: yearId } = await ok<{ id: string }>('schedule.years.create', { programId, label: '2026-27', startDate: '2026-07-01', preset: { kind: 'thirteen-four-week' } });
    const people: string[] = [];
    for (let r = 0; r < RESIDENTS + FACULTY; r++) {
      const resident = r < RESIDENTS;
      const p = await ok<{ id: string }>('people.create', { programId, person: { kind: resident ? 'resident' : 'faculty', name: `${resident ? 'Resident' : 'Faculty'} ${r}` } });
      await ok('schedule.roster.set', { programId, yearId, personId: p.id, pgy: resident ? (r % 3) + 1 : null, facultyRole: resident ? null : 'attending', credentials: [], active: true });
      people.push(p.id);
    }
    const residents = people.slice(0, RESIDENTS);
    for (let n = 0; n < 364; n++) {
      const date = new Date(Date.UTC(2026, 6, 1 + n)).toISOString().slice(0, 10);
      await ok('schedule.calls.set', { programId, yearId, date, kind: 'in-house', personId: residents[(n * 7) % RESIDENTS] });
    }
    const kinds = [
      { code: 'WARD', pattern: day({ am: 'Ward', pm: 'Ward' }, 6) },
      { code: 'CLIN', pattern: day({ am: 'Clinic', pm: 'Clinic' }, 6) },
      { code: 'ICU', pattern: day({ am: 'ICU', pm: 'ICU' }, 6) },
      { code: 'NF', pattern: day({ night: 'Night float' }, 6), nightFloat: true, supervised: false },
      { code: 'ED', pattern: day({ am: 'ED', pm: 'ED' }, 6) },
      { code: 'ELEC', pattern: day({ am: 'Elective', pm: 'Elective' }, 5) },
    ];
    const rotations: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { code, ...k } = kinds[i % kinds.length]!;
      const saved = await ok<{ rotation: { id: string } }>('schedule.rotations.save', {
        programId,
        yearId,
        rotation: { code: `${code}${i}`, name: `${code} ${i}`, colour: '#336699', capacity: { min: 10, max: 14 }, callEligible: i % 6 === 0 || i % 6 === 2, ...k },
      });
      rotations.push(saved.rotation.id);
    }
    const changes = people.flatMap((personId, r) => Array.from({ length: 13 }, (_, b) => ({ personId, block: b + 1, rotationId: rotations[(r + b + 1) % 12]! })));
    for (let i = 0; i < changes.length; i += 400) await ok('schedule.assignments.set', { programId, yearId, changes: changes.slice(i, i + 400) });
    const setupS = (performance.now() - t0) / 1000;

    // Warm: the draft view builds the document and the worker's validator.
    const view = await ok<DraftView>('schedule.draft.get', { programId, yearId });
    const cells = view.findings.reduce((n, f) => n + f.cells.length, 0);
    console.log(
      `\nyear: ${RESIDENTS} residents + ${FACULTY} faculty, 13 blocks, 12 rotations, ${view.document.calls.length} calls; ` +
        `${fmtInt(view.findings.length)} findings naming ${fmtInt(cells)} cells; built through the channels in ${fmt(setupS, 1)} s`,
    );

    // One assignment edit per round: resident i toggles block 5 between two rotations.
    const walls: number[] = [];
    const delays: number[] = [];
    const workerMs: number[] = [];
    const loops: LoopStats[] = [];
    let last: EditResult | undefined;
    // Edits answer deltas: applied in order to the draft view's findings, they must give the year's findings.
    let findings = view.findings;
    let deltaItems = 0;
    for (let i = 0; i < EDITS; i++) {
      const personId = residents[i % residents.length]!;
      const rotationId = rotations[i % 2 === 0 ? 3 : 4]!;
      const stats = await watchLoop(async () => {
        last = await ok<EditResult>('schedule.assignments.set', { programId, yearId, changes: [{ personId, block: 5, rotationId }] });
      });
      loops.push(stats);
      walls.push(stats.wallMs);
      delays.push(worstDelay(stats));
      workerMs.push(last!.validationMs);
      findings = applyFindingsDelta(findings, last!.delta);
      deltaItems += last!.delta.added.length + last!.delta.removedKeys.length;
    }
    const idle = await watchLoop(() => sleep(median(walls)));

    // The full check, in the worker, under the same watch.
    const full = await watchLoop(() => ok('schedule.validate', { programId, yearId }));

    // One week of the grid, derived in the worker.
    const week = { from: '2026-09-07', to: '2026-09-13' };
    let slotCount = 0;
    const grid = await watchLoop(async () => {
      slotCount = (await ok<unknown[]>('schedule.grid.slots', { programId, yearId, ...week })).length;
    });

    // Baselines on the main thread, in-process: the same work the worker now does.
    const after = await ok<DraftView>('schedule.draft.get', { programId, yearId });
    const keyed = (fs: readonly { key: string }[]) => JSON.stringify([...fs].sort((a, b) => a.key.localeCompare(b.key)));
    if (keyed(after.findings) !== keyed(findings)) throw new Error('the edits’ deltas do not add up to the draft view’s findings');
    console.log(`deltas: ${fmt(deltaItems / EDITS, 1)} findings added or removed per edit, of ${fmtInt(findings.length)}`);
    let t = performance.now();
    const validator = createIncrementalValidator(after.document);
    const createMs = performance.now() - t;
    const target = after.document.assignments.find((a) => a.personId === residents[0] && a.block === 5)!;
    const edited = { ...after.document, assignments: after.document.assignments.map((a) => (a === target ? { ...a, rotationId: a.rotationId === rotations[3] ? rotations[4]! : rotations[3]! } : a)) };
    t = performance.now();
    validator.update(edited, { personIds: [residents[0]!], blocks: [5] });
    const updateMs = performance.now() - t;
    t = performance.now();
    const inProcess = validateSchedule(after.document);
    const fullInProcessMs = performance.now() - t;
    if (JSON.stringify(inProcess) !== JSON.stringify(after.findings)) throw new Error('the worker answered other findings than validateSchedule in-process');
    t = performance.now();
    deriveSlots(after.document, week);
    const slotsInProcessMs = performance.now() - t;
    t = performance.now();
    contract['schedule.assignments.set'].output.parse(last);
    const outputParseMs = performance.now() - t;

    const editDelay = Math.max(...delays);
    printTable(
      `One assignment edit through schedule.assignments.set (${EDITS} edits)`,
      ['measure', 'ms', 'vs', 'verdict'],
      [
        ['round trip, median', fmt(median(walls)), '', ''],
        ['rules in the worker (validationMs), median', fmt(median(workerMs)), '', ''],
        ['main loop max delay, worst edit', fmt(editDelay), `idle ${fmt(worstDelay(idle))}`, editDelay < LOOP_AIM_MS ? 'PASS' : 'FAIL'],
        ['main loop max delay, median edit', fmt(median(delays)), '', ''],
        ['in-process update() on main (old path)', fmt(updateMs), `${fmt(updateMs / Math.max(median(delays), 0.01))} × median delay`, ''],
        ['in-process createIncrementalValidator', fmt(createMs), '', ''],
        ['dispatcher output parse of one answer', fmt(outputParseMs), `${fmt(outputParseMs / Math.max(editDelay, 0.01))} × worst delay`, ''],
      ],
    );
    const fullDelay = worstDelay(full);
    printTable('Full check through schedule.validate', ['measure', 'ms', 'vs', 'verdict'], [
      ['round trip', fmt(full.wallMs), '', ''],
      ['main loop max delay', fmt(fullDelay), `in-process validateSchedule ${fmt(fullInProcessMs)}`, fullDelay < LOOP_AIM_MS ? 'PASS' : 'FAIL'],
    ]);
    const gridDelay = worstDelay(grid);
    printTable(`One week of the grid through schedule.grid.slots (${fmtInt(slotCount)} slots)`, ['measure', 'ms', 'vs', 'verdict'], [
      ['round trip', fmt(grid.wallMs), '', ''],
      ['main loop max delay', fmt(gridDelay), `in-process deriveSlots ${fmt(slotsInProcessMs)}`, gridDelay < LOOP_AIM_MS ? 'PASS' : 'FAIL'],
    ]);
  } finally {
    ctx.core.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
});
