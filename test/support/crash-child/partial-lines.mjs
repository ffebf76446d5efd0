// Crash-harness self-test child: speaks the line protocol badly on purpose. It splits lines across
// separate writes (so they reach the parent in separate chunks) and leaves its last line without a
// newline, then waits to be killed ('hang') or exits by itself ('exit').
//
// Usage: node partial-lines.mjs hang|exit
import { writeSync } from 'node:fs';

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const mode = process.argv[2];
if (mode !== 'hang' && mode !== 'exit') {
  process.stderr.write('usage: partial-lines.mjs hang|exit\n');
  process.exit(64);
}

for (const piece of ['commit 1\n', 'com', 'mit 2', '2\ncommit 3\nother 7\ncommit 4']) {
  writeSync(1, piece);
  pause(30);
}
if (mode === 'exit') process.exit(0);
for (;;) pause(1000);
