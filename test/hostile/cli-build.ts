/** The command line compiled from the current sources (swc, as jest compiles them) into a private folder, to run as a real process. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformFileSync } from '@swc/core';

export const ROOT = join(__dirname, '..', '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
const RELATIVE_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)'(\.{1,2}\/[^']+)'/g;

/** The source file a relative import names: `./x.js` and `./x` are `./x.ts`, a folder its `index.ts`. */
function resolveImport(from: string, specifier: string): string {
  const base = join(dirname(from), specifier.replace(/\.js$/, ''));
  const candidates = [`${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${relative(ROOT, from)} imports ${specifier}, which has no source`);
  return found;
}

/** Every source file the command line reaches from src/cli/main.ts, as tsc follows them. */
function sourceFiles(): string[] {
  const seen = new Set<string>();
  const pending = [ENTRY];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) pending.push(resolveImport(file, match[1] ?? ''));
  }
  return [...seen];
}

/**
 * Compiles the sources the command line imports under test-artifacts/ (inside the project, so node_modules resolves) and
 * returns the path of cli/main.js. Each call its own folder: several test runs may build at once.
 */
export function buildCli(): { main: string; remove: () => void } {
  const folder = join(ROOT, 'test-artifacts', `hostile-cli-${process.pid}-${Date.now()}`);
  for (const file of sourceFiles()) {
    const { code } = transformFileSync(file, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: false, swcrc: false });
    const out = join(folder, relative(join(ROOT, 'src'), file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
  return { main: join(folder, 'cli', 'main.js'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
