/**
 * The web page's share of the hostile corpus (scripts/hostile-corpus.js, cases marked `web`) dropped in Chromium:
 * a file the page cannot use says why in an alert; a workbook it can read is checked. Never a dialog (no script of the
 * file runs), never a crashed tab or a page error, never a request off the loopback origin, and the page answers after.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve-dist';
import { closeAll, foreignRequests, launchChromium, recordConsole, recordRequests, serveDist } from './browser';

interface HostileCase {
  readonly id: string;
  readonly group: string;
  readonly expect: 0 | 1 | 2;
  readonly web?: boolean;
}
interface Corpus {
  CASES: readonly HostileCase[];
  writeCorpus(folder: string, only: (c: HostileCase) => boolean): Promise<{ case: HostileCase; file: string }[]>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CASES, writeCorpus } = require('../../scripts/hostile-corpus.js') as Corpus;

const WEB_CASES = CASES.filter((c) => c.web === true);
/** Reading, checking and drawing the findings of one hostile file, on a shared CI machine. */
const PAGE_MS = 60_000;
/** The longest the page may stop answering while it reads a file (the reader pauses between slices of a part). */
const MAX_STALL_MS = 1_500;

describe('web page: the hostile corpus', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  const files = new Map<string, string>();

  beforeAll(async () => {
    server = await serveDist('index.html');
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 900 } });
    dir = mkdtempSync(join(tmpdir(), 'cls-hostile-web-'));
    for (const { case: c, file } of await writeCorpus(dir, (c) => c.web === true)) files.set(c.id, file);
  });

  afterAll(() => closeAll({ context, browser, server, dir }));

  it('has a subset of at least ten cases, unusable and readable ones', () => {
    expect(WEB_CASES.length).toBeGreaterThanOrEqual(10);
    expect(WEB_CASES.some((c) => c.expect === 2)).toBe(true);
    expect(WEB_CASES.some((c) => c.expect !== 2)).toBe(true);
  });

  /** Drops the file on a fresh page and waits for what the page makes of it; returns what went wrong around it. */
  async function drop(c: HostileCase): Promise<{ page: Page; dialogs: string[]; crashed: boolean; problems: string[]; requests: string[]; stall: () => Promise<number> }> {
    const page = await context.newPage();
    const dialogs: string[] = [];
    let crashed = false;
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('crash', () => (crashed = true));
    const requests = recordRequests(page);
    const problems = recordConsole(page);
    await page.goto(`${server.url}/index.html`);
    // A heartbeat every 20 ms: the longest gap between two beats is how long the page stopped answering.
    await page.evaluate(() => {
      const beat = window as unknown as { lastBeat: number; longestStall: number };
      beat.lastBeat = performance.now();
      beat.longestStall = 0;
      setInterval(() => {
        const now = performance.now();
        beat.longestStall = Math.max(beat.longestStall, now - beat.lastBeat);
        beat.lastBeat = now;
      }, 20);
    });
    await page.locator('input[type=file]').setInputFiles(files.get(c.id)!);
    const stall = (): Promise<number> => page.evaluate(() => (window as unknown as { longestStall: number }).longestStall);
    return { page, dialogs, crashed, problems, requests, stall };
  }

  it.each(WEB_CASES.map((c) => [c.id, c] as const))('%s: no dialog, no crash, nothing sent, the page still answers', async (_id, c) => {
    const { page, dialogs, crashed, problems, requests, stall } = await drop(c);
    if (c.expect === 2) {
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: PAGE_MS });
      await expect(alert.innerText()).resolves.toContain('Ce fichier ne peut pas être contrôlé');
      await expect(stall()).resolves.toBeLessThan(MAX_STALL_MS);
    } else {
      await page.getByRole('tab', { name: 'Contrôler' }).waitFor({ timeout: PAGE_MS });
      // The page checks a workbook as soon as it is opened.
      const summary = page.getByRole('status', { name: 'Résultat du contrôle' });
      await summary.waitFor({ timeout: PAGE_MS });
      // Read and checked; drawing thousands of findings is the pane's own work, measured by its tests.
      if (c.group !== 'flood') await expect(stall()).resolves.toBeLessThan(MAX_STALL_MS);
      const text = await summary.innerText();
      // Errors exactly when the command line exits 1.
      expect(/^0 erreur/.test(text)).toBe(c.expect === 0);
    }
    await expect(page.evaluate(() => document.readyState)).resolves.toBe('complete');
    expect({ dialogs, crashed, problems, foreign: foreignRequests(requests, server.url) }).toEqual({ dialogs: [], crashed: false, problems: [], foreign: [] });
    await page.close();
  }, 3 * PAGE_MS);
});
