// Owns the per-program keys: a data key and a blind-index key for each (program, key version),
// derived from the master key with HKDF (distinct labels, context "programId|vN"). Derived keys are
// kept in memory only while the vault is unlocked.
import type { Vault } from '../vault';

export interface ProgramKeyring {
  dataKey(programId: string, version: number): Buffer;
  blindIndexKey(programId: string, version: number): Buffer;
  /** Forget every derived key (lock, logout). */
  clear(): void;
}

export function createProgramKeyring(vault: Pick<Vault, 'derive' | 'onLockChange'>): ProgramKeyring {
  const cache = new Map<string, Buffer>();
  const get = (purpose: 'programDataKey' | 'programBlindIndexKey', programId: string, version: number) => {
    if (!Number.isInteger(version) || version < 1) throw new RangeError('program key version must be a positive integer');
    const id = `${purpose}|${programId}|v${version}`;
    let key = cache.get(id);
    if (!key) {
      key = vault.derive(purpose, `${programId}|v${version}`);
      cache.set(id, key);
    }
    return key;
  };
  const clear = () => {
    for (const k of cache.values()) k.fill(0);
    cache.clear();
  };
  vault.onLockChange((unlocked) => {
    if (!unlocked) clear();
  });
  return {
    dataKey: (programId, version) => get('programDataKey', programId, version),
    blindIndexKey: (programId, version) => get('programBlindIndexKey', programId, version),
    clear,
  };
}
