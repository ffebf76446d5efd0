// The browser host's bridge refuses anyone but our page with this run's token.
import { expect, test } from './devhost.fixture';

test('the page reaches main over the bridge and gets app.info', async ({ page, devhost }) => {
  await page.goto(devhost.url);
  const answer = await page.evaluate(() =>
    (globalThis as unknown as { resched: { invoke(r: unknown): Promise<unknown> } }).resched.invoke({ channel: 'app.info', input: {} }),
  );
  expect(answer).toMatchObject({ ok: true, value: { name: 'Residency Scheduler', host: 'browser-host' } });
});

test('the token is removed from the address bar once read', async ({ page, devhost }) => {
  await page.goto(devhost.url);
  await expect.poll(() => page.url()).not.toContain('token=');
});

test('a WebSocket without the token is refused', async ({ page, devhost }) => {
  await page.goto(`${devhost.origin}/`);
  const opened = await page.evaluate(
    (origin) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(`${origin.replace('http', 'ws')}/__devhost/ipc`, ['resched-devhost-v1', 'token.wrong']);
        ws.onopen = () => resolve(true);
        ws.onerror = () => resolve(false);
      }),
    devhost.origin,
  );
  expect(opened).toBe(false);
});

test('a WebSocket from another origin is refused even with the token', async ({ devhost }) => {
  const token = new URL(devhost.url).hash.replace('#token=', '');
  const { WebSocket } = await import('ws');
  const result = await new Promise<string>((resolve) => {
    const ws = new WebSocket(`${devhost.origin.replace('http', 'ws')}/__devhost/ipc`, ['resched-devhost-v1', `token.${token}`], {
      origin: 'http://evil.example',
    });
    ws.on('open', () => resolve('open'));
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', () => resolve('error'));
  });
  expect(result).toBe('403');
});

test('an unknown channel is answered with a typed error, not a crash', async ({ page, devhost }) => {
  await page.goto(devhost.url);
  const answer = await page.evaluate(() =>
    (globalThis as unknown as { resched: { invoke(r: unknown): Promise<unknown> } }).resched.invoke({ channel: 'fs.readFile', input: { path: '/etc/passwd' } }),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'ERR_IPC_UNKNOWN_CHANNEL' } });
});

test('the page is served with the strict Content-Security-Policy', async ({ page, devhost }) => {
  const response = await page.goto(devhost.url);
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
});
