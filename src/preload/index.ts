// The preload: exposes the typed bridge and nothing else. No logic, no Node, no secrets.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '../shared/contract/events';
import {
  BRIDGE_GLOBAL,
  type BridgeProgress,
  IPC_CANCEL,
  IPC_EVENT,
  IPC_INVOKE,
  IPC_PROGRESS,
  type RendererBridge,
} from '../shared/contract/bridge';

const bridge: RendererBridge = {
  invoke: (request) => ipcRenderer.invoke(IPC_INVOKE, request),
  cancel: (jobId) => ipcRenderer.invoke(IPC_CANCEL, jobId),
  onProgress(listener) {
    const handler = (_event: IpcRendererEvent, frame: BridgeProgress) => listener(frame);
    ipcRenderer.on(IPC_PROGRESS, handler);
    return () => ipcRenderer.removeListener(IPC_PROGRESS, handler);
  },
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT, handler);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
