/** `npm run serve` tells the page's address first (what most people open), then the task pane's. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'serve-dist.js');

/** Starts the server on a free port over `root`; resolves with what it printed once it listens and the way to stop it. */
function serve(root: string): Promise<{ words: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, '--port', '0', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`no address printed: ${out}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve({ words: out, stop: () => child.kill('SIGTERM') });
      }
    });
    child.on('error', reject);
  });
}

describe('npm run serve', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cls-serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints the check page (index.html) on its first line, then the task pane, and the page answers there', async () => {
    const { words, stop } = await serve(root);
    try {
      const [first = '', second = ''] = words.split('\n');
      expect(first).toMatch(/^Tableaux CLS — page de contrôle sans installation \/ check page, nothing to install : http:\/\/127\.0\.0\.1:\d+\/index\.html$/);
      expect(second).toMatch(/^ {2}volet Office \(aperçu hors Excel\) \/ Office task pane \(preview outside Excel\) : http:\/\/127\.0\.0\.1:\d+\/taskpane\.html$/);
      const page = await fetch(/(http:\S+\/index\.html)$/.exec(first)?.[1] ?? '');
      expect({ status: page.status, body: await page.text() }).toEqual({ status: 200, body: '<!doctype html><title>page</title>' });
    } finally {
      stop();
    }
  });
});
