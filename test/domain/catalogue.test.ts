import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULES_BY_ID } from '../../src/domain/rules/catalogue';
import { RULE_IDS } from '../../src/domain/rules/ids';

/** The project's copy of the seeds (docs/sources/README.md). */
const SOURCES = join(__dirname, '..', '..', 'docs', 'sources');

describe('rule catalogue', () => {
  it('has exactly one rule per id of CONTRACT §2', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    expect(RULES_BY_ID.size).toBe(RULE_IDS.length);
  });

  it.each(RULES.map((r) => [r.id, r.source] as const))('%s cites its source', (_id, source) => {
    expect(source).toMatch(/^(seed \d{3}_[0-9a-f]{16}\.txt|CONTRACT §)/);
  });

  const cited = RULES.flatMap((r) =>
    [...r.source.matchAll(/(\d{3}_[0-9a-f]{16}\.txt)(?::(\d+)(?:-(\d+))?)?/g)].map((m) => [r.id, m[1]!, Number(m[3] ?? m[2] ?? 0)] as const),
  );
  it.each(cited)('%s cites an existing seed line (%s:%d)', (_id, file, line) => {
    const lines = readFileSync(join(SOURCES, file), 'utf8').split('\n').length;
    expect(line).toBeGreaterThan(0);
    expect(line).toBeLessThanOrEqual(lines);
  });
});
