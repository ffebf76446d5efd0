// A full academic year for 150 residents and 20 faculty, as test/bench/rules.bench.ts builds it
// (13 four-week blocks, 12 rotations, in-house call every 4th night on call-eligible rotations with
// the day after off): the size the validation worker exists for (tests only).
import { ScheduleDocument, type ScheduleDocumentInput, WEEKDAYS } from '../../src/shared/domain';

export const RESIDENTS = 150;
export const FACULTY = 20;
export const BLOCKS = 13;

const date = (n: number) => new Date(Date.UTC(2026, 6, 1 + n)).toISOString().slice(0, 10);
const none = { am: null, pm: null, night: null };
const weekly = (days: number, am: string | null, pm: string | null, night: string | null = null) =>
  Object.fromEntries(WEEKDAYS.map((w, i) => [w, i < days ? { am, pm, night } : none])) as ScheduleDocumentInput['rotations'][number]['pattern'];

export function yearOf150(): ScheduleDocument {
  const rotations: ScheduleDocumentInput['rotations'] = [];
  const kinds = [
    { code: 'WARD', pattern: weekly(6, 'Ward', 'Ward') },
    { code: 'CLIN', pattern: weekly(6, 'Clinic', 'Clinic') },
    { code: 'ICU', pattern: weekly(6, 'ICU', 'ICU') },
    { code: 'NF', pattern: weekly(6, null, null, 'Night float'), nightFloat: true, supervised: false },
    { code: 'ED', pattern: weekly(6, 'ED', 'ED') },
    { code: 'ELEC', pattern: weekly(5, 'Elective', 'Elective') },
  ];
  for (let i = 0; i < 12; i++) {
    const { code, ...k } = kinds[i % kinds.length]!;
    rotations.push({ id: `rot${i}`, code: `${code}${i}`, name: `${code} ${i}`, colour: '#336699', capacity: { min: 10, max: 14 }, callEligible: i % 6 === 0 || i % 6 === 2, ...k });
  }
  const people: ScheduleDocumentInput['people'] = [];
  const assignments: ScheduleDocumentInput['assignments'] = [];
  const calls: NonNullable<ScheduleDocumentInput['calls']> = [];
  const overrides: NonNullable<ScheduleDocumentInput['overrides']> = [];
  for (let r = 0; r < RESIDENTS; r++) {
    people.push({ id: `res${r}`, kind: 'resident', pgy: (r % 3) + 1, name: `Resident ${r}` });
    for (let b = 1; b <= BLOCKS; b++) {
      const rot = (r + b) % 12;
      assignments.push({ personId: `res${r}`, block: b, rotationId: `rot${rot}` });
      if (!rotations[rot]!.callEligible) continue;
      for (let d = r % 4; d < 28; d += 4) {
        const n = (b - 1) * 28 + d;
        calls.push({ personId: `res${r}`, date: date(n), kind: 'in-house' });
        for (const slot of ['AM', 'PM'] as const) overrides.push({ personId: `res${r}`, date: date(n + 1), slot, activity: 'off', reason: 'post-call' });
      }
    }
  }
  for (let f = 0; f < FACULTY; f++) {
    people.push({ id: `fac${f}`, kind: 'faculty', facultyRole: 'attending', name: `Faculty ${f}` });
    for (let b = 1; b <= BLOCKS; b++) assignments.push({ personId: `fac${f}`, block: b, rotationId: `rot${(f + b) % 12}` });
  }
  return ScheduleDocument.parse({
    formatVersion: 1,
    program: { code: 'BENCH' },
    parameters: {},
    academicYear: {
      label: '2026–27',
      startDate: date(0),
      endDate: date(BLOCKS * 28 - 1),
      blocks: Array.from({ length: BLOCKS }, (_, i) => ({ number: i + 1, startDate: date(i * 28), endDate: date(i * 28 + 27) })),
    },
    people,
    rotations,
    assignments,
    calls,
    overrides,
    holidays: [{ date: '2026-07-03', name: 'Independence Day (observed)' }],
  });
}

export { date as dayOfYear };
