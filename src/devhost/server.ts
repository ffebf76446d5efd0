// Owns the browser host's HTTP + WebSocket server: loopback only, the built renderer with the same
// CSP as app://, and the IPC bridge for connections that show this run's token from our origin.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Dispatcher } from '../main/core/ipc';
import type { Logger } from '../main/core/log';
import { securityHeaders } from '../shared/security';
import { ClientMessage } from './messages';
import {
  DEVHOST_BRIDGE_PATH,
  DEVHOST_SUBPROTOCOL,
  DEVHOST_WS_PATH,
  MAX_WS_MESSAGE_BYTES,
  TOKEN_PROTOCOL_PREFIX,
} from './protocol';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface DevhostOptions {
  rendererDir: string;
  bridgeFile: string;
  port?: number;
  log: Logger;
  /** Set once the core exists; the server is created first so the progress sink can reach sockets. */
  dispatcher: () => Dispatcher;
}

export interface Devhost {
  url: string;
  origin: string;
  token: string;
  sendProgress(callerId: string, frame: unknown): void;
  broadcast(event: unknown): void;
  close(): Promise<void>;
}

export async function startDevhost(opts: DevhostOptions): Promise<Devhost> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const sockets = new Map<string, WebSocket>();
  let origin = '';
  let headers: Record<string, string> = {};

  const tokenMatches = (offered: string | undefined): boolean => {
    if (!offered) return false;
    const b = Buffer.from(offered);
    return b.length === tokenBytes.length && timingSafeEqual(b, tokenBytes);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      // Host header check defeats DNS rebinding: only our own loopback origin is served.
      if (req.headers.host !== new URL(origin).host || req.method !== 'GET') {
        res.writeHead(403).end();
        return;
      }
      const pathname = new URL(req.url ?? '/', origin).pathname;
      let file: string;
      if (pathname === DEVHOST_BRIDGE_PATH) file = opts.bridgeFile;
      else {
        const rel = pathname === '/' ? '/index.html' : decodeURIComponent(pathname);
        file = path.resolve(opts.rendererDir, `.${rel}`);
        if (!file.startsWith(path.resolve(opts.rendererDir) + path.sep)) {
          res.writeHead(404).end();
          return;
        }
      }
      try {
        let body: Buffer | string = await readFile(file);
        if (path.basename(file) === 'index.html' && file.startsWith(path.resolve(opts.rendererDir))) {
          // The bridge must define window.resched before the app module runs.
          body = body.toString('utf8').replace('<head>', `<head>\n    <script src="${DEVHOST_BRIDGE_PATH}"></script>`);
        }
        res.writeHead(200, { ...headers, 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_WS_MESSAGE_BYTES,
    handleProtocols: (protocols) => (protocols.has(DEVHOST_SUBPROTOCOL) ? DEVHOST_SUBPROTOCOL : false),
  });

  server.on('upgrade', (req, socket, head) => {
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((s) => s.trim());
    const offeredToken = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))?.slice(TOKEN_PROTOCOL_PREFIX.length);
    const okPath = new URL(req.url ?? '/', origin).pathname === DEVHOST_WS_PATH;
    const okOrigin = req.headers.origin === origin;
    const okHost = req.headers.host === new URL(origin).host;
    if (!okPath || !okOrigin || !okHost || !tokenMatches(offeredToken) || !offered.includes(DEVHOST_SUBPROTOCOL)) {
      opts.log.warn('refused devhost connection', { okPath, okOrigin, okHost });
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    const caller = { id: `ws-${randomBytes(8).toString('hex')}` };
    sockets.set(caller.id, ws);
    ws.on('close', () => {
      sockets.delete(caller.id);
      opts.dispatcher().dropCaller(caller);
    });
    ws.on('message', (data, isBinary) => {
      void (async () => {
        let msg: ClientMessage;
        try {
          if (isBinary) throw new Error('binary');
          const text = (Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
          const parsed = ClientMessage.safeParse(JSON.parse(text));
          if (!parsed.success) throw new Error('bad message');
          msg = parsed.data;
        } catch {
          ws.close(1008, 'malformed message');
          return;
        }
        if (msg.type === 'invoke') {
          const value = await opts.dispatcher().dispatch(caller, msg.request);
          ws.send(JSON.stringify({ type: 'result', id: msg.id, value }));
        } else {
          ws.send(JSON.stringify({ type: 'result', id: msg.id, value: opts.dispatcher().cancel(caller, msg.jobId) }));
        }
      })();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  headers = securityHeaders({ connectSrc: `ws://127.0.0.1:${port}` });

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    sendProgress(callerId, frame) {
      sockets.get(callerId)?.send(JSON.stringify({ type: 'progress', frame }));
    },
    broadcast(event) {
      const text = JSON.stringify({ type: 'event', event });
      for (const ws of sockets.values()) ws.send(text);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets.values()) ws.terminate();
        wss.close();
        server.close(() => resolve());
      }),
  };
}
