// The static server used by browser tests: CSP on every page, nothing outside dist/, clean stop.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RunningServer } from '../../scripts/serve-dist';
import { resolveFile, startServer } from '../../scripts/serve-dist';

const get = (url: string, rawPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    http
      .get({ hostname, port, path: rawPath }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on('error', reject);
  });

describe('scripts/serve-dist.js', () => {
  let root: string;
  let server: RunningServer;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cls-dist-'));
    fs.writeFileSync(path.join(root, 'taskpane.html'), '<!doctype html><html lang="fr"></html>');
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="fr"><body>web</body></html>');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside');
    server = await startServer({ root, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves the task pane with a CSP that allows Office.js only there', async () => {
    const taskpane = await get(server.url, '/taskpane.html');
    expect(taskpane.status).toBe(200);
    expect(taskpane.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(taskpane.headers['content-security-policy']).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    const web = await get(server.url, '/');
    expect(web.body).toContain('web');
    expect(web.headers['content-security-policy']).toContain("script-src 'self';");
    expect(web.headers['content-security-policy']).toContain("default-src 'self'");
    // Only the empty <style> element Fluent UI creates, never 'unsafe-inline' (checked in Chromium: Fluent renders styled).
    expect(web.headers['content-security-policy']).toContain("style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(web.headers['content-security-policy']).not.toContain('unsafe');
    const icon = await get(server.url, '/assets/icon-16.png');
    expect([icon.status, icon.headers['content-type']]).toEqual([200, 'image/png']);
  });

  it.each([
    ['/../secret.txt', [400, 404]],
    ['/%2e%2e/secret.txt', [400, 404]],
    ['/missing.js', [404]],
    ['/%E0%A4%A', [400]],
  ])('refuses %s', async (rawPath, statuses) => {
    const response = await get(server.url, rawPath);
    expect(statuses).toContain(response.status);
    expect(response.body).not.toContain('outside');
  });

  it('keeps resolved files inside the root', () => {
    expect(resolveFile('/srv/dist', '/a/../../etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveFile('/srv/dist', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveFile('/srv/dist', '/a%00.html')).toBeNull();
    expect(resolveFile('/srv/dist', '/')).toBe('/srv/dist/index.html');
  });

  it('stops cleanly, refusing new connections', async () => {
    const other = await startServer({ root, port: 0 });
    await other.close();
    await expect(get(other.url, '/index.html')).rejects.toThrow(/ECONNREFUSED/);
  });
});
