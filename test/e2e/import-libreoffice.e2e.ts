/** Import of a coordinator's workbook re-saved by LibreOffice Calc: merges, year bands and amounts survive, totals to the cent. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { run } from '../cli/helpers';
import { bufferOf, coordinatorWorkbook } from '../import/shapes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirePrograms } = require('./require-programs') as { requirePrograms: (names: string[]) => Record<string, string> };

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

it('imports the workbook LibreOffice re-saved, with the same conservation and totals per partner and year', async () => {
  const soffice = requirePrograms(['libreoffice']).libreoffice!;
  const dir = mkdtempSync(join(tmpdir(), 'cls-import-lo-'));
  mkdirSync(join(dir, 'in'));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'in', 'suivi.xlsx'), await bufferOf(coordinatorWorkbook()));
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'in', 'suivi.xlsx')], {
    stdio: 'ignore',
    timeout: 120000,
  });
  const source = join(dir, 'out', 'suivi.xlsx');
  const before = sha(source);
  const result = await run(['import', source, join(dir, 'cls.xlsx'), '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(sha(source)).toBe(before);
  const json = JSON.parse(result.stdout) as { conservation: { area: string; source: number; imported: number; budget: number; skipped: number; balanced: boolean }[]; imported: unknown };
  expect(json.conservation.map((c) => [c.area, c.source, c.imported, c.budget, c.skipped, c.balanced])).toEqual([
    ['Tableau de bord!A3:F10', 88001.8, 0, 44000.9, 44000.9, true],
    ['Engagements 2025-2026!A3:L10', 613006.6, 152251.65, 0, 460754.95, true],
    ['Suivi financier!A1:G9', 33100.8, 13550.4, 0, 19550.4, true],
  ]);
  expect(json.imported).toEqual({ actions: 4, fundings: 23, indicators: 7, addedFunders: ['Commune', 'Ville'] });
  const report = validateWorkbook(await readWorkbookFile(join(dir, 'cls.xlsx')), { asOf: '2026-11-23', profile: 'generic' });
  expect(report.totals.byFunderYearCents).toEqual({
    ARS: { '2025': 4320020, '2026': 4100010 },
    'Collectivité porteuse': { '2025': 2900050, '2026': 2850000 },
    CAF: { '2025': 520035, '2026': 520035 },
    Commune: { '2025': 30000, '2026': 105025 },
    Ville: { '2026': 150025 },
  });
});
