// The committed JSON Schema and the example files must say what the zod schema says today.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScheduleSource, scheduleJsonSchemaText } from '../../../src/cli/schedule-file';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'docs/formats/examples');

describe('schema/schedule.schema.json', () => {
  it('is exactly what the zod schema generates now (run `npm run schema:schedule` after changing it)', () => {
    expect(readFileSync(path.join(ROOT, 'schema/schedule.schema.json'), 'utf8')).toBe(scheduleJsonSchemaText());
  });

  it('leaves fields with defaults optional and closes every object', () => {
    const schema = JSON.parse(scheduleJsonSchemaText()) as { required: string[]; additionalProperties: boolean };
    expect(schema.required.sort()).toEqual(['academicYear', 'assignments', 'formatVersion', 'people', 'program', 'rotations']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('docs/formats/examples', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

  it('holds a valid example and one with violations', () => {
    expect(files.sort()).toEqual(['valid-schedule.json', 'violations-schedule.json']);
  });

  it.each(files)('%s is a schedule file the format accepts', (file) => {
    const r = parseScheduleSource(readFileSync(path.join(EXAMPLES, file), 'utf8'), file);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});
