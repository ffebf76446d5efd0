// `resched validate`: check a schedule file (docs/formats/schedule.md) against the schema and the
// duty-hour and coverage rules, headless, for scripts, other tools and auditors. Reads only.
import { parseArgs } from 'node:util';
import { validateSchedule } from '../../main/core/scheduling';
import { EXIT, type ExitCode, UsageError } from '../exit-codes';
import { createOut } from '../output';
import { buildReport, formatProblem, humanReport, parseScheduleSource, readInputText } from '../schedule-file';

export const validateHelp = `resched validate --input FILE.json [--json]

Reads a schedule file (docs/formats/schedule.md; "-" reads stdin), checks it against the format
and its cross-references, then runs every duty-hour and coverage rule and prints each finding:
severity, rule id, person, dates, measured value and limit, explanation and fix.
--json prints { valid, summary: { errors, warnings }, findings } instead.
Exit 0 no error findings (warnings allowed), 1 error findings, 2 unreadable input: a missing file,
invalid JSON or a file the format refuses, each problem shown as FILE:LINE:COLUMN $.path: message.`;

export function validateCommand(argv: string[]): Promise<ExitCode> {
  // Synchronous work; the promise is the shape every command has.
  return Promise.resolve().then(() => validate(argv));
}

function validate(argv: string[]): ExitCode {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { input: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!values.input) throw new UsageError('--input is required (a file, or - for stdin)');
  const out = createOut(values.json);

  const input = readInputText(values.input);
  if (!input.ok) {
    // Like every command's errors, plain text on stderr even with --json: there is no document to locate in.
    process.stderr.write(`resched validate: ${input.message}\n`);
    return EXIT.usage;
  }
  const source = parseScheduleSource(input.text, input.file);
  if (!source.ok) {
    const more = source.total - source.problems.length;
    const lines = source.problems.map(formatProblem);
    if (more > 0) lines.push(`… and ${more} more (only the first ${source.problems.length} are shown)`);
    process.stderr.write(`${lines.join('\n')}\nresched validate: ${input.file} is not a valid schedule file (${source.total} problem${source.total === 1 ? '' : 's'})\n`);
    // The located problems are this command's answer, so tools get them as JSON too.
    if (out.json) out.result({ valid: false, inputErrors: source.problems, inputErrorCount: source.total }, '');
    return EXIT.usage;
  }

  const report = buildReport(validateSchedule(source.doc));
  out.result({ ...report }, humanReport(report, input.file));
  return report.valid ? EXIT.ok : EXIT.failed;
}
