// Owns re-validation after an edit. The validator keeps each person's timeline and findings and
// each block's cross-person findings. An edit names the people it touched; only they are expanded
// again, their per-person rules re-run, and the block rules (coverage, supervision) re-run for the
// blocks where their assignments or slots actually changed, plus any blocks the caller names.
// Anything structural (year, blocks, rotations, people, holidays, parameters) changing, or
// `all`, means a full run. The answer always equals validateSchedule of the new document.
// The sorted answer is kept between updates: an update takes out the findings of the lists it
// replaced and merges in the new ones (sorted on their own), instead of re-sorting every finding.
import type { Finding, ScheduleDocument } from '../../../../shared/domain';
import { type CompiledSchedule, compileSchedule, SLOTS_PER_DAY, structuralFingerprint } from './compile';
import { expandPerson, type PersonTimeline } from './expand-person';
import { groupByPerson } from './internal/person-inputs';
import { blockFindings, compareFindings, personFindings, sortFindings } from './internal/run-rules';
import { expandAll } from './validate';

export interface TouchedScope {
  personIds?: readonly string[];
  blocks?: readonly number[];
  all?: boolean;
}

export interface IncrementalValidator {
  findings(): Finding[];
  update(doc: ScheduleDocument, touched: TouchedScope): Finding[];
}

interface State {
  s: CompiledSchedule;
  fingerprint: string;
  people: PersonTimeline[];
  byPerson: Finding[][];
  byBlock: Finding[][];
  sorted: Finding[];
}

function fullState(doc: ScheduleDocument): State {
  const s = compileSchedule(doc);
  const people = expandAll(s);
  const byPerson = people.map((t) => personFindings(s, t));
  const byBlock = s.blocks.map((_, b) => blockFindings(s, b, people));
  return { s, fingerprint: structuralFingerprint(doc), people, byPerson, byBlock, sorted: collect(byPerson, byBlock) };
}

function collect(byPerson: readonly Finding[][], byBlock: readonly Finding[][]): Finding[] {
  return sortFindings([...byPerson.flat(), ...byBlock.flat()]);
}

/** `sorted` without the findings of the `replaced` lists, merged with those of their `replacements`. */
function remerge(sorted: readonly Finding[], replaced: readonly Finding[][], replacements: readonly Finding[][]): Finding[] {
  const gone = new Set(replaced.flat());
  const added = sortFindings(replacements.flat());
  const out: Finding[] = [];
  let j = 0;
  for (const f of sorted) {
    if (gone.has(f)) continue;
    while (j < added.length && compareFindings(added[j]!, f) < 0) out.push(added[j++]!);
    out.push(f);
  }
  while (j < added.length) out.push(added[j++]!);
  return out;
}

/** Blocks where two timelines of one person differ in assignment or in any slot. */
function changedBlocks(s: CompiledSchedule, a: PersonTimeline, b: PersonTimeline, into: Set<number>): void {
  for (let pos = 0; pos < s.blocks.length; pos++) {
    if (a.rotationOfBlock[pos] !== b.rotationOfBlock[pos]) {
      into.add(pos);
      continue;
    }
    const { first, last } = s.blocks[pos]!;
    for (let i = first * SLOTS_PER_DAY; i < (last + 1) * SLOTS_PER_DAY; i++) {
      if (a.slotRotation[i] !== b.slotRotation[i] || a.slotMinutes[i] !== b.slotMinutes[i]) {
        into.add(pos);
        break;
      }
    }
  }
}

export function createIncrementalValidator(doc: ScheduleDocument): IncrementalValidator {
  let state = fullState(doc);
  return {
    findings: () => state.sorted.slice(),
    update(next, touched) {
      const fingerprint = structuralFingerprint(next);
      if (touched.all === true || fingerprint !== state.fingerprint) {
        state = fullState(next);
        return state.sorted.slice();
      }
      // Same structure: the compiled year, rotations and people still hold; only the document moves.
      const s: CompiledSchedule = { ...state.s, doc: next };
      const ids = new Set((touched.personIds ?? []).filter((id) => s.personIndex.has(id)));
      const blocks = new Set<number>();
      for (const n of touched.blocks ?? []) {
        const pos = s.blockPosByNumber.get(n);
        if (pos !== undefined) blocks.add(pos);
      }
      const people = state.people.slice();
      const byPerson = state.byPerson.slice();
      const replaced: Finding[][] = [];
      const replacements: Finding[][] = [];
      const inputs = groupByPerson(next, ids);
      for (const id of ids) {
        const t = expandPerson(s, id, inputs.get(id)!);
        // Every entry of a person listed twice gets the same timeline, as in a full run.
        for (let j = 0; j < people.length; j++) {
          if (people[j]!.personId !== id) continue;
          changedBlocks(s, people[j]!, t, blocks);
          people[j] = t;
          const next = personFindings(s, t);
          replaced.push(byPerson[j]!);
          replacements.push(next);
          byPerson[j] = next;
        }
      }
      const byBlock = state.byBlock.slice();
      for (const pos of blocks) {
        const next = blockFindings(s, pos, people);
        replaced.push(byBlock[pos]!);
        replacements.push(next);
        byBlock[pos] = next;
      }
      state = { s, fingerprint, people, byPerson, byBlock, sorted: remerge(state.sorted, replaced, replacements) };
      return state.sorted.slice();
    },
  };
}
