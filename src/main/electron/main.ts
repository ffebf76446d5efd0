// Composition root of the desktop app: build the core, harden the session, register IPC, open the
// window. No logic lives here.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, session, shell } from 'electron';
import { createCore } from '../core/api';
import { createLogger, stderrSink } from '../core/log';
import { assertSecureStartup, InsecureConfigurationError } from '../core/startup';
import { createKeytarBackend } from '../core/vault';
import { IPC_EVENT, IPC_PROGRESS } from '../../shared/contract';
import { PRODUCT_NAME } from '../../shared/product';
import { registerIpc } from './ipc/register';
import { APP_SCHEME, registerAppProtocol } from './protocol/app-protocol';
import { guardWebContents } from './security/guard-web-contents';
import { hardenSession } from './security/harden-session';
import { createMainWindow } from './windows/main-window';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const log = createLogger(stderrSink, 'main');
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const iterations = process.env['RESCHED_PBKDF2_ITERATIONS'];
    try {
      assertSecureStartup({ pbkdf2Iterations: iterations });
    } catch (e) {
      if (!(e instanceof InsecureConfigurationError)) throw e;
      dialog.showErrorBox(PRODUCT_NAME, e.message);
      app.exit(78);
      return;
    }
    const core = createCore({
      dataDir: path.join(app.getPath('userData'), 'data'),
      keychain: createKeytarBackend(),
      log,
      ...(iterations ? { pbkdf2Iterations: Number(iterations) } : {}),
      identity: { productName: PRODUCT_NAME, version: app.getVersion(), host: 'electron' },
      emitProgress: (caller, frame) => {
        const id = Number(caller.id.replace(/^wc-/, ''));
        BrowserWindow.getAllWindows()
          .find((w) => w.webContents.id === id)
          ?.webContents.send(IPC_PROGRESS, frame);
      },
      broadcast: (event) => {
        for (const w of BrowserWindow.getAllWindows()) w.webContents.send(IPC_EVENT, event);
      },
    });
    hardenSession(session.defaultSession);
    registerAppProtocol(protocol, path.join(__dirname, '../renderer'));
    registerIpc(ipcMain, core.dispatcher);
    // Locking the screen locks every session: the password is needed again, and open work is kept.
    powerMonitor.on('lock-screen', () => core.lockAllSessions());
    app.on('before-quit', () => core.shutdown());
    mainWindow = createMainWindow(path.join(__dirname, '../preload/index.cjs'));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
