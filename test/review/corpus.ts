/**
 * A département's folder as an ARS referent receives it: 30 files — 26 CLS, two versions of a 27th, ten of the CLS with
 * one planted defect each, a .xls and a password-protected workbook. Written with exceljs from the clean fixture
 * (not with our generator); every figure the tests expect is derived by hand below.
 */
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';
import type { FixtureWorkbook } from '../fixtures/cls-workbooks';

/** The clean fixture's money (test/fixtures/cls-model.ts), in cents. */
export const CLEAN = {
  committed: 23_650_050,
  secured: 16_100_050,
  requested: 7_550_000,
  forecast: 200_000,
  budget: 7_850_050,
} as const;

/** CLS n° i has its CPAM line and the budget of action 1.1.1 raised by 10,25 € × i: every CLS has its own total. */
export const delta = (i: number): number => 1_025 * i;

export type Defect = (m: FixtureWorkbook) => void;

const fundings = (m: FixtureWorkbook): ReturnType<typeof tableOf> => tableOf(m, 'CLS_Financements');
const actions = (m: FixtureWorkbook): ReturnType<typeof tableOf> => tableOf(m, 'CLS_Actions');

/** The ten planted defects, on CLS n° 1 to 10, and what each changes in its row of the review. */
export const DEFECTS: readonly { readonly label: string; readonly plant: Defect }[] = [
  // 1.1.1 ends on 30/06/2026 and stays « En cours »: late as of 23/11/2026.
  { label: 'late action', plant: (m) => (setCell(actions(m), 0, 'Statut', 'En cours'), setCell(actions(m), 0, 'Avancement (%)', 0.9)) },
  // The budget of 2.1.1 (18 500,50 €) becomes #REF!.
  { label: '#REF! budget', plant: (m) => setCell(actions(m), 2, 'Budget prévisionnel (€)', { formula: '#REF!*1', result: { error: '#REF!' } }) },
  // The CAF's 4 500 € on 3.1.1 typed as text: not counted, 3.1.1 short of 4 500 €.
  { label: 'amount typed as text', plant: (m) => setCell(fundings(m), 17, 'Montant (€)', '4 500 €') },
  // The ARS puts 30 000 € on the post in 2026: cap, share and co-financing all fail that year; +5 000 € committed.
  { label: 'ARS coordination above the cap', plant: (m) => setCell(fundings(m), 2, 'Montant (€)', 30_000) },
  // The Préfecture's 1 500 € of 2025 under a funder outside the list.
  { label: 'funder outside the list', plant: (m) => setCell(fundings(m), 22, 'Financeur', 'Fondation Santé Ouest') },
  // The CPAM written « cpam  »: in no partner column.
  { label: 'partner spelled otherwise', plant: (m) => setCell(fundings(m), 9, 'Financeur', 'cpam ') },
  // No action of the mental-health theme (loi 3DS).
  { label: 'mental health missing', plant: (m) => (setCell(actions(m), 0, 'Thématique', 'Addictions'), setCell(actions(m), 1, 'Thématique', 'Addictions')) },
  // « Quand évaluer » without month and year.
  { label: 'undated indicator', plant: (m) => setCell(tableOf(m, 'CLS_Evaluation'), 0, 'Quand évaluer', 'une fois par an') },
  // 3.2.1 budgeted 9 000 € for 6 000 € committed: 3 000 € still to find.
  { label: 'money still to find', plant: (m) => setCell(actions(m), 4, 'Budget prévisionnel (€)', 9_000) },
  // The MSA's 4 500 € requested for 2027 entered for 2029, after the contract.
  { label: 'year outside the contract', plant: (m) => setCell(fundings(m), 18, 'Année', 2029) },
];

/** The model of CLS n° i: its own name, territory and amounts, and its defect when i ≤ 10. */
export function clsModel(i: number, extra?: Defect): FixtureWorkbook {
  const m = fixtureModel('clean');
  const parameters = tableOf(m, 'CLS_Parametres');
  setCell(parameters, 0, 'Valeur', `Contrat local de santé n° ${i}`);
  setCell(parameters, 1, 'Valeur', `Territoire ${i}`);
  setCell(fundings(m), 9, 'Montant (€)', (300_000 + delta(i)) / 100);
  setCell(actions(m), 0, 'Budget prévisionnel (€)', (1_200_000 + delta(i)) / 100);
  DEFECTS[i - 1]?.plant(m);
  extra?.(m);
  return m;
}

export const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1016).fill(0)]);

const name = (i: number): string => `cls-${String(i).padStart(2, '0')}.xlsx`;

/** Writes the 30 files into `dir`; the older version of CLS 27 sorts after the newer one, so only the dates decide. */
export async function writeCorpus(dir: string): Promise<void> {
  for (let i = 1; i <= 26; i++) await writeFile(join(dir, name(i)), await buildWorkbookBuffer(clsModel(i)));
  await writeFile(join(dir, name(27)), await buildWorkbookBuffer(clsModel(27)));
  // The older version still had 1.1.1 planned with a CPAM commitment of 99 999 € (budget to match).
  await writeFile(
    join(dir, 'z-cls-27-ancienne-version.xlsx'),
    await buildWorkbookBuffer(clsModel(27, (m) => (setCell(fundings(m), 9, 'Montant (€)', 99_999), setCell(actions(m), 0, 'Budget prévisionnel (€)', 108_999)))),
  );
  await utimes(join(dir, 'z-cls-27-ancienne-version.xlsx'), new Date('2026-01-10T09:00:00Z'), new Date('2026-01-10T09:00:00Z'));
  await utimes(join(dir, name(27)), new Date('2026-06-02T09:00:00Z'), new Date('2026-06-02T09:00:00Z'));
  await writeFile(join(dir, 'cls-28.xls'), OLE);
  await writeFile(join(dir, 'cls-29-protege.xlsx'), OLE);
}
