/**
 * Every rule quotes its seed: a rule whose `source` names a seed cites a line, its file's first-line
 * comment cites the same lines, every one of those citations carries words between « », and those words
 * are on the line or lines cited (docs/sources/, the project's copy of the seeds) — not merely on a line
 * that exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/domain/rules/catalogue';

const ROOT = join(__dirname, '..', '..');
const SOURCES = join(ROOT, 'docs', 'sources');

/** The seed files by their three-digit prefix (`004` stands for `004_6c4d6d0ed7a0af23.txt`). */
const SEED_FILES: Readonly<Record<string, string>> = {
  '000': '000_afa51b918c030d0f.txt',
  '001': '001_237ec43c0da01fb8.txt',
  '002': '002_38935adb71f8bdf3.txt',
  '003': '003_e2a7dc3d2f8895b3.txt',
  '004': '004_6c4d6d0ed7a0af23.txt',
};

interface Citation {
  readonly file: string;
  readonly from: number;
  readonly to: number;
  readonly quotes: string[];
}

/** Apostrophes, markdown emphasis, html tags and spacing set aside: the words only. */
const normalize = (text: string): string =>
  text
    .replace(/[’‘`]/g, "'")
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*+/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** Citations (`004_….txt:1006`, `004:1006`, `000_….txt:149-150`) in order, each with the « quotes » that follow it. */
function parseCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  const token = /(\d{3})(?:_[0-9a-f]{16}\.txt)?:(\d+)(?:-(\d+))?|«\s*([^»]+?)\s*»/g;
  for (const m of text.matchAll(token)) {
    if (m[4] !== undefined) {
      citations[citations.length - 1]?.quotes.push(m[4]);
      continue;
    }
    const file = SEED_FILES[m[1] ?? ''];
    if (file === undefined) continue;
    const from = Number(m[2]);
    citations.push({ file, from, to: m[3] === undefined ? from : Number(m[3]), quotes: [] });
  }
  return citations;
}

/** Is each part of the quote (parts split on `…`) on the cited lines, in order? */
function quoteOnLines(quote: string, lines: string): boolean {
  const text = normalize(lines);
  let at = 0;
  for (const part of quote.split('…').map(normalize).filter((p) => p !== '')) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

const seedText = new Map<string, string[]>();
/** Lines `from`..`to` of a seed (1-based, inclusive), or undefined when the file is shorter. */
function seedLines(file: string, from: number, to: number): string | undefined {
  let lines = seedText.get(file);
  if (lines === undefined) {
    lines = readFileSync(join(SOURCES, file), 'utf8').split(/\r?\n/);
    seedText.set(file, lines);
  }
  if (from < 1 || to < from || to > lines.length) return undefined;
  return lines.slice(from - 1, to).join(' ');
}

/** Seed files a text names without a line (`004_….txt` alone, or followed by something other than `:line`). */
const citedWithoutLine = (text: string): string[] =>
  [...text.matchAll(/(\d{3}_[0-9a-f]{16}\.txt)(?!:\d)/g)].map((m) => m[1] ?? '');

const lineSet = (text: string): string[] => [...new Set(parseCitations(text).map((c) => `${c.file}:${c.from}-${c.to}`))].sort();

/**
 * What is wrong with a rule's citations, each problem in words; none when every line range the rule cites (in its
 * `source`, or in its file's first-line comment, which then cites the same ranges) holds the words it quotes there.
 */
function citationProblems(comment: string, source: string, lines: typeof seedLines = seedLines): string[] {
  const problems: string[] = [];
  for (const file of citedWithoutLine(comment + ' ' + source)) problems.push(`${file} cited without a line`);
  if (lineSet(source).length === 0) problems.push('the source cites no seed line');
  if (lineSet(comment).length > 0 && lineSet(source).join() !== lineSet(comment).join()) {
    problems.push(`the source cites ${lineSet(source).join(', ')}, the comment ${lineSet(comment).join(', ')}`);
  }
  const quotes = new Map<string, { file: string; from: number; to: number; quotes: string[] }>();
  for (const c of [...parseCitations(comment), ...parseCitations(source)]) {
    const key = `${c.file}:${c.from}-${c.to}`;
    const seen = quotes.get(key);
    if (seen === undefined) quotes.set(key, { ...c, quotes: [...c.quotes] });
    else seen.quotes.push(...c.quotes);
  }
  for (const [where, c] of quotes) {
    const text = lines(c.file, c.from, c.to);
    if (text === undefined) problems.push(`${where} is not in the file`);
    else if (c.quotes.length === 0) problems.push(`${where} quotes nothing`);
    else for (const q of new Set(c.quotes)) if (!quoteOnLines(q, text)) problems.push(`${where} does not say « ${q} »`);
  }
  return problems;
}

/** The first-line comment of a rule's file and its `source`, where its citations are written. */
function ruleTexts(id: string): { comment: string; source: string } {
  const [group, name] = id.split('.');
  const path = join(ROOT, 'src', 'domain', 'rules', group ?? '', `${name ?? ''}.ts`);
  const comment = readFileSync(path, 'utf8').split('\n')[0] ?? '';
  return { comment, source: RULES.find((r) => r.id === id)?.source ?? '' };
}

describe('citation parsing (the checker itself)', () => {
  it('attaches each quote to the citation before it', () => {
    expect(parseCitations('seed 004_6c4d6d0ed7a0af23.txt:308 « a »; 000:1323 « b » « c »')).toEqual([
      { file: SEED_FILES['004'], from: 308, to: 308, quotes: ['a'] },
      { file: SEED_FILES['000'], from: 1323, to: 1323, quotes: ['b', 'c'] },
    ]);
  });
  it('finds a quote across apostrophes, emphasis and an ellipsis, and rejects words that are not there', () => {
    const line = "Il se réunit **à minima une fois par an** d’après l'ARS.";
    expect(quoteOnLines('à minima une fois par an', line)).toBe(true);
    expect(quoteOnLines("Il se réunit … d'après l’ARS", line)).toBe(true);
    expect(quoteOnLines('au moins 2 fois par an', line)).toBe(false);
    // The parts of an ellipsis quote must come in order.
    expect(quoteOnLines("l'ARS … Il se réunit", line)).toBe(false);
  });

  it('reports a citation without a line, without a quote, beyond the file or with words it does not hold', () => {
    const fake = (_file: string, from: number, to: number): string | undefined => (to > 10 ? undefined : `line ${from} says hello world`);
    const ok = "// seed 004_6c4d6d0ed7a0af23.txt:3 « hello … world »";
    expect(citationProblems(ok, 'seed 004_6c4d6d0ed7a0af23.txt:3', fake)).toEqual([]);
    expect(citationProblems('// seed 004_6c4d6d0ed7a0af23.txt « hello »', 'seed 004_6c4d6d0ed7a0af23.txt', fake)).toEqual([
      `${SEED_FILES['004']} cited without a line`,
      `${SEED_FILES['004']} cited without a line`,
      'the source cites no seed line',
    ]);
    // A quote in the source stands for the comment, which need not repeat the citation.
    expect(citationProblems('// Generic: found while reading.', 'seed 004_6c4d6d0ed7a0af23.txt:3-4: « hello »', fake)).toEqual([]);
    expect(citationProblems('// Generic: found while reading.', 'seed 004_6c4d6d0ed7a0af23.txt:3-4; 004:5 « hello »', fake)).toEqual([
      `${SEED_FILES['004']}:3-4 quotes nothing`,
    ]);
    expect(citationProblems('// seed 004_6c4d6d0ed7a0af23.txt:3: the dates', 'seed 004_6c4d6d0ed7a0af23.txt:3', fake)).toEqual([`${SEED_FILES['004']}:3-3 quotes nothing`]);
    expect(citationProblems('// seed 004_6c4d6d0ed7a0af23.txt:30 « hello »', 'seed 004_6c4d6d0ed7a0af23.txt:30', fake)).toEqual([`${SEED_FILES['004']}:30-30 is not in the file`]);
    expect(citationProblems('// seed 004_6c4d6d0ed7a0af23.txt:3 « goodbye »', 'seed 004_6c4d6d0ed7a0af23.txt:3', fake)).toEqual([`${SEED_FILES['004']}:3-3 does not say « goodbye »`]);
    expect(citationProblems(ok, 'seed 004_6c4d6d0ed7a0af23.txt:4', fake)).toEqual([
      `the source cites ${SEED_FILES['004']}:4-4, the comment ${SEED_FILES['004']}:3-3`,
      `${SEED_FILES['004']}:4-4 quotes nothing`,
    ]);
  });
});

const rules = RULES.map((r) => ({ id: r.id, ...ruleTexts(r.id) }));
const fromSeeds = rules.filter((r) => r.source.startsWith('seed '));

describe('each rule quotes the seed line it cites', () => {
  it('every rule names a seed passage or the contract, and most rules a seed', () => {
    expect(rules.filter((r) => !r.source.startsWith('seed ') && !r.source.startsWith('CONTRACT §')).map((r) => r.id)).toEqual([]);
    expect(fromSeeds.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fromSeeds)('$id', ({ comment, source }) => {
    expect(citationProblems(comment, source)).toEqual([]);
  });
});
