/** The command line compiled from the current sources (swc, as jest compiles them) into a private folder, to run as a real process. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformFileSync } from '@swc/core';

export const ROOT = join(__dirname, '..', '..');
const SOURCES = ['domain', 'xlsx', 'cli'].map((folder) => join(ROOT, 'src', folder));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Compiles src/domain, src/xlsx and src/cli under test-artifacts/ (inside the project, so node_modules resolves) and
 * returns the path of cli/main.js. Each call its own folder: several test runs may build at once.
 */
export function buildCli(): { main: string; remove: () => void } {
  const folder = join(ROOT, 'test-artifacts', `hostile-cli-${process.pid}-${Date.now()}`);
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const { code } = transformFileSync(file, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: false, swcrc: false });
    const out = join(folder, relative(join(ROOT, 'src'), file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
  return { main: join(folder, 'cli', 'main.js'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
