import { planWorkbook } from '../../src/domain/generate';
import type { Finding } from '../../src/domain/report';
import { validateWorkbook } from '../../src/domain/validate';
import { axisSegments } from '../../src/taskpane/axis-bars';
import { coordinationChecks, coverage } from '../../src/taskpane/coordination';
import { localIsoDate } from '../../src/taskpane/dates';
import { controlRows, displayValue, errorMessage, groupByTable } from '../../src/taskpane/findings';
import { UnusableWorkbookError } from '../../src/xlsx/read-errors';
import { DICTIONARIES, en, fr, translator } from '../../src/taskpane/i18n';
import { EMPTY_SNAPSHOT, createMemoryPort, sampleSnapshot } from '../../src/taskpane/memory-port';
import { detectOfficeHost } from '../../src/taskpane/office-host';
import { previewPlan } from '../../src/taskpane/plan-preview';
import { isDarkColor, langFromLocale, themeFromBackground } from '../../src/taskpane/theme';
import { defectSnapshot, firstDataCell, withCell } from './ports';
import { parseA1 } from '../../src/domain/values/a1';

const plan = planWorkbook({ profile: 'normandie', years: 3, sample: false });

describe('previewPlan', () => {
  it('plans every sheet and table for an empty workbook', () => {
    const preview = previewPlan(EMPTY_SNAPSHOT, plan);
    expect(preview.toCreate.sheets).toEqual(plan.sheets.map((s) => s.name));
    expect(preview.toCreate.tables).toEqual(['CLS_Parametres', 'CLS_Financeurs', 'CLS_Actions', 'CLS_Financements', 'CLS_Evaluation', 'CLS_Suivi', 'CLS_Instances']);
    expect(preview.existing).toEqual({ sheets: [], tables: [] });
    expect(preview.rebuilt).toEqual([]);
  });

  it('keeps input sheets, rebuilds owned ones and finds missing columns, whatever the case of names', () => {
    const sample = sampleSnapshot();
    const renamed = { ...sample, sheets: sample.sheets.map((s) => (s.name === 'Financements' ? { ...s, name: 'FINANCEMENTS' } : s)), tables: sample.tables.map((t) => (t.sheet === 'Financements' ? { ...t, sheet: 'FINANCEMENTS' } : t)) };
    const comment = firstDataCell(sample, 'CLS_Financements', 'Commentaire').cell.replace(/\d+$/, '1');
    const withoutComment = withCell(renamed, 'FINANCEMENTS', comment, 'Remarques');
    const preview = previewPlan(withoutComment, plan);
    expect(preview.toCreate.sheets).toEqual([]);
    expect(preview.toCreate.tables).toEqual([]);
    expect(preview.toCreate.columns).toEqual(['CLS_Financements[Commentaire]']);
    expect(preview.existing.sheets).toContain('Financements');
    expect(preview.rebuilt).toEqual(['Engagements partenaires', 'Synthèse', 'Listes']);
  });
});

describe('memory port', () => {
  it('holds the sample CLS, which validates without errors', async () => {
    const report = validateWorkbook(await createMemoryPort(sampleSnapshot()).read(), { asOf: '2026-03-01' });
    expect(report.summary.error).toBe(0);
    expect(report.synthesis.actions).toBeGreaterThanOrEqual(10);
  });

  it('never overwrites a non-empty cell and places a new table below user data', async () => {
    const userSheet = { name: 'Paramètres', top: 1, left: 1, values: [['Mes notes', 'à garder']] };
    const port = createMemoryPort({ sheets: [userSheet], tables: [] });
    const outcome = await port.apply(plan);
    expect(outcome.createdSheets).not.toContain('Paramètres');
    expect(outcome.createdTables).toContain('CLS_Parametres');
    const after = await port.read();
    const sheet = after.sheets.find((s) => s.name === 'Paramètres')!;
    expect(sheet.values[0]!.slice(0, 2)).toEqual(['Mes notes', 'à garder']);
    const table = after.tables.find((t) => t.name === 'CLS_Parametres')!;
    expect(table.top).toBe(3);
    expect(sheet.values[table.top - sheet.top]![0]).toBe('Paramètre');
  });

  it('adds missing columns to an existing table, counts the kept cells and rebuilds owned sheets', async () => {
    const { snapshot } = defectSnapshot();
    const port = createMemoryPort(snapshot);
    const header = firstDataCell(snapshot, 'CLS_Financements', 'Notes du trésorier');
    const column = Number(parseA1(header.cell)?.column) - 1;
    const outcome = await port.apply(plan);
    expect(outcome.addedColumns).toEqual(['CLS_Financements[Commentaire]']);
    expect(outcome.keptCells).toBeGreaterThan(0);
    expect(outcome.rebuiltSheets).toEqual(['Engagements partenaires', 'Synthèse', 'Listes']);
    const after = await port.read();
    const fundings = after.tables.find((t) => t.name === 'CLS_Financements')!;
    const sheet = after.sheets.find((s) => s.name === 'Financements')!;
    expect(sheet.values[0]![column]).toBe('Notes du trésorier');
    expect(sheet.values[0]![fundings.right - 1]).toBe('Commentaire');
    expect(sheet.values[1]![5]).toBe('1 500,50 €');
  });

  it('selects existing cells only, highlights reversibly and writes the Contrôle table', async () => {
    const port = createMemoryPort(sampleSnapshot());
    await port.select('plan d’action'.replace('’', "'"), 'B3');
    expect(port.selection).toEqual({ sheet: "Plan d'action", cell: 'B3' });
    await expect(port.select('Inconnue', 'A1')).rejects.toThrow('La feuille « Inconnue » n’existe pas dans ce classeur.');
    const finding: Finding = { rule: 'cell.not-number', severity: 'error', sheet: 'Financements', table: 'CLS_Financements', cell: 'F2', params: {} };
    await port.highlight([finding, { ...finding, cell: undefined } as unknown as Finding]);
    expect(port.highlighted).toEqual(['Financements!F2']);
    await port.clearHighlights();
    expect(port.highlighted).toEqual([]);
    await port.writeControl(controlRows([finding], 'fr'));
    const after = await port.read();
    const control = after.tables.find((t) => t.name === 'CLS_Controle')!;
    expect(control).toMatchObject({ sheet: 'Contrôle', top: 1, bottom: 2, right: 7 });
    expect(after.sheets.find((s) => s.name === 'Contrôle')!.values[1]!.slice(0, 4)).toEqual(['Erreur', 'cell.not-number', 'Financements', 'F2']);
  });
});

describe('findings helpers', () => {
  const { snapshot } = defectSnapshot();
  const report = validateWorkbook(snapshot, { asOf: '2026-03-01' });

  it('groups by table in report order and filters by severity', () => {
    const all = groupByTable(report.findings, new Set(['error', 'warning', 'info']));
    expect(all.map((g) => g.table)).toEqual([...new Set(report.findings.map((f) => f.table))]);
    const errors = groupByTable(report.findings, new Set(['error']));
    expect(errors.flatMap((g) => g.findings.map((f) => f.finding.severity))).toEqual(report.findings.filter((f) => f.severity === 'error').map(() => 'error'));
  });

  it('builds Contrôle rows in the chosen language', () => {
    const rows = controlRows(report.findings, 'en');
    const row = rows.find((r) => r.rule === 'cell.not-number')!;
    expect(row).toMatchObject({ severity: 'Error', sheet: 'Financements', value: '1 500,50 €', message: 'Text where a number belongs: it will not be counted in totals.' });
    expect(row.suggestion).toContain('1,500.5');
  });

  it('gives the English message of an adapter error when there is one', () => {
    const error = Object.assign(new Error('Lecture impossible'), { messageEn: 'Could not read' });
    expect(errorMessage(error, 'fr')).toBe('Lecture impossible');
    expect(errorMessage(error, 'en')).toBe('Could not read');
    expect(errorMessage('texte', 'en')).toBe('texte');
  });

  it('lets an error that knows both languages speak for itself (unusable workbook)', () => {
    const error = new UnusableWorkbookError('not-zip', 'notes.xlsx');
    expect(errorMessage(error, 'fr')).toBe(error.localized('fr'));
    expect(errorMessage(error, 'en')).toBe(error.localized('en'));
    expect(error.localized('en')).not.toBe(error.localized('fr'));
  });
});

describe('coordination rules', () => {
  const year = { year: 2026, arsCents: 2_600_000, othersCents: 2_000_000, othersValuedCents: 0, capCents: 2_500_000, shareCapCents: 3_000_000 };

  it.each([
    ['normandie', { cap: [true, false], share: [true, true], cofinancing: [true, false] }],
    ['centre-val-de-loire', { cap: [true, false], share: [false, true], cofinancing: [false, false] }],
    ['generic', { cap: [false, false], share: [false, true], cofinancing: [false, false] }],
  ] as const)('applies the %s profile', (profile, expected) => {
    const checks = coordinationChecks(year, profile);
    expect(Object.fromEntries(checks.map((c) => [c.rule, [c.applies, c.ok]]))).toEqual(expected);
  });

  it('does not apply the share rule without a post cost', () => {
    const share = coordinationChecks({ ...year, shareCapCents: null }, 'normandie').find((c) => c.rule === 'share')!;
    expect(share).toMatchObject({ applies: false, limitCents: null });
  });

  it('computes coverage only with a positive budget', () => {
    expect(coverage(50, 200)).toBe(0.25);
    expect(coverage(50, null)).toBeNull();
    expect(coverage(50, 0)).toBeNull();
  });
});

describe('small helpers', () => {
  it('orders axis segments by the contract statuses, unknown and empty last', () => {
    expect(axisSegments({ axisNumber: '1', axis: 'A', total: 5, byStatus: { '': 1, Réalisée: 1, 'En cours': 2, Suspendue: 1 } }).map((s) => [s.status, s.count, s.fraction])).toEqual([
      ['En cours', 2, 0.4],
      ['Réalisée', 1, 0.2],
      ['Suspendue', 1, 0.2],
      ['', 1, 0.2],
    ]);
  });

  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['fr-FR', 'fr'],
    ['de-DE', 'fr'],
    [undefined, 'fr'],
  ] as const)('language of %s is %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));

  it.each([
    ['#1F1F1F', true],
    ['#000', true],
    ['#FFFFFF', false],
    ['#F3F3F3', false],
    ['not a colour', false],
  ] as const)('%s is dark: %s', (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
    expect(themeFromBackground(color)).toBe(dark ? 'dark' : 'light');
  });

  it('gives the local date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });

  it('has every key in both languages and fills placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.values(DICTIONARIES.en).every((text) => text.trim() !== '')).toBe(true);
    expect(translator('fr')('durationYears', { n: 4 })).toBe('4 ans');
    expect(translator('en')('outOfIndicators', { total: 3 })).toBe('of 3 indicators');
  });
});

describe('detectOfficeHost', () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => {
    delete global.Office;
  });

  it('reports "outside Excel" when Office.js did not load', async () => {
    await expect(detectOfficeHost(10)).resolves.toEqual({ inExcel: false, lang: undefined, theme: undefined });
  });

  it('gives up when Office.onReady never resolves', async () => {
    global.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: 'Excel' } };
    await expect(detectOfficeHost(20)).resolves.toMatchObject({ inExcel: false });
  });

  it('reads the display language and the theme inside Excel', async () => {
    global.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      HostType: { Excel: 'Excel' },
      context: { displayLanguage: 'en-GB', officeTheme: { bodyBackgroundColor: '#262626' } },
    };
    await expect(detectOfficeHost(1000)).resolves.toEqual({ inExcel: true, lang: 'en', theme: 'dark' });
  });

  it('treats another Office host as outside Excel', async () => {
    global.Office = { onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }), HostType: { Excel: 'Excel' }, context: {} };
    await expect(detectOfficeHost(1000)).resolves.toMatchObject({ inExcel: false });
  });
});

describe('displayValue', () => {
  it.each([
    ['2026-06-01', 'fr', '01/06/2026'],
    ['2026-06-01', 'en', '1 June 2026'],
    ['25 000 €', 'fr', '25 000 €'],
    [46174, 'fr', '46174'],
    [null, 'fr', null],
  ] as const)('%j in %s → %j', (value, lang, shown) => {
    expect(displayValue(value, lang)).toBe(shown);
  });
});

describe('the preview’s sample never ages', () => {
  it.each(['2026-01-15', '2026-06-29', '2026-07-01', '2027-09-01', '2030-01-01'])('on %s: no late action in the preview', (today) => {
    const report = validateWorkbook(sampleSnapshot(new Date(`${today}T12:00:00`)), { asOf: today });
    expect(report.findings.filter((f) => f.rule === 'action.late')).toEqual([]);
  });
});
