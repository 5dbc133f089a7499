/**
 * Shared helpers for browser tests: headless Debian Chromium through playwright-core, dist/ served on
 * 127.0.0.1 by scripts/serve-dist.js (with its Content-Security-Policy), request recording, axe-core, screenshots.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve-dist';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirePrograms } = require('./require-programs') as { requirePrograms: (names: string[]) => Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve-dist') as typeof import('../../scripts/serve-dist');

export const ROOT = join(__dirname, '..', '..');
/** The build under test: CLS_DIST when set (a private build while others rebuild dist/), else dist/. */
export const DIST = process.env.CLS_DIST ?? join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches the Debian Chromium (never a downloaded one).
 * @throws Error naming the Debian package `chromium` when /usr/bin/chromium is missing.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = requirePrograms(['chromium']).chromium ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Serves the build under test (DIST) on 127.0.0.1, a free port, with its Content-Security-Policy.
 * @throws Error telling to run `npm run build` when `page` (e.g. index.html) is not in dist/.
 */
export async function serveDist(page = 'index.html'): Promise<RunningServer> {
  if (!existsSync(join(DIST, page))) {
    throw new Error(`${DIST}/${page} est introuvable : lancez d’abord « npm run build ». / ${DIST}/${page} is missing: run "npm run build" first.`);
  }
  return startServer({ root: DIST, port: 0, host: '127.0.0.1' });
}

/** What a browser test opened in its beforeAll; what never got opened (a failed setup) is undefined. */
export interface Opened {
  readonly context?: BrowserContext | undefined;
  readonly browser?: Browser | undefined;
  readonly server?: RunningServer | undefined;
  /** A scratch folder, removed with its files. */
  readonly dir?: string | undefined;
}

/** Closes the context, Chromium and the server, in that order, then removes the scratch folder. */
export async function closeAll({ context, browser, server, dir }: Opened): Promise<void> {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** A new page of `context`, its requests and console messages recorded from the first one. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; requests: string[]; consoleMessages: string[] }> {
  const page = await context.newPage();
  // The page's day is pinned (Date only; timers run): its late actions are counted as of PAGE_DAY whatever the real date.
  await page.clock.setFixedTime(new Date(`${PAGE_DAY}T12:00:00`));
  return { page, requests: recordRequests(page), consoleMessages: recordConsole(page) };
}

/** The day pages opened by openPage live on. */
export const PAGE_DAY = '2026-11-30';

/** Today as the page sees it, so that the command line judges lateness as the page does. */
export function pageToday(): string {
  return PAGE_DAY;
}

/** Prints the axe violations of every impact seen in each state, for the run's log. */
export function printAxeSeen(title: string, seen: ReadonlyMap<string, readonly string[]>): void {
  if (seen.size === 0) return;
  process.stdout.write(`${title}:\n${[...seen].map(([state, v]) => `  ${state}: ${v.length === 0 ? 'none' : v.join(' | ')}`).join('\n')}\n`);
}

/** Every URL the page asks for, in order (including blob: and data: URLs), from now on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** URLs that are neither the server's origin nor a blob: of that origin. */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => !(new URL(url).origin === origin || url.startsWith(`blob:${origin}/`)));
}

/** Console messages and page errors, to assert a clean run (CSP violations are reported there). */
export function recordConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push(`http ${response.status()}: ${response.url()}`);
  });
  return messages;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string | undefined }[];
}

const AXE_SOURCE = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns every violation; callers keep the serious and critical ones.
 * Injected by evaluating its source: `addScriptTag({ content })` adds an inline script, which the page's
 * Content-Security-Policy (script-src 'self') rightly refuses, and we keep the CSP on while testing.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE());
  // Fluent's enter animations (MessageBar fades in) would make axe measure contrast on half-transparent text.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Tabster's focus-redirecting dummies are focusable and aria-hidden by design (microsoft/fluentui#27517, tabster#288).
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

export const seriousOrCritical = (violations: readonly AxeViolation[]): AxeViolation[] =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** One line per violation, for assertion messages and the report. */
export const describeViolations = (violations: readonly AxeViolation[]): string[] =>
  violations.map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Saves a full-page screenshot to test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
