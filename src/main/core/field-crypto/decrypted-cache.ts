// Owns the bounded cache of decrypted field values, so a grid of 150 residents does not pay one
// AES-GCM per name per render. Keyed by the envelope itself (its AAD and random nonce), so an
// updated value can never be served stale. Cleared on lock and logout.
export interface DecryptedCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  clear(): void;
  readonly size: number;
}

export function createDecryptedCache(maxEntries = 20_000): DecryptedCache {
  // Map keeps insertion order: re-inserting on read makes it an LRU.
  const map = new Map<string, string>();
  return {
    get(key) {
      const v = map.get(key);
      if (v !== undefined) {
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      if (map.size > maxEntries) map.delete(map.keys().next().value!);
    },
    clear: () => map.clear(),
    get size() {
      return map.size;
    },
  };
}
