// Owns session-wide defences: every permission denied, every request to anything but our own
// app:// scheme (and devtools in development) cancelled, so no remote content can ever load.
import type { Session } from 'electron';

// blob: URLs are made by our own page from its own data (the audit CSV download); never remote.
const ALLOWED_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    let scheme = '';
    try {
      scheme = new URL(details.url).protocol;
    } catch {
      /* unparsable: refuse */
    }
    callback({ cancel: !ALLOWED_SCHEMES.has(scheme) });
  });
}
