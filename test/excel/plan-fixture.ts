/** A small WorkbookPlan written by hand, independent of the generator being written elsewhere. */
import type { WorkbookPlan } from '../../src/domain/generate/plan';

export const STATUSES = ['Non démarrée', 'En cours', 'Réalisée', 'Reportée', 'Abandonnée'];

export const handPlan: WorkbookPlan = {
  sheets: [
    {
      name: 'Paramètres',
      owned: false,
      blocks: [
        {
          kind: 'table',
          name: 'CLS_Parametres',
          anchor: 'A1',
          style: 'TableStyleMedium2',
          columns: [
            { header: 'Paramètre', width: 40 },
            { header: 'Valeur', width: 30 },
          ],
          rows: [
            ['Nom du CLS', null],
            ['Durée (années)', 5],
            ['Commentaire', '- à compléter'],
            ['N° objectif', '12.1'],
          ],
        },
        {
          kind: 'table',
          name: 'CLS_Financeurs',
          anchor: 'D1',
          style: 'TableStyleMedium2',
          columns: [
            { header: 'Financeur', width: 30 },
            { header: 'Catégorie', width: 20 },
          ],
          rows: [
            ['ARS', 'État'],
            ['CAF', 'Protection sociale'],
          ],
        },
      ],
      freezeRows: 1,
      cellFormats: [{ range: 'B3', numberFormat: '0' }],
      cellValidations: [{ range: 'B3', validation: { kind: 'whole', min: 3, max: 5 }, prompt: 'Entre 3 et 5 ans' }],
    },
    {
      name: "Plan d'action",
      owned: false,
      blocks: [
        {
          kind: 'table',
          name: 'CLS_Actions',
          anchor: 'A1',
          style: 'TableStyleMedium9',
          spareRows: 3,
          columns: [
            { header: 'N° action', width: 10 },
            { header: "Intitulé de l'action", width: 40, wrap: true },
            { header: 'Debut', width: 12, numberFormat: 'dd/mm/yyyy', validation: { kind: 'date', min: 43831 } },
            { header: 'Statut', width: 16, validation: { kind: 'list', listName: 'Liste_Statuts', strict: true } },
            { header: 'Avancement (%)', width: 12, numberFormat: '0 %', validation: { kind: 'decimal', min: 0, max: 1 }, prompt: 'Entre 0 et 100 %' },
            { header: 'Fin', width: 12, numberFormat: 'dd/mm/yyyy' },
          ],
          rows: [['1.1.1', 'Action A', { date: 45658 }, 'En cours', 0.5, null]],
        },
      ],
      conditionalFormats: [{ range: 'D2:D5', formula: 'D2="Reportée"', fill: '#FFEB9C' }],
    },
    {
      name: 'Financements',
      owned: false,
      blocks: [
        { kind: 'range', anchor: 'A1', values: [['Engagements des partenaires']], style: { bold: true, fontSize: 14 } },
        {
          kind: 'table',
          name: 'CLS_Financements',
          anchor: 'A3',
          style: 'TableStyleMedium2',
          spareRows: 5,
          columns: [
            { header: 'Objet', width: 20 },
            { header: 'Financeur', width: 25, validation: { kind: 'list', listName: 'Liste_Financeurs', strict: true } },
            { header: 'Montant (€)', width: 14, numberFormat: '#,##0.00 €' },
            { header: 'Année', width: 8, validation: { kind: 'whole', min: 2020, max: 2040 } },
          ],
          rows: [],
        },
      ],
    },
    {
      name: 'Listes',
      owned: true,
      hidden: true,
      blocks: [{ kind: 'range', anchor: 'A1', values: [['Statuts'], ...STATUSES.map((s) => [s])] }],
    },
    {
      name: 'Synthèse',
      owned: true,
      blocks: [
        {
          kind: 'range',
          anchor: 'A1',
          values: [
            ['Axe', 'Actions'],
            ['Axe 1', { formula: 'COUNTA(CLS_Actions[N° action])' }],
          ],
          rowStyles: { 0: { bold: true, fill: '#1F6E5A', fontColor: '#FFFFFF', border: true } },
          numberFormats: [
            [null, null],
            [null, '0'],
          ],
        },
      ],
      columnWidths: { A: 30, B: 12 },
      freezeRows: 1,
      freezeColumns: 1,
      conditionalFormats: [{ range: 'B2:B2', formula: 'B2=0', fill: '#FFC7CE', fontColor: '#9C0006' }],
      charts: [{ type: 'column', title: 'Actions par axe', dataRange: 'A1:B2', anchor: 'D2' }],
      tabColor: '#1F6E5A',
      dataBars: [{ range: 'B2:B2', color: '#1F6E5A' }],
      rowHeights: { 1: 30 },
      print: { landscape: true, fitToWidth: true },
    },
  ],
  properties: { title: 'CLS de test', creator: 'Tableaux CLS' },
  names: [
    { name: 'Liste_Statuts', ref: 'Listes!$A$2:$A$6', comment: 'Statuts des actions' },
    { name: 'Liste_Financeurs', ref: 'CLS_Financeurs[Financeur]' },
    // The markers every generated plan carries: these sheets are ours to rebuild.
    { name: 'CLS_Feuille_Listes', ref: 'Listes!$A$1' },
    { name: 'CLS_Feuille_Synthese', ref: "'Synthèse'!$A$1" },
  ],
};
