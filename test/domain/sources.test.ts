/**
 * The seeds and the contract live in the repository (docs/sources/, docs/contract.md): the files are the
 * ones the README lists, byte for byte, and every seed citation in the code points at lines that exist.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = join(ROOT, 'docs', 'sources');

/** The files, line counts and sha256 the README's table lists. */
function listed(): { file: string; lines: number; sha256: string }[] {
  const readme = readFileSync(join(SOURCES, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| `(\d{3}_[0-9a-f]{16}\.txt)` \|[^\n]*\| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => ({
    file: m[1] ?? '',
    lines: Number(m[2]),
    sha256: m[3] ?? '',
  }));
}

/** A seed's text with its line endings made LF (a checkout may have turned them to CRLF). */
const text = (file: string): string => readFileSync(join(SOURCES, file), 'utf8').replace(/\r\n/g, '\n');

function codeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [path] : [];
  });
}

describe('docs/sources', () => {
  it('holds exactly the seed files its README lists', () => {
    const files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();
    expect(listed().map((l) => l.file)).toEqual(files);
    expect(files).toHaveLength(5);
  });

  it.each(listed())('$file is the text the citations count lines in ($lines lines, sha256 as listed)', ({ file, lines, sha256 }) => {
    expect(text(file).split('\n')).toHaveLength(lines + 1);
    expect(createHash('sha256').update(text(file), 'utf8').digest('hex')).toBe(sha256);
  });

  it('every seed citation in src/ and scripts/ names a listed file and lines inside it', () => {
    const lengths = new Map(listed().map((l) => [l.file, l.lines]));
    const citations = [join(ROOT, 'src'), join(ROOT, 'scripts')].flatMap(codeFiles).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/(\d{3}_[0-9a-f]{16}\.txt)(?::(\d+)(?:-(\d+))?)?/g)].map((m) => ({
        at: `${relative(ROOT, path)}: ${m[0]}`,
        lines: lengths.get(m[1] ?? ''),
        from: m[2] === undefined ? undefined : Number(m[2]),
        to: Number(m[3] ?? m[2]),
      })),
    );
    expect(citations.length).toBeGreaterThan(100);
    const wrong = citations.filter((c) => c.lines === undefined || c.from === undefined || c.from < 1 || c.to < c.from || c.to > c.lines);
    expect(wrong.map((c) => c.at)).toEqual([]);
  });
});
