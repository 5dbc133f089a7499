/**
 * The regional review of a département's folder (test/review/corpus.ts): one row per CLS with its figures, the same CLS
 * counted once (the newest), the unusable files named with their reason, consolidated totals equal to the sum of the
 * rows to the cent — in JSON, in 80-column text, in the report workbook — and the report itself skipped on the next run.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { AS_OF, fingerprint, run } from '../cli/helpers';
import { buildWorkbookBuffer } from '../fixtures/cls-workbooks';
import { clsModel, CLEAN, delta, writeCorpus } from './corpus';

interface ClsRow {
  file: string;
  name: string;
  territory: string;
  summary: { error: number; warning: number; info: number };
  committed: number;
  secured: number;
  requested: number;
  budget: number;
  remaining: number;
  ars: number;
  arsShare: number;
  coordination: { year: number; ok: boolean }[];
  themes: { theme: string; status: string }[];
  lateActions: number;
  undatedIndicators: number;
  byPartner: Record<string, number>;
  unlisted: number;
}

interface ReviewJson {
  asOf: string;
  files: { file: string; summary: { error: number; warning: number; info: number }; totals: { committed: number } }[];
  cls: ClsRow[];
  duplicates: { name: string; territory: string; kept: string; ignored: string[] }[];
  unusable: { file: string; message: string }[];
  skipped: { file: string; reason: string; kept?: string }[];
  totals: {
    workbooks: number;
    withErrors: number;
    committed: number;
    secured: number;
    requested: number;
    budget: number;
    remaining: number;
    byPartner: Record<string, { committed: number }>;
    unlisted: number;
    byYear: Record<string, { requested: number; secured: number }>;
    lateActions: number;
    undatedIndicators: number;
  };
}

const cents = (euros: number): number => Math.round(euros * 100);
const lot = (i: number): string => join('lot', `cls-${String(i).padStart(2, '0')}.xlsx`);

let dir: string;
let review: ReviewJson;
let code: number;
let stderr: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-review-'));
  await mkdir(join(dir, 'lot'));
  await writeCorpus(join(dir, 'lot'));
  const result = await run(['validate', 'lot', '--format', 'json', ...AS_OF], dir);
  review = JSON.parse(result.stdout) as ReviewJson;
  ({ code, stderr } = result);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (i: number): ClsRow => {
  const found = review.cls.find((c) => c.file === lot(i));
  if (!found) throw new Error(`no row for ${lot(i)}`);
  return found;
};

describe('the folder of 30 files', () => {
  it('counts 27 CLS: 26, and the newest of the two versions of the 27th', async () => {
    expect(await readdir(join(dir, 'lot'))).toHaveLength(30);
    expect(review.cls.map((c) => c.file)).toEqual(Array.from({ length: 27 }, (_, k) => lot(k + 1)));
    expect(review.duplicates).toEqual([
      { name: 'Contrat local de santé n° 27', territory: 'Territoire 27', kept: lot(27), ignored: [join('lot', 'z-cls-27-ancienne-version.xlsx')] },
    ]);
    expect(review.skipped).toEqual([{ file: join('lot', 'z-cls-27-ancienne-version.xlsx'), reason: 'older-version', kept: lot(27) }]);
  });

  it('names the two unusable files with their reason, on stderr too, and exits 2', () => {
    expect(review.unusable).toEqual([
      { file: join('lot', 'cls-28.xls'), message: expect.stringMatching(/cls-28\.xls : classeur Excel 97-2003 \(\.xls\).*enregistrez-le au format \.xlsx/) },
      { file: join('lot', 'cls-29-protege.xlsx'), message: expect.stringMatching(/cls-29-protege\.xlsx est protégé par un mot de passe/) },
    ]);
    expect(stderr.trimEnd().split('\n')).toEqual(review.unusable.map((u) => `cls-workbook: ${u.message}`));
    expect(code).toBe(2);
  });

  it('gives each clean CLS its own figures', () => {
    for (const i of [11, 17, 26, 27]) {
      expect(row(i)).toMatchObject({
        name: `Contrat local de santé n° ${i}`,
        territory: `Territoire ${i}`,
        summary: { error: 0, warning: 0, info: 0 },
        committed: (CLEAN.committed + delta(i)) / 100,
        secured: (CLEAN.secured + delta(i)) / 100,
        requested: CLEAN.requested / 100,
        budget: (CLEAN.budget + delta(i)) / 100,
        remaining: 0,
        lateActions: 0,
        undatedIndicators: 0,
        unlisted: 0,
      });
      expect(cents(row(i).byPartner.CPAM!)).toBe(300_000 + delta(i));
    }
  });

  it('shows each planted defect in its CLS’s row', () => {
    expect(row(1)).toMatchObject({ lateActions: 1, summary: { error: 0 } });
    expect(cents(row(2).budget)).toBe(CLEAN.budget + delta(2) - 1_850_050);
    expect(cents(row(3).committed)).toBe(CLEAN.committed + delta(3) - 450_000);
    expect(cents(row(3).remaining)).toBe(450_000);
    expect(cents(row(4).committed)).toBe(CLEAN.committed + delta(4) + 500_000);
    expect(cents(row(4).ars)).toBe(11_700_000);
    expect(row(4).arsShare).toBeCloseTo(11_700_000 / (CLEAN.committed + delta(4) + 500_000), 12);
    expect(row(4).coordination.map((y) => [y.year, y.ok])).toEqual([
      [2025, true],
      [2026, false],
      [2027, true],
    ]);
    expect(cents(row(5).unlisted)).toBe(150_000);
    expect(cents(row(5).byPartner['Préfecture']!)).toBe(150_000);
    expect(cents(row(6).unlisted)).toBe(300_000 + delta(6));
    expect(row(6).byPartner.CPAM).toBeUndefined();
    expect(row(7).themes).toEqual([{ theme: 'Santé mentale', status: 'missing' }]);
    expect(row(8).undatedIndicators).toBe(1);
    expect(cents(row(9).remaining)).toBe(300_000);
    expect(cents(row(9).budget)).toBe(CLEAN.budget + delta(9) + 300_000);
    expect(row(10).summary.warning).toBeGreaterThan(0);
    // Errors only where an error was planted: #REF!, a text amount, the coordination caps, funders outside or off the list.
    expect(review.cls.filter((c) => c.summary.error > 0).map((c) => c.file)).toEqual([2, 3, 4, 5, 6].map(lot));
    expect(review.cls.filter((c) => c.summary.warning > 0).map((c) => c.file)).toEqual(expect.arrayContaining([1, 3, 7, 8, 9, 10].map(lot)));
  });

  it('reports each CLS’s findings as validating it alone does', async () => {
    for (const i of [2, 4, 7, 10]) {
      const alone = JSON.parse((await run(['validate', lot(i), '--format', 'json', ...AS_OF], dir)).stdout) as { summary: ClsRow['summary']; totals: { committed: number } };
      expect(row(i).summary).toEqual(alone.summary);
      expect(row(i).committed).toBe(alone.totals.committed);
    }
  });
});

describe('consolidated totals', () => {
  it('sum the 27 CLS by hand: 6 389 888,00 € committed, the older version not counted', () => {
    // 27 × 236 500,50 € + 10,25 € × (1 + … + 27) − 4 500 € (text amount) + 5 000 € (ARS above the cap).
    expect(cents(review.totals.committed)).toBe(27 * CLEAN.committed + 1_025 * 378 - 450_000 + 500_000);
    expect(cents(review.totals.committed)).toBe(638_988_800);
    expect(cents(review.totals.secured)).toBe(435_138_800);
    expect(cents(review.totals.requested)).toBe(27 * CLEAN.requested);
    expect(cents(review.totals.budget)).toBe(27 * CLEAN.budget + 1_025 * 378 - 1_850_050 + 300_000);
    expect(cents(review.totals.remaining)).toBe(750_000);
    expect(cents(review.totals.unlisted)).toBe(150_000 + 300_000 + delta(6));
    expect(cents(review.totals.byPartner.CPAM!.committed)).toBe(26 * 300_000 + 1_025 * 378 - delta(6));
    expect(cents(review.totals.byPartner.ARS!.committed)).toBe(27 * 11_200_000 + 500_000);
    expect(cents(review.totals.byYear['2029']!.requested)).toBe(450_000);
    expect(review.totals).toMatchObject({ workbooks: 27, withErrors: 5, lateActions: 1, undatedIndicators: 1 });
  });

  it('equal the sum of the rows, to the cent, for every figure', () => {
    const sum = (pick: (c: ClsRow) => number): number => review.cls.reduce((s, c) => s + cents(pick(c)), 0);
    expect(cents(review.totals.committed)).toBe(sum((c) => c.committed));
    expect(cents(review.totals.secured)).toBe(sum((c) => c.secured));
    expect(cents(review.totals.budget)).toBe(sum((c) => c.budget));
    expect(cents(review.totals.remaining)).toBe(sum((c) => c.remaining));
    expect(cents(review.totals.unlisted)).toBe(sum((c) => c.unlisted));
    for (const [partner, money] of Object.entries(review.totals.byPartner)) expect([partner, cents(money.committed)]).toEqual([partner, sum((c) => c.byPartner[partner] ?? 0)]);
    const partnersAndUnlisted = Object.values(review.totals.byPartner).reduce((s, m) => s + cents(m.committed), 0) + cents(review.totals.unlisted);
    expect(partnersAndUnlisted).toBe(cents(review.totals.committed));
    expect(review.files.map((f) => cents(f.totals.committed))).toEqual(review.cls.map((c) => cents(c.committed)));
  });
});

describe('text', () => {
  it('fits 80 columns, names the unusable files, the duplicate and the files with errors', async () => {
    const { stdout } = await run(['validate', 'lot', ...AS_OF], dir);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    // Sentences wrap at 80 columns: compared with their spaces folded.
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('━━ Synthèse de 30 classeurs ━━');
    expect(flat).toContain('27 CLS comptés · 2 fichiers inutilisables · 1 version plus ancienne écartée');
    expect(flat).toMatch(/« Contrat local de santé n° 27 » — Territoire 27 : retenu lot\/cls-27\.xlsx \(02\/06\/2026 à \d\d:00\) ; écarté lot\/z-cls-27-ancienne-version\.xlsx \(10\/01\/2026/);
    expect(flat).toContain('Classeurs avec erreurs : 5 sur 27 (lot/cls-02.xlsx, lot/cls-03.xlsx, lot/cls-04.xlsx, lot/cls-05.xlsx, lot/cls-06.xlsx)');
    expect(flat).toContain('Engagements financiers, tous classeurs (acquis et sollicités) : 6 389 888,00 €');
    expect(flat).toContain('lot/cls-28.xls : classeur Excel 97-2003');
    expect(stdout).toContain('━━ lot/cls-04.xlsx ━━');
  });

  it('--summary prints only the tables and the totals, in English with --lang en', async () => {
    const { stdout } = await run(['validate', 'lot', '--summary', '--lang', 'en', ...AS_OF], dir);
    expect(stdout).not.toContain('━━ lot/');
    expect(stdout).toMatch(/^━━ Summary of 30 workbooks ━━\nAs of 2026-11-23 · 27 CLS counted · 2 unusable files · 1 older version set aside\n/);
    // CLS n° 4: the ARS above the cap in 2026.
    expect(stdout).toMatch(/\n +4 +€166,041\.50 .*✗ 2026\n/);
    expect(stdout).toContain('Financial commitments, all workbooks (secured and requested): €6,389,888.00');
    expect(stdout).not.toMatch(/Engagé|Acquis|Sollicité|Erreurs|Fichiers|classeur|écart/);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe('report workbooks', () => {
  let report: Workbook;
  beforeAll(async () => {
    const result = await run(['validate', 'lot', '--report', join('lot', 'revue.xlsx'), '--report-dir', 'par-cls', '--summary', ...AS_OF], dir);
    expect(result.code).toBe(2);
    report = new Workbook();
    await report.xlsx.readFile(join(dir, 'lot', 'revue.xlsx'));
  }, 60_000);

  const tableRows = (sheet: string): unknown[][] => {
    const rows: unknown[][] = [];
    const ws = report.getWorksheet(sheet)!;
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return rows;
  };

  it('has the summary, CLS × partners, findings, totals and the files set aside', () => {
    expect(report.worksheets.map((s) => s.name)).toEqual(['Revue des CLS', 'CLS × partenaires', 'Contrôle', 'Totaux', 'Fichiers écartés']);
  });

  it('one row per CLS and a Total row equal to the JSON’s totals', () => {
    const rows = tableRows('Revue des CLS');
    const header = rows.find((r) => r[0] === 'N°')!;
    const committed = header.indexOf('Engagé');
    const body = rows.filter((r) => typeof r[0] === 'number');
    expect(body).toHaveLength(27);
    expect(body.map((r) => r[4])).toEqual(review.cls.map((c) => c.file));
    const total = rows.find((r) => r[1] === 'Total')!;
    expect(cents(total[committed] as number)).toBe(638_988_800);
    expect(body.reduce((s, r) => s + cents(r[committed] as number), 0)).toBe(638_988_800);
  });

  it('CLS × partners on the catalogue names, the row totals equal the committed', () => {
    const rows = tableRows('CLS × partenaires');
    const header = rows.find((r) => r[0] === 'N°')!;
    expect(header.slice(2, 6)).toEqual(['ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental']);
    for (const r of rows.filter((x) => typeof x[0] === 'number')) {
      const amounts = (r.slice(2, -1) as number[]).reduce((s, v) => s + cents(v), 0);
      expect(amounts).toBe(cents(r[r.length - 1] as number));
    }
  });

  it('findings in words with their file, the rule code kept for machines', () => {
    const rows = tableRows('Contrôle');
    expect(rows[0]).toEqual(['Fichier', 'CLS', 'Gravité', 'Règle', 'Feuille', 'Cellule', 'Message', 'Valeur', 'Suggestion', 'Code de la règle']);
    const ref = rows.find((r) => r[0] === lot(2) && r[9] === 'cell.formula-error')!;
    expect(ref.slice(2, 4)).toEqual(['Erreur', 'Erreur de formule']);
  });

  it('lists the files set aside with the reason', () => {
    const rows = tableRows('Fichiers écartés').filter((r) => typeof r[0] === 'string' && r[0].startsWith('lot'));
    expect(rows.map((r) => r[0])).toEqual([join('lot', 'cls-28.xls'), join('lot', 'cls-29-protege.xlsx'), join('lot', 'z-cls-27-ancienne-version.xlsx')]);
  });

  it('writes one report per CLS to send back to each territory', async () => {
    const written = (await readdir(join(dir, 'par-cls'))).sort();
    expect(written).toHaveLength(27);
    expect(written[0]).toBe('cls-01-rapport.xlsx');
    const one = new Workbook();
    await one.xlsx.readFile(join(dir, 'par-cls', 'cls-04-rapport.xlsx'));
    const rows: unknown[][] = [];
    one.getWorksheet('Revue des CLS')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.filter((r) => typeof r[0] === 'number').map((r) => r[1])).toEqual(['Contrat local de santé n° 4']);
  });

  it('on the next run, the report in the folder is recognised and skipped, the totals unchanged', async () => {
    const before = await fingerprint(join(dir, 'lot', 'cls-01.xlsx'));
    const again = JSON.parse((await run(['validate', 'lot', '--format', 'json', ...AS_OF], dir)).stdout) as ReviewJson;
    expect(again.skipped).toEqual(expect.arrayContaining([{ file: join('lot', 'revue.xlsx'), reason: 'own-report' }]));
    expect(again.unusable).toHaveLength(2);
    expect(again.totals.committed).toBe(review.totals.committed);
    expect(await fingerprint(join(dir, 'lot', 'cls-01.xlsx'))).toEqual(before);
  });
});

describe('bad input', () => {
  it('a folder with nothing readable: a clear sentence and exit 2', async () => {
    await mkdir(join(dir, 'illisible'));
    await writeFile(join(dir, 'illisible', 'a.ods'), 'PK');
    await writeFile(join(dir, 'illisible', 'b.xlsx'), 'pas un classeur');
    const result = await run(['validate', 'illisible', ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cls-workbook: aucun classeur CLS lisible parmi 2 fichiers : rien à contrôler');
    expect(result.stderr).toMatch(/a\.ods : classeur OpenDocument \(\.ods\)/);
    expect(result.stderr).not.toMatch(/\s+at\s/);
  });

  it('a single report named alone is refused with a sentence', async () => {
    const result = await run(['validate', join('lot', 'revue.xlsx'), ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/revue\.xlsx est un rapport ou un relevé écrit par Tableaux CLS, pas le classeur d'un CLS/);
  });

  it('two files of the same CLS named by a shell glob are counted once', async () => {
    await mkdir(join(dir, 'glob', 'archives'), { recursive: true });
    await writeFile(join(dir, 'glob', 'cls.xlsx'), await buildWorkbookBuffer(clsModel(40)));
    await writeFile(join(dir, 'glob', 'archives', 'cls.xlsx'), await buildWorkbookBuffer(clsModel(40)));
    const result = await run(['validate', join('glob', 'cls.xlsx'), join('glob', 'archives', 'cls.xlsx'), '--format', 'json', ...AS_OF], dir);
    const json = JSON.parse(result.stdout) as ReviewJson;
    expect(json.cls).toHaveLength(1);
    expect(cents(json.totals.committed)).toBe(CLEAN.committed + delta(40));
  });
});
