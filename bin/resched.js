#!/usr/bin/env node
// The `resched` admin CLI. Built by `npm run build` into out/cli.
import('../out/cli/resched.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('resched: not built yet — run `npm run build` first.\n');
    process.exit(70);
  }
  throw e;
});
