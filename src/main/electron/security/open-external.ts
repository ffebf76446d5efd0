// Owns the only door to the outside world: a short allow-list of documentation pages the app may
// open in the user's browser. Everything else is refused and logged.
import type { Shell } from 'electron';

export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'https://www.acgme.org/',
  'https://pages.nist.gov/800-63-4/',
];

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOW_LIST.some((prefix) => u.href.startsWith(prefix));
  } catch {
    return false;
  }
}

export async function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: string): Promise<boolean> {
  if (!isAllowedExternal(url)) return false;
  // Only allow-listed https documentation pages reach this line.
  await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
