// Crash-harness child (test/support/crash-harness.ts) for key rotation, run from a bundle of this
// file (bundle-ts-child.ts), so it drives the production modules themselves. It never closes the
// store: every run ends in a SIGKILL or an unclean exit.
//
//   node key-rotation-loop.mjs reencrypt <store file> <db key hex> <mk hex> <salt hex>
//     Rotates the one program's data key and re-encrypts it, over and over (resuming a job the
//     last kill interrupted), while the "app" keeps editing people between the job's batches.
//   node key-rotation-loop.mjs rekey <data dir> <mk hex> <salt hex>
//     Re-keys the database under the next database-key version, over and over.
//
// Keys are derived from the master key with the vault's own HKDF labels (deriveKey); passing key
// material in argv is acceptable only here, with throwaway random test keys.
// stdout, one `<verb> <id>` line per event, written with fs.writeSync after the event is durable:
//   ready <run>            store open (reencrypt) / process started (rekey)
//   rotate <version>       the program was moved to data-key version <version> (committed)
//   progress <done>        a batch of the job committed; <done> rows are at the target version
//   pending <i>.<rev>      about to save person <i> as revision <rev> (may or may not survive a kill)
//   commit <i>.<rev>       person <i> saved as revision <rev> (committed)
//   settled <version>      the store's database-key version, after settling any interrupted rekey
//   commit <version>       (rekey) the store is re-keyed under <version> and the record says so
import { readSync, writeSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { deriveKey, type HkdfPurpose } from '../../../src/main/core/crypto';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../../../src/main/core/field-crypto';
import { createPeopleService } from '../../../src/main/core/people';
import { createProgramsService } from '../../../src/main/core/programs';
import { reencryptScope, staleRowCount, startProgramKeyRotation } from '../../../src/main/core/reencrypt';
import { databaseKeyContext, rekeyDatabase, settleDatabaseKeyVersion } from '../../../src/main/core/rekey';
import { asReadable, asWritable, openStore } from '../../../src/main/core/store';

/** The person every revision writes: the verifier recomputes it from (i, rev). */
export const personAt = (i: number, rev: number) => ({
  kind: 'resident' as const,
  name: `Person ${i} rev ${rev}`,
  email: `p${i}.r${rev}@example.org`,
  licence: `LIC-${i}-${rev}`,
  notes: `notes of ${i} at ${rev}`,
});

function emit(text: string): void {
  const bytes = Buffer.from(text);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(1, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') process.exit(2);
    }
  }
}

function waitForGo(): void {
  const buf = Buffer.alloc(16);
  let got = '';
  while (!got.includes('\n')) {
    let n: number;
    try {
      n = readSync(0, buf);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      continue;
    }
    if (n === 0) process.exit(0);
    got += buf.toString('latin1', 0, n);
  }
}

const deriver = (mkHex: string, saltHex: string) => {
  const mk = Buffer.from(mkHex, 'hex');
  const salt = Buffer.from(saltHex, 'hex');
  return (purpose: HkdfPurpose, context?: string) => deriveKey(mk, salt, purpose, context);
};

async function reencryptLoop(file: string, dbKeyHex: string, mkHex: string, saltHex: string): Promise<void> {
  const db = openStore(file, Buffer.from(dbKeyHex, 'hex'));
  const derive = deriver(mkHex, saltHex);
  const keys = createProgramKeyring({ derive, onLockChange: () => () => true });
  const reader = () => asReadable(db);
  const writer = () => asWritable(db);
  const programs = createProgramsService({ reader, writer });
  const people = createPeopleService({ reader, writer, programs, keys, cipher: createFieldCipher(keys, createDecryptedCache()) });
  const program = programs.list()[0]!;
  const ids = people.list(program.id).map((p) => ({ id: p.id, i: Number(/^Person (\d+) rev (\d+)$/.exec(p.name)![1]), rev: Number(/rev (\d+)$/.exec(p.name)![1]) }));
  emit(`ready ${process.pid}\n`);

  // The app keeps working during the job: edits land between its batches.
  let stop = false;
  const edits = (async () => {
    while (!stop) {
      await nextTurn();
      if (Math.random() < 0.5) {
        const p = ids[Math.floor(Math.random() * ids.length)]!;
        const rev = p.rev + 1;
        emit(`pending ${p.i}.${rev}\n`);
        people.update(program.id, p.id, personAt(p.i, rev));
        p.rev = rev;
        emit(`commit ${p.i}.${rev}\n`);
      }
    }
  })();
  for (let rotations = 0; rotations < 1000; rotations++) {
    const current = programs.require(program.id).dataKeyVersion;
    if (current === 1 || staleRowCount(writer(), program.id, current) === 0) {
      emit(`rotate ${startProgramKeyRotation(writer(), program.id).toVersion}\n`);
    }
    await reencryptScope({ writer, keys }, program.id, { onProgress: (p) => emit(`progress ${p.done}\n`) });
  }
  stop = true;
  await edits;
}

async function rekeyLoop(dataDir: string, mkHex: string, saltHex: string): Promise<void> {
  const derive = deriver(mkHex, saltHex);
  const keyFor = (v: number) => derive('databaseKey', databaseKeyContext(v));
  emit(`ready ${process.pid}\n`);
  for (let i = 0; i < 1000; i++) {
    const version = await settleDatabaseKeyVersion(dataDir, keyFor);
    emit(`settled ${version}\n`);
    const r = await rekeyDatabase({ dataDir, toVersion: version + 1, keyFor });
    emit(`commit ${r.toVersion}\n`);
  }
}

function main(): void {
  const [mode, ...args] = process.argv.slice(2);
  if (process.env['CRASH_HARNESS_WAIT_FOR_GO'] === '1') waitForGo();
  const work =
    mode === 'reencrypt'
      ? reencryptLoop(args[0]!, args[1]!, args[2]!, args[3]!)
      : mode === 'rekey'
        ? rekeyLoop(args[0]!, args[1]!, args[2]!)
        : Promise.reject(new Error(`unknown mode ${mode}`));
  work.then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${String((e as Error).stack ?? e)}\n`);
      process.exit(1);
    },
  );
}

// Run only as the child itself; the tests import personAt from this file without starting it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
