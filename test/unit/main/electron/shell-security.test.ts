// The shell's defences, driven through the parts of Electron's API they use. The Electron binary
// cannot run here, so these objects stand in for it at that boundary only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerAppProtocol, resolveRendererFile } from '../../../../src/main/electron/protocol/app-protocol';
import { guardWebContents } from '../../../../src/main/electron/security/guard-web-contents';
import { hardenSession } from '../../../../src/main/electron/security/harden-session';
import { isAllowedExternal, openExternalSafely } from '../../../../src/main/electron/security/open-external';

const root = '/opt/app/out/renderer';

describe('app:// protocol', () => {
  it.each([
    ['app://renderer/index.html', `${root}/index.html`],
    ['app://renderer/', `${root}/index.html`],
    ['app://renderer/assets/index-abc.js', `${root}/assets/index-abc.js`],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveRendererFile(root, url)).toBe(file);
  });

  it.each(['app://renderer/../../etc/passwd', 'app://renderer/%2e%2e/%2e%2e/etc/passwd', 'app://renderer/..%2f..%2fetc/passwd', 'app://renderer/a/..%5c..%5c..%5cetc'])(
    'never resolves %s outside the renderer folder',
    (url) => {
      const file = resolveRendererFile(root, url);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
    },
  );

  it.each([
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it('answers every file with the strict CSP and nosniff headers', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'resched-proto-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    let handler: ((r: Request) => Promise<Response>) | undefined;
    registerAppProtocol({ handle: (_scheme: string, h: (r: Request) => Promise<Response>) => (handler = h) } as unknown as Protocol, dir);
    const res = await handler!(new Request('app://renderer/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler!(new Request('app://renderer/missing.js'))).status).toBe(404);
  });
});

describe('session hardening', () => {
  function hardened() {
    const s = {
      permissionRequest: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
      permissionCheck: undefined as undefined | (() => boolean),
      beforeRequest: undefined as undefined | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    };
    hardenSession({
      setPermissionRequestHandler: (h: typeof s.permissionRequest) => (s.permissionRequest = h),
      setPermissionCheckHandler: (h: typeof s.permissionCheck) => (s.permissionCheck = h),
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: (h: typeof s.beforeRequest) => (s.beforeRequest = h) },
    } as unknown as Session);
    return s;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('denies the %s permission', (permission) => {
    const cb = vi.fn();
    hardened().permissionRequest!({}, permission, cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('answers every permission check with no', () => {
    expect(hardened().permissionCheck!()).toBe(false);
  });

  it.each(['https://example.com/x.js', 'http://127.0.0.1:8080/', 'ws://evil/', 'file:///etc/passwd'])('cancels a request to %s', (url) => {
    const cb = vi.fn();
    hardened().beforeRequest!({ url }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });

  it('lets a blob: download made by our own page through', () => {
    const cb = vi.fn();
    hardened().beforeRequest!({ url: 'blob:app://renderer/6f1c2c1e-0000-4000-8000-000000000000' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: false });
  });

  it('lets our own app:// requests through', () => {
    const cb = vi.fn();
    hardened().beforeRequest!({ url: 'app://renderer/index.html' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: false });
  });
});

describe('window guards', () => {
  function guarded() {
    const on = new Map<string, (e: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    guardWebContents(
      {
        on: (ev: string, fn: (e: { preventDefault(): void }, url?: string) => void) => on.set(ev, fn),
        setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      } as unknown as WebContents,
      shell,
    );
    return { on, open: (url: string) => openHandler!({ url }), shell };
  }

  it('blocks navigation away from the app', () => {
    const e = { preventDefault: vi.fn() };
    guarded().on.get('will-navigate')!(e, 'https://evil.example/');
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('allows navigation within the app', () => {
    const e = { preventDefault: vi.fn() };
    guarded().on.get('will-navigate')!(e, 'app://renderer/index.html');
    expect(e.preventDefault).not.toHaveBeenCalled();
  });

  it('blocks <webview> attachment', () => {
    const e = { preventDefault: vi.fn() };
    guarded().on.get('will-attach-webview')!(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, sending only allow-listed links to the OS browser', () => {
    const g = guarded();
    expect(g.open('https://www.acgme.org/programs')).toEqual({ action: 'deny' });
    expect(g.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(g.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(g.shell.openExternal).toHaveBeenCalledWith('https://www.acgme.org/programs');
  });
});

describe('openExternal allow-list', () => {
  it.each(['https://www.acgme.org/', 'https://pages.nist.gov/800-63-4/sp800-63b.html'])('allows %s', (url) => {
    expect(isAllowedExternal(url)).toBe(true);
  });

  it.each(['http://www.acgme.org/', 'https://www.acgme.org.evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share'])(
    'refuses %s',
    async (url) => {
      const shell = { openExternal: vi.fn(() => Promise.resolve()) };
      expect(await openExternalSafely(shell, url)).toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});
