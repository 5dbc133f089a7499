import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { processIo } from '../../src/cli/io';
import { RULE_IDS } from '../../src/domain/rules/ids';
import { ACTION_BUDGETS, buildWorkbookBuffer, CLEAN_TOTALS, FIXTURE_AS_OF, fixtureModel, setCell, tableOf, writeFixture } from '../fixtures/cls-workbooks';
import type { VariantId } from '../fixtures/cls-workbooks';
import { AS_OF, fingerprint, run } from './helpers';
import { pinClock, unpinClock } from '../setup/pin-clock';
import { readWorkbookFile } from '../../src/xlsx/read-file';

// The real reader, which one test makes fail unexpectedly for one file.
jest.mock('../../src/xlsx/read-file', () => {
  const actual = jest.requireActual<typeof import('../../src/xlsx/read-file')>('../../src/xlsx/read-file');
  return { ...actual, readWorkbookFile: jest.fn(actual.readWorkbookFile) };
});

const findingSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  sheet: z.string(),
  table: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/).optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
  message: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  suggestion: z.string().min(1).optional(),
});

const euros = z.number().refine((n) => Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6);

const statusShape = { secured: euros, requested: euros, forecast: euros };

const fileSchema = z.strictObject({
  file: z.string(),
  profile: z.enum(['normandie', 'centre-val-de-loire', 'generic']),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  summary: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(findingSchema),
  totals: z
    .strictObject({
      committed: euros,
      byFunder: z.record(z.string(), euros),
      byYear: z.record(z.string().regex(/^\d{4}$/), euros),
      byAction: z.array(
        z
          .strictObject({ action: z.string(), budget: euros.nullable(), committed: euros, remaining: euros.nullable(), ...statusShape })
          .refine((a) => Math.round(a.committed * 100) === Math.round(a.secured * 100) + Math.round(a.requested * 100)),
      ),
      // Secured vs requested, added beside the CONTRACT §3 fields: committed = secured + requested.
      ...statusShape,
      valued: euros,
      byFunderStatus: z.record(z.string(), z.strictObject(statusShape)),
      byYearStatus: z.record(z.string(), z.strictObject(statusShape)),
      unlistedFunders: z.record(z.string(), euros),
    })
    .refine((t) => Math.round(t.committed * 100) === Math.round(t.secured * 100) + Math.round(t.requested * 100), 'committed = secured + requested'),
});
type FileJson = z.infer<typeof fileSchema>;

const parseOne = (stdout: string): FileJson => fileSchema.parse(JSON.parse(stdout));
/** Several workbooks give the review object; its `files` are the per-workbook objects of CONTRACT §3. */
const parseMany = (stdout: string): FileJson[] => z.object({ files: z.array(fileSchema) }).parse(JSON.parse(stdout)).files;

/** A variant under another CLS name: two different CLS, so a review counts both (the same CLS twice is counted once). */
async function writeOtherCls(folder: string, variant: VariantId, file: string): Promise<void> {
  const model = fixtureModel(variant);
  setCell(tableOf(model, 'CLS_Parametres'), 0, 'Valeur', 'Contrat local de santé de Bellerive');
  await writeFile(join(folder, file), await buildWorkbookBuffer(model));
}

const VARIANTS_USED: VariantId[] = ['clean', 'refError', 'lateAction', 'amountsAsText', 'missingSheet', 'invertedDates', 'pastedRange'];

let dir: string;
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1016).fill(0)]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-cli-'));
  for (const variant of VARIANTS_USED) await writeFixture(dir, variant);
  await writeFile(join(dir, 'vide.xlsx'), new Uint8Array(0));
  await writeFile(join(dir, 'texte.xlsx'), 'Financeur;Montant\nARS;25000\n');
  await writeFile(join(dir, 'ole.xlsx'), OLE);
  const clean = await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'clean.xlsx')));
  await writeFile(join(dir, 'tronque.xlsx'), clean.subarray(0, Math.floor(clean.length / 2)));
  // A folder as an ARS referent receives it: workbooks, an Excel lock file, other files, a subfolder.
  await mkdir(join(dir, 'lot', 'archives'), { recursive: true });
  await writeOtherCls(join(dir, 'lot'), 'refError', 'b-bellerive.xlsx');
  await writeOtherCls(dir, 'refError', 'autre.xlsx');
  await writeFixture(join(dir, 'lot'), 'clean', 'a-valmont.xlsx');
  await writeFile(join(dir, 'lot', '~$a-valmont.xlsx'), 'lock');
  await writeFile(join(dir, 'lot', 'notes.txt'), 'notes');
  await writeFixture(join(dir, 'lot', 'archives'), 'clean', 'ancien.xlsx');
  await mkdir(join(dir, 'seul'));
  await writeFixture(join(dir, 'seul'), 'clean', 'cls.xlsx');
  await mkdir(join(dir, 'vide'));
  await mkdir(join(dir, 'rapports'));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Exactly one stderr line, prefixed, without a stack trace. */
const expectOneErrorLine = (stderr: string, pattern: RegExp): void => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^cls-workbook: /);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\s+at\s|Error:/);
};

describe('exit status', () => {
  it.each<[string, string[], number]>([
    ['clean workbook', ['clean.xlsx'], 0],
    ['warnings only', ['lateAction.xlsx'], 0],
    ['pasted range, no table', ['pastedRange.xlsx'], 0],
    ['#REF! in a budget', ['refError.xlsx'], 1],
    ['amounts typed as text', ['amountsAsText.xlsx'], 1],
    ['missing sheet', ['missingSheet.xlsx'], 1],
    ['several files, one with errors', ['clean.xlsx', 'autre.xlsx'], 1],
    ['a folder with one workbook in error', ['lot'], 1],
  ])('%s (%j) → exit %i', async (_label, files, code) => {
    const result = await run(['validate', ...files, ...AS_OF], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
  });

  it.each<[string, string, RegExp]>([
    ['missing file', 'absent.xlsx', /absent\.xlsx : fichier introuvable/],
    ['empty file', 'vide.xlsx', /vide\.xlsx est vide/],
    ['not a zip', 'texte.xlsx', /texte\.xlsx n'est pas un classeur \.xlsx/],
    ['truncated zip', 'tronque.xlsx', /tronque\.xlsx est un classeur \.xlsx tronqué ou corrompu/],
    ['encrypted or .xls', 'ole.xlsx', /ole\.xlsx est protégé par un mot de passe.*\.xls/],
    ['folder without workbooks', 'vide', /vide : aucun classeur \.xlsx/],
  ])('%s → 2 with one stderr line', async (_label, file, pattern) => {
    const result = await run(['validate', file, ...AS_OF], dir);
    expect(result.code).toBe(2);
    expectOneErrorLine(result.stderr, pattern);
  });

  it('says it in English with --lang en', async () => {
    const result = await run(['validate', 'ole.xlsx', '--lang', 'en', ...AS_OF], dir);
    expect(result.code).toBe(2);
    expectOneErrorLine(result.stderr, /ole\.xlsx is password-protected \(encrypted\) or in the Excel 97-2003 format/);
  });

  it('still reports the readable workbooks of a batch with an unusable one', async () => {
    const result = await run(['validate', 'clean.xlsx', 'vide.xlsx', ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('━━ clean.xlsx ━━');
    expect(result.stdout).toContain('1 fichier inutilisable');
    expectOneErrorLine(result.stderr, /vide\.xlsx est vide/);
  });

  it('lists a workbook that makes the reader fail unexpectedly, and still checks the others', async () => {
    jest.mocked(readWorkbookFile).mockRejectedValueOnce(new Error('boom'));
    const result = await run(['validate', 'lateAction.xlsx', 'clean.xlsx', ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('━━ clean.xlsx ━━');
    expectOneErrorLine(result.stderr, /lateAction\.xlsx : lecture impossible \(boom\) ; les autres classeurs sont contrôlés/);
  });
});

describe('bad arguments → 2, one line, nothing on stdout', () => {
  it.each<[string, string[], RegExp]>([
    ['no command', [], /commande manquante/],
    ['unknown command', ['verifier', 'clean.xlsx'], /commande inconnue « verifier »/],
    ['no input', ['validate', ...AS_OF], /au moins un classeur/],
    ['unknown profile', ['validate', 'clean.xlsx', '--profile', 'bretagne'], /« bretagne ».*normandie, centre-val-de-loire, generic/],
    ['unknown format', ['validate', 'clean.xlsx', '--format', 'xml'], /« xml » invalide pour --format/],
    ['unknown language', ['validate', 'clean.xlsx', '--lang', 'de'], /« de » invalide pour --lang/],
    ['French date for --as-of', ['validate', 'clean.xlsx', '--as-of', '23/11/2026'], /--as-of : attendu AAAA-MM-JJ/],
    ['impossible date', ['validate', 'clean.xlsx', '--as-of', '2026-02-30'], /date « 2026-02-30 » invalide/],
    ['unknown option', ['validate', 'clean.xlsx', '--fix'], /option inconnue --fix/],
    ['missing value', ['validate', 'clean.xlsx', '--profile'], /l'option --profile attend une valeur/],
    ['repeated option', ['validate', 'clean.xlsx', '--format', 'json', '--format=text'], /--format est donnée deux fois/],
    ['English message', ['validate', 'clean.xlsx', '--format', 'xml', '--lang=en'], /invalid value "xml" for --format: text, json/],
  ])('%s', async (_label, args, pattern) => {
    const result = await run(args, dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneErrorLine(result.stderr, pattern);
  });
});

describe('--format json', () => {
  it('gives one object with the exact shape of CONTRACT §3 for the clean workbook', async () => {
    const result = await run(['validate', 'clean.xlsx', '--format', 'json', ...AS_OF], dir);
    expect(result.code).toBe(0);
    const json = parseOne(result.stdout);
    expect(json).toMatchObject({ file: 'clean.xlsx', profile: 'normandie', asOf: FIXTURE_AS_OF, summary: { error: 0, warning: 0, info: 0 }, findings: [] });
    expect(json.totals.committed).toBe(CLEAN_TOTALS.committed);
    expect(json.totals.byFunder).toEqual(CLEAN_TOTALS.byFunder);
    expect(json.totals.byYear).toEqual(CLEAN_TOTALS.byYear);
    expect(json.totals.byAction).toEqual(
      Object.entries(ACTION_BUDGETS).map(([action, budget]) => expect.objectContaining({ action, budget, committed: budget, remaining: 0 })),
    );
    // ARS in the fixture: 84 000 € acquis + 28 000 € sollicité (hand-summed from its rows).
    expect(json.totals.byFunderStatus['ARS']).toEqual({ secured: 84_000, requested: 28_000, forecast: 0 });
    expect(json.totals.byFunderStatus['Conférence des financeurs']).toEqual({ secured: 0, requested: 0, forecast: 2_000 });
    expect(json.totals.unlistedFunders).toEqual({});
  });

  it('locates each finding and keeps the summary consistent', async () => {
    const json = parseOne((await run(['validate', 'refError.xlsx', '--format', 'json', ...AS_OF], dir)).stdout);
    expect(json.findings).toEqual([
      expect.objectContaining({
        rule: 'cell.formula-error',
        severity: 'error',
        sheet: "Plan d'action",
        table: 'CLS_Actions',
        cell: 'V4',
        row: 4,
        column: 'Budget prévisionnel (€)',
      }),
    ]);
    expect(json.findings[0]?.message).toContain('#REF!');
    expect(json.summary).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('leaves cell and row out for a finding about a whole table', async () => {
    const json = parseOne((await run(['validate', 'missingSheet.xlsx', '--format', 'json', ...AS_OF], dir)).stdout);
    const missing = json.findings.find((f) => f.rule === 'structure.table-missing');
    expect(missing).toBeDefined();
    expect(missing).not.toHaveProperty('cell');
    expect(missing).not.toHaveProperty('row');
  });

  it('speaks English with --lang en, same data', async () => {
    const fr = parseOne((await run(['validate', 'amountsAsText.xlsx', '--format', 'json', ...AS_OF], dir)).stdout);
    const en = parseOne((await run(['validate', 'amountsAsText.xlsx', '--format', 'json', '--lang', 'en', ...AS_OF], dir)).stdout);
    expect(en.findings.map((f) => [f.rule, f.cell, f.value])).toEqual(fr.findings.map((f) => [f.rule, f.cell, f.value]));
    expect(en.findings.map((f) => f.message)).not.toEqual(fr.findings.map((f) => f.message));
  });

  it.each<[string, string[], string[]]>([
    ['two files', ['clean.xlsx', 'autre.xlsx'], ['clean.xlsx', 'autre.xlsx']],
    ['a folder (sorted, lock files, other files and subfolders skipped)', ['lot'], [join('lot', 'a-valmont.xlsx'), join('lot', 'b-bellerive.xlsx')]],
    ['a folder holding a single workbook', ['seul'], [join('seul', 'cls.xlsx')]],
    ['the same file twice, counted once', ['clean.xlsx', './clean.xlsx', 'autre.xlsx'], ['clean.xlsx', 'autre.xlsx']],
  ])('gives the review with one CONTRACT §3 object per workbook for %s', async (_label, inputs, files) => {
    const result = await run(['validate', ...inputs, '--format', 'json', ...AS_OF], dir);
    expect(parseMany(result.stdout).map((f) => f.file)).toEqual(files);
  });

  it('lets --profile override the workbook parameter', async () => {
    const json = parseOne((await run(['validate', 'clean.xlsx', '--format', 'json', '--profile', 'generic', ...AS_OF], dir)).stdout);
    expect(json.profile).toBe('generic');
  });

  it('takes today (local date) when --as-of is absent', async () => {
    // Only Date is faked, at 00:30 local time: a day in UTC's evening before for every zone east of Greenwich.
    pinClock(new Date(2031, 4, 17, 0, 30));
    try {
      const json = parseOne((await run(['validate', 'clean.xlsx', '--format', 'json'], dir)).stdout);
      expect(json.asOf).toBe('2031-05-17');
    } finally {
      unpinClock();
    }
  });
});

describe('text output', () => {
  it('shows a header, "no finding", the summary and aligned totals for the clean workbook', async () => {
    const { stdout } = await run(['validate', 'clean.xlsx', ...AS_OF], dir);
    expect(stdout).toContain('━━ clean.xlsx ━━');
    expect(stdout).toContain('Profil : Normandie · Date de référence : 23/11/2026 · Années du contrat : 2025–2027');
    expect(stdout).toContain('Aucun constat : le classeur est conforme.');
    expect(stdout).toContain('Bilan : 0 erreur, 0 avertissement, 0 info');
    expect(stdout).toContain('Engagements financiers (acquis et sollicités) : 236\u00a0500,50\u00a0€');
    const lines = stdout.split('\n');
    const ars = lines.find((l) => l.trimStart().startsWith('ARS '));
    const cpam = lines.find((l) => l.trimStart().startsWith('CPAM '));
    // Partner, acquis, sollicité, engagé, prévisionnel.
    expect(ars).toMatch(/ARS\s+84\u00a0000,00\u00a0€\s+28\u00a0000,00\u00a0€\s+112\u00a0000,00\u00a0€\s+0,00\u00a0€$/);
    expect(stdout).toContain('engagé 236\u00a0500,50\u00a0€ = acquis');
    // Amounts are right-aligned: lines of one block end at the same column.
    expect(ars?.length).toBe(cpam?.length);
    // Budget, acquis, sollicité, engagé, restant à trouver.
    expect(lines.find((l) => l.trimStart().startsWith('2.1.1 '))).toMatch(/18\u00a0500,50\u00a0€\s+13\u00a0500,50\u00a0€\s+5\u00a0000,00\u00a0€\s+18\u00a0500,50\u00a0€\s+0,00\u00a0€$/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('groups findings by sheet then severity, with cell, message and suggestion', async () => {
    const { stdout } = await run(['validate', 'invertedDates.xlsx', ...AS_OF], dir);
    const lines = stdout.split('\n');
    const plan = lines.indexOf("Plan d'action");
    const fundings = lines.indexOf('Financements');
    expect(plan).toBeGreaterThan(0);
    expect(fundings).toBeGreaterThan(plan);
    expect(lines[plan + 1]).toMatch(/^ {2}Erreur +S4 +La fin \(01\/06\/2026\) précède le début \(01\/06\/2027\)/);
    expect(lines[plan + 2]).toMatch(/^ +→ Corrigez la date de début ou la date de fin/);
    expect(lines[plan + 3]).toMatch(/^ {2}Avertissement +S4 +Action en retard/);
    expect(lines[plan + 4]).toMatch(/^ +→ /);
    expect(lines[fundings + 1]).toMatch(/^ {2}Erreur +C24 +.*Fondation Santé Ouest/);
    // The column and the text as typed, so the referent need not open the workbook.
    expect(lines[fundings + 2]).toMatch(/^ +Financeur : « Fondation Santé Ouest »$/);
    expect(stdout).toContain('Bilan : 2 erreurs, 1 avertissement, 0 info');
  });

  it('shows the column and the text typed in a faulty cell', async () => {
    const { stdout } = await run(['validate', 'amountsAsText.xlsx', ...AS_OF], dir);
    expect(stdout).toMatch(/F2 +Texte à la place d’un nombre.*\n +Montant \(€\) : « 25 000 € »\n +→ Saisissez le nombre 25\u00a0000 /);
  });

  it('quotes the typed text the English way in English', async () => {
    const { stdout } = await run(['validate', 'amountsAsText.xlsx', '--lang', 'en', ...AS_OF], dir);
    expect(stdout).toMatch(/\n +Montant \(€\): "25 000 €"\n/);
    expect(stdout).not.toContain('«');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run(['validate', 'refError.xlsx', '--lang', 'en', ...AS_OF], dir);
    expect(stdout).toContain('Profile: Normandie · As of: 2026-11-23');
    expect(stdout).toMatch(/ {2}Error +V4 +/);
    expect(stdout).toMatch(/Summary: 1 error, 0 warnings?, 0 info/);
    expect(stdout).toContain('€112,000.00');
  });

  it('colours only when asked', async () => {
    const { stdout } = await run(['validate', 'refError.xlsx', ...AS_OF], dir, true);
    expect(stdout).toContain('\u001b[31mErreur');
  });

  it('ends several files with a consolidated summary', async () => {
    const { stdout } = await run(['validate', 'lot', ...AS_OF], dir);
    const files = [join('lot', 'a-valmont.xlsx'), join('lot', 'b-bellerive.xlsx')];
    expect(stdout.indexOf(`━━ ${files[0]} ━━`)).toBeLessThan(stdout.indexOf(`━━ ${files[1]} ━━`));
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('━━ Synthèse de 2 classeurs ━━');
    expect(flat).toContain(`Classeurs avec erreurs : 1 sur 2 (${files[1]})`);
    expect(flat).toContain('Engagements financiers, tous classeurs (acquis et sollicités) : 473 001,00 €');
    expect(stdout).not.toContain('ancien.xlsx');
  });
});

describe('help', () => {
  it.each<[string[], RegExp]>([
    [['--help'], /^cls-workbook — Tableaux CLS[\s\S]*Utilisation :[\s\S]*Codes de sortie/],
    [['-h', '--lang', 'en'], /Usage:[\s\S]*Exit status/],
    [['validate', '--help'], /--report rapport\.xlsx/],
  ])('%j', async (args, pattern) => {
    const result = await run(args, dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(pattern);
  });
});

describe('--report', () => {
  it('never modifies the workbooks it reads', async () => {
    const inputs = ['clean.xlsx', 'autre.xlsx'].map((f) => join(dir, f));
    const before = await Promise.all(inputs.map(fingerprint));
    const result = await run(['validate', 'clean.xlsx', 'autre.xlsx', '--report', join('rapports', 'lecture-seule.xlsx'), ...AS_OF], dir);
    expect(result.code).toBe(1);
    expect(await Promise.all(inputs.map(fingerprint))).toEqual(before);
  });

  it('says where the report went, in text mode only', async () => {
    const text = await run(['validate', 'clean.xlsx', '--report', join('rapports', 'texte.xlsx'), ...AS_OF], dir);
    expect(text.stdout.trimEnd().split('\n').pop()).toBe(`Rapport écrit : ${join('rapports', 'texte.xlsx')}`);
    const json = await run(['validate', 'clean.xlsx', '--format', 'json', '--report', join('rapports', 'json.xlsx'), ...AS_OF], dir);
    expect(() => parseOne(json.stdout)).not.toThrow();
    expect(existsSync(join(dir, 'rapports', 'json.xlsx'))).toBe(true);
  });

  it.each<[string, () => string[], RegExp]>([
    ['the input itself', () => ['clean.xlsx', '--report', 'clean.xlsx'], /désigne un classeur contrôlé/],
    ['an existing file that is not an input', () => ['clean.xlsx', '--report', 'lateAction.xlsx'], /lateAction\.xlsx existe déjà/],
    ['an input through another path', () => ['lot', '--report', join(dir, 'lot', '..', 'lot', 'a-valmont.xlsx')], /désigne un classeur contrôlé/],
    ['a non-.xlsx name', () => ['clean.xlsx', '--report', 'rapport.csv'], /doit porter l'extension \.xlsx/],
    ['a missing folder', () => ['clean.xlsx', '--report', join('absent', 'r.xlsx')], /dossier du rapport .* n'existe pas/],
  ])('refuses %s (exit 2, nothing read or written)', async (_label, args, pattern) => {
    const argv = args();
    const target = resolve(dir, argv[argv.length - 1] ?? '');
    const before = existsSync(target) ? await fingerprint(target) : undefined;
    const result = await run(['validate', ...argv, ...AS_OF], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneErrorLine(result.stderr, pattern);
    if (before) expect(await fingerprint(target)).toEqual(before);
  });
});

describe('process io', () => {
  const saved = process.env.NO_COLOR;
  afterEach(() => {
    if (saved === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = saved;
  });

  it('never colours when NO_COLOR is set', () => {
    process.env.NO_COLOR = '1';
    expect(processIo().color).toBe(false);
  });
});

describe('generate dispatch', () => {
  it('writes a sample workbook that validate accepts without errors', async () => {
    const out = join(dir, 'rapports', 'genere.xlsx');
    const generated = await run(['generate', out, '--sample'], dir);
    expect(generated.code).toBe(0);
    const checked = await run(['validate', out, '--format', 'json', ...AS_OF], dir);
    // Exit 0: the sample's five findings are warnings (late action, money to find on three actions, undated indicator).
    expect(checked.code).toBe(0);
    expect(parseOne(checked.stdout).summary).toEqual({ error: 0, warning: 5, info: 0 });
    // The default profile is generic: 252 437,50 € acquis + 132 500 € sollicité.
    expect(parseOne(checked.stdout).totals.committed).toBe(384_937.5);
  });
});
