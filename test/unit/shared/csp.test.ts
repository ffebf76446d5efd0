import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCsp, securityHeaders } from '../../../src/shared/security';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v.join(' ')]));

describe('Content-Security-Policy', () => {
  it('allows only our own scripts, with no inline or eval', () => {
    const csp = directives(buildCsp());
    expect(csp.get('script-src')).toBe("'self'");
    expect(buildCsp()).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('allows no network at all in the desktop app', () => {
    expect(directives(buildCsp()).get('connect-src')).toBe("'none'");
  });

  it('allows only the browser host’s own WebSocket when it serves the page', () => {
    expect(directives(buildCsp({ connectSrc: 'ws://127.0.0.1:5199' })).get('connect-src')).toBe('ws://127.0.0.1:5199');
  });

  it('is matched by the copy in index.html on every directive but connect-src', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = directives(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!);
    const header = directives(buildCsp());
    for (const [name, value] of meta) {
      if (name === 'connect-src') expect(value).toBe('ws://127.0.0.1:*');
      else expect(value, name).toBe(header.get(name));
    }
  });

  it('comes with nosniff and no-referrer headers', () => {
    expect(securityHeaders()).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });
});
