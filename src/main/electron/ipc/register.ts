// Owns the only use of ipcMain. Every renderer call arrives here, is refused unless it comes from
// our own page's main frame, and is handed to the core dispatcher, which validates the rest.
import type { Dispatcher } from '../../core/ipc';
import { errorMessages, IPC_CANCEL, IPC_INVOKE } from '../../../shared/contract';

/** The slice of Electron's IpcMainInvokeEvent we rely on (kept narrow so tests can build one). */
export interface InvokeEventLike {
  sender: { id: number; mainFrame: unknown; once(event: 'destroyed', cb: () => void): unknown };
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export const APP_ORIGIN = 'app://renderer';

/** Our page, in its top-level frame: sub-frames and any other origin are refused. */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function registerIpc(ipcMain: IpcMainLike, dispatcher: Dispatcher): void {
  const known = new Set<number>();
  const callerOf = (event: InvokeEventLike) => {
    const id = event.sender.id;
    if (!known.has(id)) {
      known.add(id);
      event.sender.once('destroyed', () => {
        known.delete(id);
        dispatcher.dropCaller({ id: `wc-${id}` });
      });
    }
    return { id: `wc-${id}` };
  };

  ipcMain.handle(IPC_INVOKE, async (event, frame) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'ERR_IPC_FORBIDDEN_SENDER', message: errorMessages.ERR_IPC_FORBIDDEN_SENDER } };
    }
    return dispatcher.dispatch(callerOf(event), frame);
  });

  ipcMain.handle(IPC_CANCEL, (event, jobId) => {
    if (!isTrustedSender(event)) return false;
    return dispatcher.cancel(callerOf(event), jobId);
  });
}
