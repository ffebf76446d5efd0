// Owns the JSON Schema of the schedule file (schema/schedule.schema.json), generated from the one
// zod schema so the two never disagree. Input side: fields with defaults are optional. What JSON
// Schema cannot say (real calendar dates, capacity min <= max, cross-references) is checked by
// `resched validate` and described in docs/formats/schedule.md.
import { z } from 'zod';
import { SCHEDULE_FORMAT_VERSION, ScheduleDocument } from '../../shared/domain';

export function scheduleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScheduleDocument, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:residency-scheduler:schema:schedule:${SCHEDULE_FORMAT_VERSION}`,
    title: `Residency Scheduler schedule file, formatVersion ${SCHEDULE_FORMAT_VERSION}`,
    description:
      'One program’s schedule for one academic year. Generated from src/shared/domain/schedule.ts by scripts/gen-schedule-schema.mjs; do not edit. See docs/formats/schedule.md.',
    ...rest,
  };
}

/** The committed file's exact text: 2-space JSON and a final newline. */
export function scheduleJsonSchemaText(): string {
  return `${JSON.stringify(scheduleJsonSchema(), null, 2)}\n`;
}
