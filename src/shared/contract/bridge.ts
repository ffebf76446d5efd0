// Owns the tiny surface the renderer gets from its host: the preload in Electron, the devhost's
// bridge script in a browser. Both speak exactly this, so the renderer has one code path.
import type { Envelope } from './channel';
import type { AppEvent } from './events';

/** Raw IPC channel names; only main/electron/ipc and the preload use them. */
export const IPC_INVOKE = 'rpc:invoke';
export const IPC_CANCEL = 'rpc:cancel';
export const IPC_PROGRESS = 'rpc:progress';
export const IPC_EVENT = 'rpc:event';

export interface BridgeRequest {
  channel: string;
  input: unknown;
  jobId?: string;
}

export interface BridgeProgress {
  jobId: string;
  channel: string;
  progress: unknown;
}

export interface RendererBridge {
  invoke(request: BridgeRequest): Promise<Envelope<unknown>>;
  cancel(jobId: string): Promise<boolean>;
  onProgress(listener: (frame: BridgeProgress) => void): () => void;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** The global name under which a host exposes the bridge. */
export const BRIDGE_GLOBAL = 'resched';
