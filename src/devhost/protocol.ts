// Owns the messages between the browser host's page bridge and its server. The request inside
// is the same frame Electron's IPC carries; the dispatcher validates it the same way.
export const DEVHOST_SUBPROTOCOL = 'resched-devhost-v1';
export const TOKEN_PROTOCOL_PREFIX = 'token.';
export const DEVHOST_WS_PATH = '/__devhost/ipc';
export const DEVHOST_BRIDGE_PATH = '/__devhost/bridge.js';
export const MAX_WS_MESSAGE_BYTES = 256 * 1024;
