// Test support for re-encryption: a real unlocked workstation (vault + encrypted store) with the
// real programs, people and users services over it, and a keyring of its own (derived from the
// same master key, so it holds the same keys the services use).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPassword, createPasswordHasher } from '../../../../../src/main/core/auth/password';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../../../../../src/main/core/field-crypto';
import { createMemoryLogger } from '../../../../../src/main/core/log';
import { createPeopleService } from '../../../../../src/main/core/people';
import { createProgramsService } from '../../../../../src/main/core/programs';
import { createUsersService } from '../../../../../src/main/core/users';
import { createWorkstation } from '../../../../../src/main/core/workstation';

export async function rotationFixture() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'resched-reencrypt-'));
  const workstation = createWorkstation({ dataDir: dir, keychain: null, log: createMemoryLogger().logger, appVersion: 'test' });
  await workstation.setup({ useKeychain: false, passphrase: 'orbit lantern quietly marching seventy' });
  const reader = () => workstation.reader();
  const writer = () => workstation.writer();
  const keys = createProgramKeyring(workstation.vault);
  const cipher = createFieldCipher(keys, createDecryptedCache());
  const programs = createProgramsService({ reader, writer });
  const people = createPeopleService({ reader, writer, programs, keys, cipher });
  const hasher = createPasswordHasher({ workers: 1 });
  const users = createUsersService({
    reader,
    writer,
    cipher,
    hashing: hasher,
    policy: (password, ctx) => {
      const v = checkPassword(password, ctx);
      return v.ok ? null : { code: v.code, message: v.message };
    },
  });
  // Separate from the services' keyring: the job gets its own, as the rotation framework will.
  const jobKeys = createProgramKeyring(workstation.vault);
  return {
    dir,
    workstation,
    reader,
    writer,
    programs,
    people,
    users,
    deps: { writer, keys: jobKeys },
    async close() {
      await hasher.close();
      workstation.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type RotationFixture = Awaited<ReturnType<typeof rotationFixture>>;
