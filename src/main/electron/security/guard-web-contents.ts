// Owns per-window defences: no navigation away from our page, no new windows (allow-listed
// links go to the OS browser instead), no <webview>, no attaching of foreign preloads.
import type { Shell, WebContents } from 'electron';
import { APP_ORIGIN } from '../ipc/register';
import { openExternalSafely } from './open-external';

export function guardWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(shell, url);
    return { action: 'deny' };
  });
}
