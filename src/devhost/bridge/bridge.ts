// The browser host's stand-in for the Electron preload: defines window.resched (RendererBridge)
// over the loopback WebSocket. Served only by the devhost; never part of the renderer bundle.
import type { Envelope } from '../../shared/contract/channel';
import { BRIDGE_GLOBAL, type BridgeProgress, type RendererBridge } from '../../shared/contract/bridge';
import type { AppEvent } from '../../shared/contract/events';
import { DEVHOST_SUBPROTOCOL, DEVHOST_WS_PATH, TOKEN_PROTOCOL_PREFIX } from '../protocol';

const TOKEN_KEY = 'resched.devhost.token';

function takeToken(): string {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();
let nextId = 1;
const pending = new Map<number, (value: unknown) => void>();
const progressListeners = new Set<(frame: BridgeProgress) => void>();
const eventListeners = new Set<(event: AppEvent) => void>();
let socket: Promise<WebSocket> | null = null;

const bridgeFailure = (): Envelope<never> => ({
  ok: false,
  error: { code: 'ERR_IPC_FORBIDDEN_SENDER', message: 'Lost the connection to the browser host. Restart it and open the new address.' },
});

function connect(): Promise<WebSocket> {
  if (socket) return socket;
  socket = new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${location.host}${DEVHOST_WS_PATH}`, [DEVHOST_SUBPROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`]);
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error('devhost connection failed'));
    ws.onclose = () => {
      socket = null;
      for (const settle of pending.values()) settle(bridgeFailure());
      pending.clear();
    };
    ws.onmessage = (event) => {
      const msg = JSON.parse(String(event.data)) as { type: string; id?: number; value?: unknown; frame?: BridgeProgress; event?: AppEvent };
      if (msg.type === 'progress' && msg.frame) for (const l of progressListeners) l(msg.frame);
      else if (msg.type === 'event' && msg.event) for (const l of eventListeners) l(msg.event);
      else if (typeof msg.id === 'number') {
        pending.get(msg.id)?.(msg.value);
        pending.delete(msg.id);
      }
    };
  });
  socket.catch(() => {
    socket = null;
  });
  return socket;
}

async function send<T>(message: Record<string, unknown>, onFail: T): Promise<T> {
  let ws: WebSocket;
  try {
    ws = await connect();
  } catch {
    return onFail;
  }
  const id = nextId++;
  return new Promise<T>((resolve) => {
    pending.set(id, resolve as (v: unknown) => void);
    ws.send(JSON.stringify({ ...message, id }));
  });
}

const bridge: RendererBridge = {
  invoke: (request) => send({ type: 'invoke', request }, bridgeFailure()),
  cancel: (jobId) => send({ type: 'cancel', jobId }, false),
  onProgress(listener) {
    progressListeners.add(listener);
    return () => progressListeners.delete(listener);
  },
  onEvent(listener) {
    eventListeners.add(listener);
    // Events only flow on an open socket: open it now rather than at the first call.
    void connect().catch(() => undefined);
    return () => eventListeners.delete(listener);
  },
};

Object.defineProperty(globalThis, BRIDGE_GLOBAL, { value: Object.freeze(bridge), writable: false, configurable: false });
