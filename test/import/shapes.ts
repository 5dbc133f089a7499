/** Coordinators' own layouts, written with exceljs directly (never with our generator). Amounts chosen by hand. */
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';

type Value = string | number | Date | null;

function rows(sheet: Worksheet, top: number, values: readonly (readonly Value[])[]): void {
  values.forEach((row, i) => row.forEach((v, c) => {
    if (v !== null) sheet.getCell(top + i, c + 1).value = v;
  }));
}

/** The Centre-Val de Loire partner matrix under merged year bands, axis rows merged across, a TOTAL row and column. */
export function addMatrix(workbook: Workbook, withYears = true): void {
  const s = workbook.addWorksheet('Engagements 2025-2026');
  s.getCell('A1').value = 'Tableau d’engagement des partenaires';
  s.mergeCells('A1:L1');
  if (withYears) {
    s.getCell('B2').value = 2025;
    s.mergeCells('B2:F2');
    s.getCell('G2').value = 'Année 2026';
    s.mergeCells('G2:K2');
  }
  const partners = ['ARS', 'Coll \nlocale', 'CAF', 'Commune', 'Financements \nrestant à \ntrouver'];
  rows(s, 3, [['CLS', ...partners, ...partners, 'TOTAL']]);
  s.getCell('A4').value = 'Axe 1 : Santé mentale';
  s.mergeCells('A4:L4');
  rows(s, 5, [
    ['1.1.1 Former les élus au repérage', 5000, 2500.5, 0, null, 1000, 4000, 2000, null, 750.25, 0, 14250.75],
    ['1.1.2 Groupe d’entraide mutuelle', 12000.1, null, 3000, 'à définir', 500, 12000.1, null, 3000, null, 500, 30000.2],
  ]);
  s.getCell('A7').value = 'Axe 2 - Nutrition';
  s.mergeCells('A7:L7');
  rows(s, 8, [
    ['Ateliers cuisine', null, 1500, 2200.35, 300, 0, 0, 1500, 2200.35, 300, 0, 8000.7],
    ['Coordination', 25000, 25000, null, null, null, 25000, 25000, null, null, null, 100000],
    ['TOTAL', 42000.1, 29000.5, 5200.35, 300, 1500, 41000.1, 28500, 5200.35, 1050.25, 500, 152251.65],
  ]);
}

/** A dashboard of actions with the coordinator's own headers and statuses. */
export function addDashboard(workbook: Workbook): void {
  const s = workbook.addWorksheet('Tableau de bord');
  s.getCell('A1').value = 'Suivi des actions du CLS';
  rows(s, 3, [['Réf.', 'Action', 'Porteur', 'Échéance', 'État d’avancement', 'Coût total (€)']]);
  s.getCell('A4').value = 'Axe 1 : Santé mentale';
  s.mergeCells('A4:F4');
  rows(s, 5, [
    ['1.1.1', 'Former les élus au repérage', 'CCAS', new Date(Date.UTC(2026, 5, 30)), 'Terminé', 6000],
    ['1.1.2', 'Groupe d’entraide mutuelle', 'UNAFAM', '12/2027', 'En cours', 30000.2],
  ]);
  s.getCell('A7').value = 'Axe 2 : Nutrition';
  s.mergeCells('A7:F7');
  rows(s, 8, [
    ['2.1.1', 'Ateliers cuisine', 'Centre social', '2026', 'Non commencé', '8 000,70 €'],
    ['2.1.2', 'Jardins partagés', 'Mairie', null, 'Abandonné', 0],
    ['TOTAL', null, null, null, null, 44000.9],
  ]);
}

/** A long list of commitments: own headers, statuses, natures and partner aliases. */
export function addCommitments(workbook: Workbook): void {
  const s = workbook.addWorksheet('Suivi financier');
  rows(s, 1, [
    ['N° fiche', 'Partenaire', 'Type d’apport', 'Exercice', 'Montant', 'État de la demande', 'Observations'],
    ['1.1.1', 'ARS Normandie', 'Numéraire', 2025, 1200.1, 'Notifié', null],
    ['1.1.2', 'CPAM de la Manche', 'Valorisation', 2026, 850.05, 'Demandé', 'temps d’infirmière'],
    ['Coordination', 'Conseil départemental', 'Numéraire', 2025, 10000, 'Envisagé', null],
    ['2.1.1', 'Ville', 'Numéraire', '2026', '1 500,25 €', 'Notifié', null],
    ['1.1.1', 'Reste à financer', null, 2025, 3000, null, null],
    ['2.1.1', 'MSA', 'Numéraire', 2025, 0, 'Demandé', null],
    ['1.1.2', 'CAF', 'Numéraire', 2025, 'à confirmer', 'Envisagé', null],
    ['TOTAL', null, null, null, 16550.4, null, null],
  ]);
}

/** An evaluation grid with the action number merged down over its indicator rows. */
export function addEvaluation(workbook: Workbook): void {
  const s = workbook.addWorksheet('Grille évaluation');
  s.getCell('A1').value = 'Grille de protocole d’évaluation';
  s.mergeCells('A1:F1');
  rows(s, 3, [
    ['N° action', 'Résultats attendus', 'Indicateurs', 'Outils', 'Qui évalue ?', 'Quand ?'],
    ['1.1.1', 'Élus formés', 'Nombre d’élus formés', 'Feuille d’émargement', 'Coordinatrice', '06/2026'],
    [null, 'Élus mieux outillés', 'Satisfaction des participants', 'Questionnaires', 'Coordinatrice', 'juin 2026'],
    ['1.1.2', 'GEM ouvert', 'Nombre d’adhérents', 'Tableau de bord', 'UNAFAM', '12/2026'],
    [null, null, 'Nombre de permanences', 'CR', 'UNAFAM', '12/2026'],
    [null, null, 'Partenariats signés', 'Grille', 'Coordinatrice', '12/2027'],
    ['Axe 2', null, null, null, null, null],
    ['2.1.1', 'Ateliers tenus', 'Nombre d’ateliers', 'Tableau de suivi', 'Centre social', '10/2026'],
    [null, null, 'Nombre de participants', 'Tableau de suivi', 'Centre social', '10/2026'],
  ]);
  s.mergeCells('A4:A5');
  s.mergeCells('A6:A8');
  s.mergeCells('A9:F9');
}

/** All four shapes in one workbook, as a coordinator keeps them. */
export function coordinatorWorkbook(options: { withYears?: boolean } = {}): Workbook {
  const workbook = new Workbook();
  addMatrix(workbook, options.withYears ?? true);
  addDashboard(workbook);
  addCommitments(workbook);
  addEvaluation(workbook);
  return workbook;
}

export async function bufferOf(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The guides' fiche model, one sheet per action (Normandie guide, seed 004:990-1030): labels in A, values in B merged across B:E, the number in the title line. */
export function addFicheMerged(workbook: Workbook, name = 'Fiche A'): void {
  const s = workbook.addWorksheet(name);
  s.getCell('A1').value = 'Fiche action n° 1.1.1';
  s.mergeCells('A1:E1');
  rows(s, 3, [
    ['Axe / Thématique', 'Santé mentale'],
    ['Objectif principal / enjeu n° 1', 'Promouvoir la santé mentale'],
    ['Objectif spécifique n° 1.1', 'Repérer la souffrance psychique'],
    ['Intitulé', 'Former les élus au repérage'],
    ['A quels besoins l’action répond-t-elle ? / Contexte', 'Peu d’élus formés au repérage'],
    ['Objectif général de l’action', 'Outiller les élus'],
    ['Descriptif des actions', 'Deux sessions de formation par an'],
    ['Calendrier / Début et durée de l’action', 'Janvier à mai 2026'],
    ['Pilotage de l’action', 'Mairie'],
    ['Partenaires', 'UNAFAM, CMP'],
    ['Public visé', 'Élus municipaux'],
    ['BUDGET :', 6500.55],
    ['Indicateurs de suivi et de résultats', 'Nombre d’élus formés'],
  ]);
  for (const r of [6, 7, 8, 9, 14]) s.mergeCells(`B${r}:E${r}`);
}

/** A plainer fiche: labels in B, values in C, no number line (the sheet's name gives it), the budget typed as text. */
export function addFichePlain(workbook: Workbook): void {
  const s = workbook.addWorksheet('FA 2.3.1');
  rows(s, 2, [
    [null, 'intitulé de l’action', 'Ateliers équilibre alimentaire'],
    [null, 'Contexte', 'Surpoids des enfants'],
    [null, 'Descriptif', 'Ateliers mensuels en centre social'],
    [null, 'Porteur', 'Centre social'],
    [null, 'Partenaires associés', 'CAF'],
    [null, 'Public cible', 'Familles'],
    [null, 'Budget prévisionnel (€)', '12 000,40 €'],
  ]);
}
