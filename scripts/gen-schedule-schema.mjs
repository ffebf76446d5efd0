// Writes schema/schedule.schema.json from the zod schema (src/shared/domain/schedule.ts) through
// src/cli/schedule-file/json-schema.ts, bundled on the fly. `--check` writes nothing and exits 1
// when the committed file differs (test/unit/cli/schedule-schema-file.test.ts checks the same).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const target = new URL('../schema/schedule.schema.json', import.meta.url);
const bundled = await build({
  entryPoints: [new URL('../src/cli/schedule-file/json-schema.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { scheduleJsonSchemaText } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const text = scheduleJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as different
  }
  if (current !== text) {
    process.stderr.write('schema/schedule.schema.json is out of date: run `npm run schema:schedule`\n');
    process.exit(1);
  }
} else {
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote schema/schedule.schema.json (${text.length} bytes)\n`);
}
