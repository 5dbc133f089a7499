/**
 * The hostile corpus (scripts/hostile-corpus.js) through the real command line, one process per run, built from the
 * current sources: each case exits 0/1/2 as CONTRACT §3 documents, within 10 s and 1 GB, without a stack trace, with no
 * raw control character in any output, no formula of its own in `--report`, and its input byte for byte as it was.
 * Odd but legal variants of the base give the base's very report; the base's money is summed by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildCli } from './cli-build';

interface HostileCase {
  readonly id: string;
  readonly group: string;
  readonly expect: 0 | 1 | 2;
  readonly reason?: string;
  readonly sameAsBase?: boolean;
  readonly rules?: readonly string[];
}
interface CliRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly wallMs: number;
  readonly maxRssKb: number | null;
  readonly timedOut: boolean;
}
interface Corpus {
  CASES: readonly HostileCase[];
  BASE_COMMITTED: number;
  writeCorpus(folder: string): Promise<{ case: HostileCase; file: string }[]>;
}
interface Runner {
  runCli(options: { main: string; args: string[]; cwd: string; timeoutMs: number }): Promise<CliRun>;
  pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]>;
  AS_OF: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CASES, BASE_COMMITTED, writeCorpus } = require('../../scripts/hostile-corpus.js') as Corpus;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runCli, pool, AS_OF } = require('../../scripts/hostile-run.js') as Runner;

/** The acceptance, per run. */
const MAX_SECONDS = 10;
const MAX_RSS_KB = 1024 * 1024;
/** A run that has not ended by then has failed; its time is reported, not waited for. */
const KILL_AFTER_MS = 60_000;
/** Controls no output may hold raw (newline and tab are ours): C0, DEL, C1, bidi marks and overrides, line separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
/** Raw controls inside the XML of a written report (XML may not hold C0, and C1/bidi would reach the reader). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK_TRACE = /^\s+at \S|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Error): /m;
/** The only formula a report writes: a link to the checked cell, its location one string literal. */
const LINK_FORMULA = /^HYPERLINK\("(?:[^"]|"")*","[A-Z]{1,3}[0-9]{1,7}"\)$/;
/** What the one French line says for each reason (CONTRACT §3: a one-line message on stderr). */
const REASON_WORDS: Readonly<Record<string, RegExp>> = {
  empty: /est vide/,
  'not-zip': /n'est pas un classeur \.xlsx/,
  corrupt: /tronqué ou corrompu/,
  'encrypted-or-xls': /mot de passe/,
  'not-xlsx': /pas un classeur \.xlsx \(aucune feuille/,
  'too-large': /classeur trop volumineux : .+ ; découpez-le/,
  damaged: /classeur endommagé \(.+\) : rouvrez-le dans Excel/,
};

interface Fingerprint {
  readonly sha256: string;
  readonly size: number;
  readonly mtimeMs: number;
}
const fingerprint = (file: string): Fingerprint | null => {
  if (!existsSync(file) || statSync(file).isDirectory()) return null;
  const info = statSync(file);
  return { sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), size: info.size, mtimeMs: info.mtimeMs };
};

interface Outcome {
  readonly file: string;
  readonly before: Fingerprint | null;
  readonly after: Fingerprint | null;
  readonly text: CliRun;
  readonly json: CliRun;
  readonly report: string;
}

let folder: string;
let removeCli: () => void = () => undefined;
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  const cli = buildCli();
  removeCli = cli.remove;
  folder = mkdtempSync(join(tmpdir(), 'cls-hostile-'));
  const written = await writeCorpus(folder);
  const tasks = written.map(({ case: c, file }) => async () => {
    const before = fingerprint(file);
    const report = join(folder, `${c.id}-rapport.xlsx`);
    const text = await runCli({ main: cli.main, args: ['validate', file, '--as-of', AS_OF, '--report', report], cwd: folder, timeoutMs: KILL_AFTER_MS });
    const json = await runCli({ main: cli.main, args: ['validate', file, '--as-of', AS_OF, '--format', 'json', '--lang', 'en'], cwd: folder, timeoutMs: KILL_AFTER_MS });
    outcomes.set(c.id, { file, before, after: fingerprint(file), text, json, report });
  });
  await pool(tasks, 2);
}, 30 * 60_000);

afterAll(() => {
  removeCli();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const outcome = (id: string): Outcome => {
  const found = outcomes.get(id);
  if (!found) throw new Error(`no run for ${id}`);
  return found;
};
const parsed = (run: CliRun): Record<string, unknown> => JSON.parse(run.stdout.toString('utf8')) as Record<string, unknown>;
const withoutFile = (report: Record<string, unknown>): Record<string, unknown> => ({ ...report, file: undefined });
const ruleIds = (report: Record<string, unknown>): string[] => ((report.findings ?? []) as { rule: string }[]).map((f) => f.rule);

/** Formulas of every sheet of the report and whether any XML part holds a raw control. */
async function reportContent(path: string): Promise<{ formulas: string[]; rawControl: boolean }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const formulas: string[] = [];
  let rawControl = false;
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    if (RAW_CONTROL_XML.test(xml)) rawControl = true;
    for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) formulas.push((m[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'"));
  }
  return { formulas, rawControl };
}

describe('the hostile corpus', () => {
  it('has at least 100 cases, each with a documented exit status', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(CASES.every((c) => [0, 1, 2].includes(c.expect))).toBe(true);
  });

  it('reads the base as a clean CLS whose commitments sum, by hand, to 158 000 €', () => {
    const { json, text } = outcome('base');
    expect([text.code, json.code]).toEqual([0, 0]);
    const report = parsed(json) as { summary: { error: number }; totals: { committed: number } };
    expect(report.summary.error).toBe(0);
    expect(report.totals.committed).toBe(BASE_COMMITTED);
  });
});

/** HOSTILE_ONLY=id,id runs those cases only (while working on them); the corpus test proper runs them all. */
const RUN = process.env.HOSTILE_ONLY ? CASES.filter((c) => process.env.HOSTILE_ONLY?.split(',').includes(c.id)) : CASES;

describe.each(RUN.map((c) => [c.id, c] as const))('%s', (id, c) => {
  it(`exits ${c.expect} in text and JSON, within ${MAX_SECONDS} s and 1 GB each, no stack trace`, () => {
    const { text, json } = outcome(id);
    for (const run of [text, json]) {
      expect({ code: run.code, signal: run.signal, timedOut: run.timedOut }).toEqual({ code: c.expect, signal: null, timedOut: false });
      expect(run.wallMs / 1000).toBeLessThan(MAX_SECONDS);
      expect(run.maxRssKb).not.toBeNull();
      expect(run.maxRssKb ?? Infinity).toBeLessThan(MAX_RSS_KB);
      expect(run.stderr.toString('utf8')).not.toMatch(STACK_TRACE);
      expect(run.stdout.toString('utf8')).not.toMatch(STACK_TRACE);
    }
  });

  it('prints no raw control character, on stdout or stderr', () => {
    const { text, json } = outcome(id);
    for (const stream of [text.stdout, text.stderr, json.stdout, json.stderr]) expect(RAW_CONTROL.exec(stream.toString('utf8'))).toBeNull();
  });

  it('leaves its input byte for byte as it was', () => {
    const { before, after } = outcome(id);
    expect(after).toEqual(before);
  });

  if (c.expect === 2) {
    it('says why in one line, French by default and English with --lang en, and as a JSON object', () => {
      const { text, json } = outcome(id);
      const lines = text.stderr.toString('utf8').split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^cls-workbook: /);
      if (c.reason) expect(lines[0]).toMatch(REASON_WORDS[c.reason] ?? /./);
      const english = json.stderr.toString('utf8');
      expect(english).not.toMatch(/classeur|fichier|endommagé|volumineux|introuvable|dossier/);
      expect(parsed(json)).toEqual({ file: expect.any(String), unusable: true, message: english.replace(/^cls-workbook: /, '').trim() });
    });
  } else {
    it('reports in JSON every finding it counts, errors exactly when it exits 1, and writes a --report without formulas of its own', async () => {
      const { text, json, report } = outcome(id);
      expect(text.stderr.toString('utf8')).toBe('');
      const object = parsed(json) as { summary: Record<'error' | 'warning' | 'info', number>; findings: unknown[] };
      expect(object.summary.error + object.summary.warning + object.summary.info).toBe(object.findings.length);
      expect(object.summary.error > 0).toBe(c.expect === 1);
      for (const rule of c.rules ?? []) expect(ruleIds(object)).toContain(rule);
      const { formulas, rawControl } = await reportContent(report);
      expect(formulas.filter((f) => !LINK_FORMULA.test(f))).toEqual([]);
      expect(rawControl).toBe(false);
      // Reading back a report of 45 000 findings takes seconds; minutes on a machine busy with mutation testing.
    }, 120_000);

    it('keeps the text report linear: at most 20 lines per rule and sheet, the rest counted', () => {
      const lines = outcome(id).text.stdout.toString('utf8').split('\n');
      const findingLines = lines.findIndex((line) => line.startsWith('Bilan'));
      expect(findingLines).toBeGreaterThan(0);
      expect(findingLines).toBeLessThan(3000);
    });
  }

  if (c.sameAsBase) {
    it('gives the very report of the base workbook', () => {
      expect(withoutFile(parsed(outcome(id).json))).toEqual(withoutFile(parsed(outcome('base').json)));
    });
  }
});
