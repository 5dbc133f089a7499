/**
 * Every rule quotes its seed: the words between « » in a rule file's first-line comment (and in its
 * `source`) must be on the line or lines the citation before them names — not merely on a line that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/domain/rules/catalogue';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS);

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

const seedLines = (file: string, from: number, to: number): string =>
  readFileSync(join(SEEDS, file), 'utf8').split('\n').slice(from - 1, to).join(' ');

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
});

const rules = RULES.map((r) => ({ id: r.id, ...ruleTexts(r.id) }));
const cites = rules.filter((r) => /\d{3}(_[0-9a-f]{16}\.txt)?:\d/.test(r.comment + r.source));

(seedsPresent ? describe : describe.skip)('each rule quotes the seed line it cites', () => {
  it.each(cites)('$id', ({ comment, source }) => {
    const citations = [...parseCitations(comment), ...parseCitations(source)];
    // A rule built on a seed quotes it.
    expect(citations.flatMap((c) => c.quotes).length).toBeGreaterThan(0);
    const misplaced = citations.flatMap((c) =>
      c.quotes.filter((q) => !quoteOnLines(q, seedLines(c.file, c.from, c.to))).map((q) => `${c.file}:${c.from}-${c.to} « ${q} »`),
    );
    expect(misplaced).toEqual([]);
  });

  it.each(cites)('$id: the comment and the source cite the same lines', ({ comment, source }) => {
    const lines = (text: string): string[] => [...new Set(parseCitations(text).map((c) => `${c.file}:${c.from}-${c.to}`))].sort();
    if (/«/.test(comment)) expect(lines(source)).toEqual(lines(comment));
  });
});
