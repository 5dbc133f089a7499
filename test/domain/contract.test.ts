/**
 * docs/contract.md is the project's contract: its rule catalogue (§2) is the code's, rule for rule — id,
 * severity and regional profile — and every `CONTRACT §n` the code cites is a section of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileId } from '../../src/domain/report';
import { RULES_BY_ID } from '../../src/domain/rules/catalogue';
import type { RuleId } from '../../src/domain/rules/ids';

const ROOT = join(__dirname, '..', '..');
const CONTRACT = readFileSync(join(ROOT, 'docs', 'contract.md'), 'utf8');

/** Rules the code has beyond the contract's table, each a deliberate addition. */
const ADDED: readonly RuleId[] = [
  'cell.formula-uncalculated',
  'action.fiche-item-missing',
  'funding.funder-spelling',
  'funding.amount-not-counted',
  'funding.year-not-counted',
  'funding.value-spelling',
  'funding.paid-exceeds-amount',
  'evaluation.final-not-in-last-year',
  'governance.log-missing',
  'governance.instance-frequency',
];

const PROFILE_MARKS: Readonly<Record<string, readonly ProfileId[]>> = {
  N: ['normandie'],
  CVL: ['centre-val-de-loire'],
  'N, CVL': ['normandie', 'centre-val-de-loire'],
};

/** The rows of §2's table: id, severity, and the profiles a leading (N) / (CVL) mark restricts it to. */
function contractRules(): { id: string; severity: string; profiles: readonly ProfileId[] | undefined }[] {
  const section = CONTRACT.slice(CONTRACT.indexOf('## 2. Rule catalogue'), CONTRACT.indexOf('## 3. Command line'));
  return [...section.matchAll(/^\| `([a-z]+\.[a-z-]+)` \| (error|warning|info) \| (?:\(([^)]+)\) )?/gm)].map((m) => ({
    id: m[1] ?? '',
    severity: m[2] ?? '',
    profiles: m[3] === undefined ? undefined : PROFILE_MARKS[m[3]],
  }));
}

function codeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('docs/contract.md', () => {
  it('lists the rules of §2 in a table the test can read', () => {
    expect(contractRules().length).toBeGreaterThanOrEqual(40);
  });

  it.each(contractRules())('$id: in the catalogue with the severity and the profiles of §2', ({ id, severity, profiles }) => {
    const rule = RULES_BY_ID.get(id as RuleId);
    expect(rule).toBeDefined();
    expect(rule?.severity).toBe(severity);
    expect(rule?.profiles).toEqual(profiles);
  });

  it('the catalogue holds no other rule than those of §2 and the listed additions', () => {
    const inContract = new Set(contractRules().map((r) => r.id));
    expect([...RULES_BY_ID.keys()].filter((id) => !inContract.has(id)).sort()).toEqual([...ADDED].sort());
  });

  it('every CONTRACT §n the code cites is a section of it', () => {
    const sections = new Set([...CONTRACT.matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));
    const cited = codeFiles(join(ROOT, 'src')).flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/CONTRACT §(\d+)/g)].map((m) => m[1]));
    expect(cited.length).toBeGreaterThan(10);
    expect([...new Set(cited)].filter((n) => !sections.has(n))).toEqual([]);
  });
});
