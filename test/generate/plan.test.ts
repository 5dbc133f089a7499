import { ENGAGEMENT_HEADERS, EMPTY_WORKBOOK_ACTION_ROWS, MATRIX_HEADER_ROW, OTHER_OBJECTS } from '../../src/domain/generate/engagements';
import type { PlanCell, RangePlan, SheetPlan, TablePlan, WorkbookPlan } from '../../src/domain/generate/plan';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import type { PlanOptions } from '../../src/domain/generate/plan-workbook';
import { tableColumns } from '../../src/domain/generate/refs';
import { sampleCls } from '../../src/domain/generate/sample';
import { PROFILE_IDS } from '../../src/domain/report';
import type { ProfileId } from '../../src/domain/report';
import { OWNED_SHEETS, PARAMETERS, TABLES } from '../../src/domain/workbook/contract';
import { DEFAULT_FUNDERS, DYNAMIC_LIST_NAMES, LISTS } from '../../src/domain/workbook/lists';
import { formulaOf, isFormulaCell, resultOf } from '../domain/generate/plan-cells';

const YEARS = [3, 4, 5] as const;
/** Every option a plan takes: few enough to try them all rather than a random sample. */
const ALL_OPTIONS: PlanOptions[] = PROFILE_IDS.flatMap((profile) =>
  YEARS.flatMap((years) => [true, false].map((sample) => ({ profile, years, sample }))),
);

const sheet = (plan: WorkbookPlan, name: string): SheetPlan => {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const tables = (plan: WorkbookPlan): (TablePlan & { sheet: string })[] =>
  plan.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [{ ...b, sheet: s.name }] : [])));
const ranges = (s: SheetPlan): RangePlan[] => s.blocks.filter((b): b is RangePlan => b.kind === 'range');

describe('planWorkbook', () => {
  it('is deterministic: equal options give equal plans', () => {
    for (const options of ALL_OPTIONS) expect(planWorkbook(options)).toEqual(planWorkbook({ ...options }));
  });

  it('rejects a duration outside 3..5', () => {
    expect(() => planWorkbook({ profile: 'generic', years: 6 as 3, sample: false })).toThrow(RangeError);
  });

  it.each(YEARS.flatMap((years) => [true, false].map((sample) => ({ years, sample }))))(
    'writes every contract table with its exact sheet, name and headers (years $years, sample $sample)',
    ({ years, sample }) => {
      const plan = planWorkbook({ profile: 'normandie', years, sample });
      const planned = tables(plan);
      expect(planned.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
      for (const spec of TABLES) {
        const table = planned.find((t) => t.name === spec.name)!;
        expect(table.sheet).toBe(spec.sheet);
        expect(table.columns.map((c) => c.header)).toEqual(tableColumns(spec, years).map((c) => c.header));
        for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
      }
      const evaluation = planned.find((t) => t.name === 'CLS_Evaluation')!;
      expect(evaluation.columns.filter((c) => c.header.startsWith('Réalisé année '))).toHaveLength(years);
    },
  );

  it('sheet names: the contract sheets, then the owned ones', () => {
    const plan = planWorkbook({ profile: 'generic', years: 3, sample: false });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Paramètres',
      "Plan d'action",
      'Financements',
      'Évaluation',
      'Suivi des rencontres',
      'Instances',
      OWNED_SHEETS.engagements,
      OWNED_SHEETS.synthesis,
      OWNED_SHEETS.lists,
    ]);
    expect(plan.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual([OWNED_SHEETS.engagements, OWNED_SHEETS.synthesis, OWNED_SHEETS.lists]);
  });

  it('parameters: every contract row, defaults in an empty workbook', () => {
    const plan = planWorkbook({ profile: 'centre-val-de-loire', years: 4, sample: false });
    const params = tables(plan).find((t) => t.name === 'CLS_Parametres')!;
    expect(params.rows.map((r) => r[0])).toEqual(PARAMETERS.map((p) => p.label));
    const value = (label: string): PlanCell | undefined => params.rows.find((r) => r[0] === label)?.[1];
    expect(value('Profil régional')).toBe('Centre-Val de Loire');
    expect(value('Durée (années)')).toBe(4);
    expect(value('ETP coordination')).toBe(1);
    expect(value('Nom du CLS')).toBeNull();
    const funders = tables(plan).find((t) => t.name === 'CLS_Financeurs')!;
    expect(funders.rows.map((r) => r[0])).toEqual(DEFAULT_FUNDERS.map((f) => f.name));
    expect(funders.anchor).toBe('D1');
  });

  it('defines every list name, static lists on the Listes sheet and dynamic ones as structured references', () => {
    const plan = planWorkbook({ profile: 'generic', years: 3, sample: false });
    const names = new Map(plan.names.map((n) => [n.name, n.ref]));
    for (const list of Object.values(LISTS)) expect(names.get(list.name)).toMatch(/^Listes!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    expect(names.get(DYNAMIC_LIST_NAMES.funders)).toBe('CLS_Financeurs[Financeur]');
    expect(names.get(DYNAMIC_LIST_NAMES.actions)).toBe('CLS_Actions[N° action]');
    // Each static list name covers exactly its values.
    const listsSheet = ranges(sheet(plan, OWNED_SHEETS.lists))[0]!;
    for (const list of Object.values(LISTS)) {
      const ref = names.get(list.name)!;
      const [, col, last] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(ref)!;
      const column = col!.charCodeAt(0) - 65;
      const values = listsSheet.values.slice(1, Number(last)).map((r) => r[column]);
      expect(values).toEqual([...list.values]);
    }
  });

  it('every list validation uses a defined name, never a sheet reference', () => {
    for (const options of ALL_OPTIONS) {
      const plan = planWorkbook(options);
      const defined = new Set(plan.names.map((n) => n.name));
      const validations = [
        ...tables(plan).flatMap((t) => t.columns.flatMap((c) => (c.validation ? [c.validation] : []))),
        ...plan.sheets.flatMap((s) => (s.cellValidations ?? []).map((v) => v.validation)),
      ];
      const lists = validations.filter((v) => v.kind === 'list');
      expect(lists.length).toBeGreaterThan(10);
      for (const v of lists) {
        expect(defined.has(v.listName)).toBe(true);
        expect(v.listName).not.toMatch(/[!$:]/);
      }
    }
  });

  it.each([
    ['CLS_Actions', 'Statut', 'Liste_Statuts'],
    ['CLS_Actions', 'Thématique', 'Liste_Thematiques'],
    ['CLS_Financements', 'Financeur', 'Liste_Financeurs'],
    ['CLS_Financements', 'N° action', 'Liste_Actions'],
    ['CLS_Financements', 'Objet', 'Liste_Objets'],
    ['CLS_Evaluation', "Outil d'évaluation", 'Liste_Outils'],
    ['CLS_Financeurs', 'Signataire', 'Liste_Oui_Non'],
    ['CLS_Instances', 'Instance', 'Liste_Instances'],
  ])('%s[%s] drops down %s', (table, header, name) => {
    const column = tables(planWorkbook({ profile: 'generic', years: 3, sample: false }))
      .find((t) => t.name === table)!
      .columns.find((c) => c.header === header)!;
    expect(column.validation).toMatchObject({ kind: 'list', listName: name });
  });

  it.each([
    ['CLS_Financements', 'Montant (€)', '#,##0.00 "€"', { kind: 'decimal', min: 0 }],
    ['CLS_Financements', 'Montant versé (€)', '#,##0.00 "€"', { kind: 'decimal', min: 0 }],
    ['CLS_Instances', 'Date', 'dd/mm/yyyy', { kind: 'date' }],
    ['CLS_Actions', 'Budget prévisionnel (€)', '#,##0.00 "€"', { kind: 'decimal', min: 0 }],
    ['CLS_Actions', 'Début', 'dd/mm/yyyy', { kind: 'date' }],
    ['CLS_Actions', 'Avancement (%)', '0 %', { kind: 'decimal', min: 0, max: 1 }],
    ['CLS_Financements', 'Année', '0', { kind: 'whole' }],
    ['CLS_Actions', 'N° action', '@', undefined],
  ])('%s[%s] is formatted %s', (table, header, format, validation) => {
    const column = tables(planWorkbook({ profile: 'generic', years: 3, sample: false }))
      .find((t) => t.name === table)!
      .columns.find((c) => c.header === header)!;
    expect(column.numberFormat).toBe(format);
    if (validation) expect(column.validation).toMatchObject(validation);
  });

  it('Durée is validated as a whole number 3..5 on its Valeur cell', () => {
    const params = sheet(planWorkbook({ profile: 'generic', years: 3, sample: false }), 'Paramètres');
    const row = PARAMETERS.findIndex((p) => p.key === 'durationYears') + 2;
    expect(params.cellValidations).toContainEqual(expect.objectContaining({ range: `B${row}`, validation: { kind: 'whole', min: 3, max: 5 } }));
  });
});

describe('Engagements partenaires matrix', () => {
  const matrixOf = (options: PlanOptions): RangePlan =>
    ranges(sheet(planWorkbook(options), OWNED_SHEETS.engagements)).find((r) => r.anchor === `A${MATRIX_HEADER_ROW}`)!;

  it('has one row per sample action, then the other objets and a totals row; one column per funder', () => {
    const sample = sampleCls({ profile: 'normandie', years: 3, startYear: 2025 });
    const matrix = matrixOf({ profile: 'normandie', years: 3, sample: true });
    const [header, ...body] = matrix.values;
    expect(header!.map(resultOf)).toEqual([
      ENGAGEMENT_HEADERS.actionNumber,
      ENGAGEMENT_HEADERS.label,
      ...DEFAULT_FUNDERS.map((f) => f.name),
      ENGAGEMENT_HEADERS.unlisted,
      ENGAGEMENT_HEADERS.total,
      ENGAGEMENT_HEADERS.budget,
      ENGAGEMENT_HEADERS.remaining,
      ENGAGEMENT_HEADERS.coverage,
    ]);
    expect(body.map((r) => resultOf(r[0]) ?? null)).toEqual([...sample.actions.map((a) => a.number), ...OTHER_OBJECTS.map(() => null), null]);
    expect(body.slice(sample.actions.length).map((r) => r[1])).toEqual([...OTHER_OBJECTS, ENGAGEMENT_HEADERS.totalsRow]);
  });

  it('an empty workbook gets rows that follow CLS_Actions by position', () => {
    const matrix = matrixOf({ profile: 'generic', years: 3, sample: false });
    expect(matrix.values).toHaveLength(1 + EMPTY_WORKBOOK_ACTION_ROWS + OTHER_OBJECTS.length + 1);
    expect(matrix.values[1]![0]).toEqual({ formula: 'IFERROR(INDEX(CLS_Actions[N° action],1)&"","")', result: '' });
  });

  it('cells are SUMIFS over CLS_Financements: Financier, Acquis and Sollicité, by action, funder and year', () => {
    const cell = matrixOf({ profile: 'normandie', years: 3, sample: true }).values[1]![2] as { formula: string };
    for (const part of [
      'SUMIFS(CLS_Financements[Montant (€)]',
      'CLS_Financements[Objet],"Action"',
      'CLS_Financements[N° action],$A6',
      'CLS_Financements[Financeur],C$5',
      'CLS_Financements[Nature],"Financier"',
      'CLS_Financements[Année],IF(',
      'CLS_Financements[Statut],{"Acquis","Sollicité"}',
    ])
      expect(cell.formula).toContain(part);
  });

  it('the totals row equals the committed total of the sample, to the cent', () => {
    const sample = sampleCls({ profile: 'normandie', years: 3, startYear: 2025 });
    const matrix = matrixOf({ profile: 'normandie', years: 3, sample: true });
    const totals = matrix.values[matrix.values.length - 1]!;
    const committedCents = sample.fundings
      .filter((f) => f.nature === 'Financier' && (f.status === 'Acquis' || f.status === 'Sollicité'))
      .reduce((s, f) => s + f.amountCents, 0);
    expect(resultOf(totals[3 + DEFAULT_FUNDERS.length])).toBe(committedCents / 100);
    // Hand-summed: 248 437,50 € acquis + 130 500 € sollicité.
    expect(resultOf(totals[3 + DEFAULT_FUNDERS.length])).toBe(378_937.5);
    // Every sample partner is in the list: nothing outside the partner columns.
    expect(resultOf(totals[2 + DEFAULT_FUNDERS.length])).toBe(0);
  });
});

/** Hand-written: the money each sample action still has to find (cents); every other action is covered to the cent. */
const STILL_TO_FIND: Readonly<Record<string, number>> = { '3.1.2': 156_250, '4.1.1': 300_000, '6.2.1': 450_000 };

/** Hand-written: each profile's coordination post, funder by funder, every contract year (cents). */
const COORDINATION: Readonly<Record<ProfileId, readonly (readonly [string, number])[]>> = {
  normandie: [
    ['ARS', 2_500_000],
    ['Collectivité porteuse', 2_500_000],
  ],
  'centre-val-de-loire': [
    ['ARS', 2_500_000],
    ['Conseil régional', 1_500_000],
    ['Collectivité porteuse', 1_400_000],
  ],
  generic: [
    ['ARS', 2_500_000],
    ['Collectivité porteuse', 2_700_000],
  ],
};

describe('sample CLS', () => {
  const cases = PROFILE_IDS.flatMap((profile) => YEARS.map((years) => ({ profile, years })));

  it.each(cases)('is coherent ($profile, $years years): hierarchy, funding, indicators everywhere', ({ profile, years }) => {
    const sample = sampleCls({ profile, years, startYear: 2025 });
    expect(sample.actions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(sample.actions.map((a) => a.axisNumber)).size).toBeGreaterThanOrEqual(3);
    for (const theme of ['Santé mentale', 'Nutrition (alimentation, activité physique)', 'Santé environnementale'])
      expect(sample.actions.some((a) => a.theme === theme)).toBe(true);
    const funders = new Set(sample.fundings.map((f) => f.funder));
    expect(funders.size).toBeGreaterThanOrEqual(5);
    for (const a of sample.actions) {
      expect(a.objectiveNumber.startsWith(`${a.goalNumber}.`)).toBe(true);
      expect(a.number.startsWith(`${a.objectiveNumber}.`)).toBe(true);
      expect(a.pilot).not.toBe(sample.parameters.coordinator);
      const committed = sample.fundings
        .filter((f) => f.object === 'Action' && f.action === a.number && f.nature === 'Financier' && f.status !== 'Prévisionnel')
        .reduce((s, f) => s + f.amountCents, 0);
      expect(a.budgetCents - committed).toBe(STILL_TO_FIND[a.number] ?? 0);
      const indicators = sample.indicators.filter((i) => i.action === a.number);
      expect(indicators.some((i) => i.type === 'Processus')).toBe(true);
      expect(indicators.some((i) => i.type === 'Résultat')).toBe(true);
    }
    for (let y = 2025; y < 2025 + years; y++) {
      const coordination = sample.fundings.filter((f) => f.object === 'Coordination' && f.year === y);
      expect(coordination.map((f) => [f.funder, f.amountCents])).toEqual(COORDINATION[profile]);
    }
    for (const f of sample.fundings) expect(f.year).toBeLessThan(2025 + years);
  });

  it('gives each profile its own territory, people and coordination post', () => {
    const params = PROFILE_IDS.map((profile) => sampleCls({ profile, years: 3, startYear: 2025 }).parameters);
    expect(params.map((p) => [p.territory, p.territoryType, p.population, p.coordinator, p.coordinationPostCost, p.regionalProfile])).toEqual([
      ['Communauté de communes du Val de Sélune', 'Communauté de communes', 42600, 'Camille Lefèvre', 50000, 'Normandie'],
      ['PETR du Pays Val de Théols', 'PETR', 48300, 'Sophie Garnier', 54000, 'Centre-Val de Loire'],
      ['Communauté d’agglomération Cœur d’Orbize', "Communauté d'agglomération", 68400, 'Thomas Girard', 52000, 'Autre'],
    ]);
  });

  it('holds one late action, one undated indicator, and the local environmental risk of each territory', () => {
    const normandie = sampleCls({ profile: 'normandie', years: 3, startYear: 2025 });
    const late = normandie.actions.find((a) => a.number === '1.2.2')!;
    expect([late.status, late.end]).toEqual(['En cours', 45838]); // 30/06/2025
    expect(normandie.indicators.filter((i) => typeof i.when === 'string').map((i) => [i.action, i.when])).toEqual([['6.1.1', 'Une fois par an']]);
    expect(PROFILE_IDS.map((profile) => sampleCls({ profile, years: 3, startYear: 2025 }).actions.find((a) => a.number === '5.2.2')!.title)).toEqual([
      'Informer la population sur le radon dans l’habitat',
      'Lutter contre l’ambroisie et prévenir les allergies à son pollen',
      'Limiter la prolifération du moustique tigre',
    ]);
  });

  // Each target is what the action's description makes over its period (hand-computed in the comment).
  it.each([
    ['1.1.1', 'Six sessions PSSM', 'Nombre de sessions PSSM organisées', 6], // six sessions
    ['1.1.1', '12 à 14 stagiaires', 'Nombre de personnes formées aux PSSM', 80], // 6 × 12 to 14 = 72 to 84
    ['1.1.2', 'une assemblée plénière et un comité de pilotage chaque année', 'Nombre d’assemblées plénières et de comités de pilotage du CLSM', 6], // 2 × 3 years
    ['1.2.1', '15 par collège et par année scolaire', 'Nombre de permanences tenues dans les collèges', 90], // 3 × 15 × 2 school years
    ['1.2.2', '2 000 exemplaires', 'Nombre de guides diffusés', 2000],
    ['2.1.1', 'quatre séances', 'Nombre d’interventions en milieu scolaire et festif', 24], // (4 + 4) × 3 years
    ['3.1.1', '12 cantines', 'Nombre de cantines accompagnées', 12],
    ['3.1.2', 'par mois pendant deux ans', 'Nombre d’ateliers organisés', 24], // 12 × 2
    ['4.1.1', 'quatre groupes de dix patients par an', 'Nombre de patients ayant terminé le parcours', 120], // 40 × 3 years
    ['5.1.1', 'Quatre ateliers de sensibilisation (15 professionnels chacun)', 'Nombre de professionnels de la petite enfance sensibilisés', 60],
    ['6.1.1', 'deux internes par semestre', 'Nombre d’internes accueillis', 12], // 2 × 6 semesters
    ['6.2.1', '18 communes', 'Nombre de communes desservies par le bus', 18],
  ] as const)('action %s: « %s » gives « %s » the target %i', (number, description, indicator, target) => {
    for (const profile of PROFILE_IDS) {
      const sample = sampleCls({ profile, years: 3, startYear: 2025 });
      expect(sample.actions.find((a) => a.number === number)!.description).toContain(description);
      expect(sample.indicators.find((i) => i.action === number && i.indicator === indicator)!.target).toBe(target);
    }
  });

  it('moves with startYear', () => {
    const sample = sampleCls({ profile: 'generic', years: 3, startYear: 2030 });
    expect(Math.min(...sample.fundings.map((f) => f.year))).toBe(2030);
  });
});

describe('planWorkbook: options at their edges', () => {
  it.each([2, 6, 3.5, Number.NaN])('refuses %p years, saying which durations it takes', (years) => {
    expect(() => planWorkbook({ profile: 'generic', years: years as 3, sample: false })).toThrow(new RangeError('years must be an integer from 3 to 5'));
  });

  /** The cached results of the Listes sheet's « Années du contrat » column, from its first year down. */
  const contractYears = (plan: WorkbookPlan): unknown[] => {
    const values = ranges(sheet(plan, 'Listes'))[0]!.values;
    const column = values[0]!.indexOf('Années du contrat');
    return values.slice(1).map((row) => row[column]).filter(isFormulaCell).map(resultOf);
  };

  it('caches the contract years from the start year (2025 unless told), for the sample only', () => {
    expect(contractYears(planWorkbook({ profile: 'generic', years: 4, sample: true, startYear: 2030 }))).toEqual([2030, 2031, 2032, 2033]);
    expect(contractYears(planWorkbook({ profile: 'generic', years: 3, sample: true }))).toEqual([2025, 2026, 2027]);
    expect(contractYears(planWorkbook({ profile: 'generic', years: 3, sample: false }))).toEqual([undefined, undefined, undefined]);
  });

  it('the coordination budget of the matrix is the sample post’s yearly cost × the duration; none without sample', () => {
    const budgetOf = (plan: WorkbookPlan): unknown => {
      const matrix = ranges(sheet(plan, OWNED_SHEETS.engagements)).find((r) => r.values.some((row) => row[1] === 'Coordination'))!;
      const row = matrix.values.find((r) => r[1] === 'Coordination')!;
      const budget = row.find((cell) => formulaOf(cell)?.startsWith('IFERROR(IF(OR(') === true);
      return resultOf(budget);
    };
    const post = sampleCls({ profile: 'normandie', years: 5, startYear: 2025 }).coordinationPostCostCents;
    expect(budgetOf(planWorkbook({ profile: 'normandie', years: 5, sample: true }))).toBe((post * 5) / 100);
    expect(budgetOf(planWorkbook({ profile: 'normandie', years: 3, sample: false }))).toBe('');
  });

  it('document properties: the sample’s title, or the tables’ own; always made by Tableaux CLS', () => {
    const sample = sampleCls({ profile: 'centre-val-de-loire', years: 3, startYear: 2025 });
    expect(planWorkbook({ profile: 'centre-val-de-loire', years: 3, sample: true }).properties).toEqual({ title: sample.title, creator: 'Tableaux CLS' });
    expect(planWorkbook({ profile: 'generic', years: 3, sample: false }).properties).toEqual({ title: 'Contrat local de santé — tableaux de suivi', creator: 'Tableaux CLS' });
  });

  it('an empty workbook’s tables hold no row but the parameters and the default partners; its matrix counts nothing', () => {
    const plan = planWorkbook({ profile: 'generic', years: 3, sample: false });
    // Only the parameters and the default partners are written in an empty workbook.
    for (const table of tables(plan)) if (!['CLS_Parametres', 'CLS_Financeurs'].includes(table.name)) expect([table.name, table.rows]).toEqual([table.name, []]);
    const results = ranges(sheet(plan, OWNED_SHEETS.engagements)).flatMap((r) => r.values.flat().map(resultOf));
    expect(results.filter((v) => typeof v === 'number' && v !== 0)).toEqual([]);
  });
});
