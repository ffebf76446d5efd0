// Owns the main window and its webPreferences: every item of Electron's security checklist that
// lives in a window is set here explicitly, not left to defaults.
import path from 'node:path';
import { app, BrowserWindow, nativeTheme } from 'electron';
import { PRODUCT_NAME } from '../../../shared/product';
import { APP_HOST, APP_SCHEME } from '../protocol/app-protocol';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#ffffff',
    webPreferences: {
      // The preload is the typed bridge and nothing else (src/preload/index.ts).
      preload: path.resolve(preloadPath), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // DevTools would let anyone at the keyboard drive the IPC bridge: development builds only.
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`);
  return win;
}
