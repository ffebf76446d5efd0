import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSecureStartup, validateStartup } from '../../../../../src/main/core/startup';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

describe('start-up validation', () => {
  it('accepts the defaults', () => {
    expect(validateStartup({})).toEqual([]);
  });

  it.each(['1000', '599999', 'lots', '1e9', '600000.5'])('refuses RESCHED_PBKDF2_ITERATIONS=%s and says what to do', (value) => {
    const [problem] = validateStartup({ pbkdf2Iterations: value });
    expect(problem).toMatchObject({ setting: 'RESCHED_PBKDF2_ITERATIONS', fix: expect.stringContaining('600000') });
  });

  it('accepts a raised iteration count', () => {
    expect(validateStartup({ pbkdf2Iterations: '1200000' })).toEqual([]);
  });

  it('refuses a weak configured passphrase', () => {
    const file = path.join(tempDir(), 'pass');
    writeFileSync(file, 'password', { mode: 0o600 });
    expect(validateStartup({ secretFiles: [{ path: file, contents: 'password', purpose: 'vault passphrase' }] })).toEqual([
      expect.objectContaining({ setting: file, problem: expect.stringContaining('too weak') }),
    ]);
  });

  it.skipIf(process.platform === 'win32')('refuses a secret file other users can read, naming the chmod that fixes it', () => {
    const file = path.join(tempDir(), 'pass');
    writeFileSync(file, 'orbit lantern quietly marching seventy');
    chmodSync(file, 0o644);
    expect(validateStartup({ secretFiles: [{ path: file, contents: 'orbit lantern quietly marching seventy', purpose: 'vault passphrase' }] })).toEqual([
      expect.objectContaining({ fix: `chmod 600 ${file}` }),
    ]);
  });

  it('stops with one message listing every problem', () => {
    expect(() => assertSecureStartup({ pbkdf2Iterations: '10' })).toThrow(/Refusing to start with an insecure configuration:\n {2}- RESCHED_PBKDF2_ITERATIONS/);
  });
});
