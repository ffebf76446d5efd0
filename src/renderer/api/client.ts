// Owns the renderer's only way to reach main: typed calls over the host's bridge (the preload in
// Electron, the devhost script in a browser). Types come from the contract; nothing is restated.
import {
  type AppContract,
  type AppEvent,
  BRIDGE_GLOBAL,
  type BridgeProgress,
  type ChannelName,
  type Envelope,
  type InputOf,
  type OutputOf,
  type RendererBridge,
} from '../../shared/contract';

function bridge(): RendererBridge {
  const b = (globalThis as unknown as Record<string, RendererBridge | undefined>)[BRIDGE_GLOBAL];
  if (!b) throw new Error('The application bridge is missing: open the app from its launcher.');
  return b;
}

export function call<K extends ChannelName>(
  channel: K,
  input: InputOf<AppContract, K>,
  options: { jobId?: string } = {},
): Promise<Envelope<OutputOf<AppContract, K>>> {
  const request = options.jobId ? { channel, input, jobId: options.jobId } : { channel, input };
  return bridge().invoke(request) as Promise<Envelope<OutputOf<AppContract, K>>>;
}

export const cancel = (jobId: string): Promise<boolean> => bridge().cancel(jobId);

export const onProgress = (listener: (frame: BridgeProgress) => void): (() => void) => bridge().onProgress(listener);

export const onEvent = (listener: (event: AppEvent) => void): (() => void) => bridge().onEvent(listener);

export const newJobId = (): string => crypto.randomUUID().replace(/-/g, '');
