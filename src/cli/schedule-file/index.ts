// The schedule file as `resched validate` reads and answers it: reading, parsing with exact
// locations of every problem, the findings report, and the JSON Schema generated from the zod schema.
export { buildReport, findingLine, humanReport, type ValidationReport } from './findings-report';
export { formatProblem, type LocatedProblem } from './problems';
export { readInputText } from './read-input';
export { MAX_REPORTED_PROBLEMS, parseScheduleSource, type ScheduleSource } from './schedule-source';
export { scheduleJsonSchema, scheduleJsonSchemaText } from './json-schema';
