/** @jest-environment jsdom */
import './dom';
import { getDefaultNormalizer, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookPort } from '../../src/domain/port';
import { App } from '../../src/taskpane/App';
import { EMPTY_SNAPSHOT, createMemoryPort, createSamplePort, sampleSnapshot } from '../../src/taskpane/memory-port';
import { pinClock, unpinClock } from '../setup/pin-clock';
import { defectSnapshot, firstDataCell, spiedPort, withCell } from './ports';

const NBSP = '\u00a0';
/** The preview's sample as signed when the clock says January 2025: the 2025-2027 contract these figures come from. */
const SIGNED_IN_2025 = new Date(2025, 0, 15);
/** Keeps non-breaking spaces: amounts must use them, and the default normalizer would hide a plain space. */
const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false, trim: false }) };

// The pane checks as of today and signs its sample for today: every test runs on 30 November 2026.
beforeEach(() => pinClock('2026-11-30'));
afterEach(() => unpinClock());

async function runControl(user: ReturnType<typeof userEvent.setup>, lang: 'fr' | 'en' = 'fr'): Promise<void> {
  await user.click(screen.getByRole('tab', { name: lang === 'fr' ? 'Contrôler' : 'Check' }));
  await user.click(await screen.findByRole('button', { name: lang === 'fr' ? 'Lancer le contrôle' : 'Run the check' }));
}

describe('Contrôler', () => {
  it('shows the counts of the report and the planted finding with its suggestion', async () => {
    const { snapshot, cell } = defectSnapshot();
    const user = userEvent.setup();
    render(<App port={spiedPort(snapshot)} lang="fr" />);
    await runControl(user);

    // The planted text amount (and the amount it leaves uncounted), the pilot missing, three actions underfunded,
    // an imprecise « Quand évaluer », the unknown column.
    expect(await screen.findByText('2 erreurs, 5 avertissements, 1 info')).toBeTruthy();
    const filters = screen.getByRole('group', { name: 'Afficher par gravité' });
    expect(within(filters).getByRole('button', { name: /^Erreurs\s*2$/ })).toBeTruthy();
    const finding = screen.getByRole('button', { name: new RegExp(`Cellule ${cell}.*Texte à la place d’un nombre`) });
    expect(within(finding).getByText(`Suggestion : Saisissez le nombre 1${NBSP}500,5 (valeur numérique, sans texte).`, exact)).toBeTruthy();
  });

  it('selects the cell of a finding on click and on Enter, and shows its detail', async () => {
    const { snapshot, sheet, cell } = defectSnapshot();
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await runControl(user);
    const finding = await screen.findByRole('button', { name: new RegExp(`Cellule ${cell}.*Texte à la place d’un nombre`) });
    await user.click(finding);
    expect(port.select).toHaveBeenCalledWith(sheet, cell);
    expect(finding.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('Cellule sélectionnée dans Excel.')).toBeTruthy();
    expect(screen.getByText('cell.not-number')).toBeTruthy();

    await user.click(finding);
    expect(finding.getAttribute('aria-expanded')).toBe('false');
    expect(port.select).toHaveBeenCalledTimes(1);
    finding.focus();
    await user.keyboard('{Enter}');
    expect(port.select).toHaveBeenCalledTimes(2);
    expect(finding.getAttribute('aria-expanded')).toBe('true');
  });

  it('filters findings by severity', async () => {
    const { snapshot } = defectSnapshot();
    const user = userEvent.setup();
    render(<App port={spiedPort(snapshot)} lang="fr" />);
    await runControl(user);
    await screen.findByText(/Texte à la place d’un nombre/);
    const errors = screen.getByRole('button', { name: /^Erreurs/ });
    expect(errors.getAttribute('aria-pressed')).toBe('true');
    await user.click(errors);
    expect(errors.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByText(/Texte à la place d’un nombre/)).toBeNull();
    expect(screen.getAllByText('« Pilote » n’est pas renseigné : c’est un item obligatoire de la fiche action.').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /^Avertissements/ }));
    await user.click(screen.getByRole('button', { name: /^Infos/ }));
    expect(screen.getByText('Aucune anomalie pour les gravités choisies.')).toBeTruthy();
  });

  it('highlights the cells through the port and clears them when switched off', async () => {
    const { snapshot } = defectSnapshot();
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await runControl(user);
    const toggle = await screen.findByRole('switch', { name: 'Surligner les cellules' });
    await user.click(toggle);
    await waitFor(() => expect(port.highlight).toHaveBeenCalledTimes(1));
    const highlighted = port.highlight.mock.calls[0]![0] as { rule: string }[];
    expect(highlighted.some((f) => f.rule === 'cell.not-number')).toBe(true);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    await user.click(toggle);
    await waitFor(() => expect(port.clearHighlights).toHaveBeenCalledTimes(1));
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
  });

  it('writes the Contrôle sheet from the rendered findings', async () => {
    const { snapshot, cell } = defectSnapshot();
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await runControl(user);
    await user.click(await screen.findByRole('button', { name: 'Écrire la feuille Contrôle' }));
    await waitFor(() => expect(port.writeControl).toHaveBeenCalledTimes(1));
    const rows = port.writeControl.mock.calls[0]![0] as { rule: string; cell: string; severity: string; value: string; message: string }[];
    expect(rows).toHaveLength(8);
    expect(rows).toContainEqual(expect.objectContaining({ rule: 'cell.not-number', cell, severity: 'Erreur', value: '1 500,50 €', message: 'Texte à la place d’un nombre : il ne sera pas compté dans les totaux.' }));
    expect(await screen.findByText('Feuille « Contrôle » écrite : 8 lignes.')).toBeTruthy();
  });

  it('explains in one sentence, without dead controls, what a read-only port cannot do', async () => {
    const memory = createMemoryPort(defectSnapshot().snapshot);
    const readOnly: WorkbookPort = { kind: 'file', read: () => memory.read() };
    const user = userEvent.setup();
    render(<App port={readOnly} lang="fr" />);
    await runControl(user);
    expect(await screen.findByText(/Lecture seule : cliquez sur une anomalie pour voir la colonne et la valeur lue\./)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'Surligner les cellules' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Écrire la feuille Contrôle' })).toBeNull();
  });

  it('keeps the controls a port can do and explains the one it cannot', async () => {
    const memory = createMemoryPort(defectSnapshot().snapshot);
    const partial: WorkbookPort = { kind: 'excel', read: () => memory.read(), writeControl: (rows) => memory.writeControl(rows) };
    const user = userEvent.setup();
    render(<App port={partial} lang="fr" />);
    await runControl(user);
    const toggle = await screen.findByRole('switch', { name: 'Surligner les cellules' });
    expect((toggle as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Surlignage indisponible : ce classeur est ouvert en lecture seule.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Écrire la feuille Contrôle' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText(/La sélection de cellule n’est pas disponible ici/)).toBeTruthy();
  });

  it('shows an error thrown by port.read in an alert, with its message', async () => {
    const failing: WorkbookPort = { kind: 'excel', read: () => Promise.reject(new Error('Lecture du classeur impossible : classeur verrouillé')) };
    const user = userEvent.setup();
    render(<App port={failing} lang="fr" />);
    await runControl(user);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Lecture du classeur impossible : classeur verrouillé');
    expect(screen.getByRole('button', { name: 'Lancer le contrôle' })).toBeTruthy();
  });

  it('shows the CLS name in the header once the workbook is read, and the sample’s warnings as of a pinned day', async () => {
    // The late action depends on the day the pane checks: 30 November 2026, pinned for the whole file.
    const user = userEvent.setup();
    render(<App port={createSamplePort(SIGNED_IN_2025)} lang="fr" />);
    await runControl(user);
    expect(await screen.findByText('0 erreur, 5 avertissements, 0 info')).toBeTruthy();
    expect(screen.getAllByText('Action en retard : fin prévue le 30/06/2025, statut « En cours » au 30/11/2026.').length).toBeGreaterThan(0);
    for (const remaining of [/^Action 3\.1\.2 : .*restant à trouver 1\s562,50\s€\.$/, /^Action 4\.1\.1 : .*restant à trouver 3\s000,00\s€\.$/, /^Action 6\.2\.1 : .*restant à trouver 4\s500,00\s€\.$/]) {
      expect(screen.getAllByText(remaining).length).toBeGreaterThan(0);
    }
    expect(screen.getAllByText('« Quand évaluer » doit préciser le mois et l’année.').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('banner')).getByText('Contrat local de santé du Val de Sélune 2025-2027')).toBeTruthy();
  });
});

describe('Harmoniser les noms', () => {
  it('lists partner spellings the partner table cannot count, rewrites only the ticked ones, and checks again', async () => {
    const sample = sampleSnapshot();
    const first = firstDataCell(sample, 'CLS_Financements', 'Financeur');
    const second = { ...first, cell: first.cell.replace(/\d+$/, (row) => String(Number(row) + 1)) };
    const typedFirst = 'cpam ';
    let snapshot = withCell(sample, first.sheet, first.cell, typedFirst);
    snapshot = withCell(snapshot, second.sheet, second.cell, 'C.A.F.');
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await runControl(user);
    const list = await screen.findByRole('list', { name: 'Noms à harmoniser' });
    const items = within(list).getAllByRole('checkbox');
    expect(items).toHaveLength(2);
    expect(within(list).getByLabelText(`${first.sheet}!${first.cell} : « cpam␣ » → « CPAM »`, { exact: false })).toBeTruthy();
    // Untick the second: only the first is rewritten.
    await user.click(within(list).getByLabelText(/C\.A\.F\./));
    await user.click(screen.getByRole('button', { name: 'Harmoniser (1)' }));
    await waitFor(() => expect(port.rewriteCells).toHaveBeenCalledTimes(1));
    expect(port.rewriteCells.mock.calls[0]![0]).toEqual([{ sheet: first.sheet, cell: first.cell, expected: typedFirst, value: 'CPAM' }]);
    expect(await screen.findByText(/Noms remplacés : 1\./)).toBeTruthy();
    const after = await port.read();
    const sheet = after.sheets.find((s) => s.name === first.sheet)!;
    const row = Number(first.cell.replace(/^\D+/, ''));
    expect(sheet.values[row - sheet.top]).toContain('CPAM');
    expect(sheet.values[row + 1 - sheet.top]).toContain('C.A.F.');
  });
});

describe('Créer', () => {
  it('lists what will be created in an empty workbook, applies the plan and reports the outcome', async () => {
    const port = spiedPort(EMPTY_SNAPSHOT);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    const sheets = await screen.findByRole('list', { name: 'Feuilles à créer' });
    expect(within(sheets).getByText('Paramètres')).toBeTruthy();
    expect(within(sheets).getByText("Plan d'action")).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Tableaux à créer' })).getByText('CLS_Financements')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Centre-Val de Loire' }));
    await user.click(screen.getByRole('radio', { name: '5 ans' }));
    await user.click(screen.getByRole('button', { name: 'Créer les tableaux' }));
    await waitFor(() => expect(port.apply).toHaveBeenCalledTimes(1));
    const plan = port.apply.mock.calls[0]![0] as { sheets: { name: string; blocks: { kind: string; name?: string; columns?: { header: string }[] }[] }[] };
    const evaluation = plan.sheets.flatMap((s) => s.blocks).find((b) => b.name === 'CLS_Evaluation')!;
    expect(evaluation.columns!.map((c) => c.header)).toContain('Réalisé année 5');

    expect(await screen.findByText('Tableaux créés', { selector: '*' })).toBeTruthy();
    expect(screen.getByText(/Aucune de vos cellules n’a été modifiée\./)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Feuilles créées' })).getByText('Financements')).toBeTruthy();
    // After creation the preview reads the workbook again: everything now exists.
    expect(await screen.findByText('Tous les tableaux existent déjà : seules les feuilles calculées seront régénérées.')).toBeTruthy();
  });

  it('shows what already exists and reassures that filled cells were kept', async () => {
    const port = spiedPort(sampleSnapshot());
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    const existing = await screen.findByRole('list', { name: 'Déjà présent, conservé tel quel' });
    expect(within(existing).getByText('CLS_Actions')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Feuilles calculées régénérées' })).getByText('Engagements partenaires')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Créer les tableaux' }));
    expect(await screen.findByText(/Aucune de vos cellules n’a été modifiée : \d+ cellules déjà remplies ont été laissées telles quelles\./)).toBeTruthy();
  });

  it('turns a pasted Financements range into the table without changing a value, and says so', async () => {
    const header = ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'];
    const values = [['Financements 2025'], [], header, ['Coordination', null, 'ARS', 'Financier', 2025, 25000, 'Acquis', null]];
    const port = createMemoryPort({ sheets: [{ name: 'Financements', top: 1, left: 1, values }], tables: [] });
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    const adopt = await screen.findByRole('list', { name: 'Plages existantes qui deviendront des tableaux (aucune valeur modifiée)' });
    expect(within(adopt).getByText('Financements!A3:H4 → CLS_Financements')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Tableaux à créer' })).queryByText('CLS_Financements')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Créer les tableaux' }));
    const outcome = await screen.findByRole('list', { name: 'Plages devenues des tableaux' });
    expect(within(outcome).getByText('Financements!A3:H4 → CLS_Financements')).toBeTruthy();
    const after = await port.read();
    const sheet = after.sheets.find((s) => s.name === 'Financements')!;
    expect(sheet.values.slice(3 - sheet.top, 5 - sheet.top).map((r) => r.slice(0, 8))).toEqual([header, values[3]]);
    // The range becomes the table, then gets the contract column it lacks (Montant versé) at its free right.
    expect(after.tables.find((t) => t.name === 'CLS_Financements')).toMatchObject({ sheet: 'Financements', top: 3, left: 1, bottom: 4, right: 9 });
  });

  it('becomes "Télécharger un classeur CLS" on a read-only port and hands the options to onDownload', async () => {
    const memory = createMemoryPort(EMPTY_SNAPSHOT);
    const onDownload = jest.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(<App port={{ kind: 'file', read: () => memory.read() }} lang="fr" onDownload={onDownload} />);
    expect(screen.getByRole('tab', { name: 'Télécharger' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Télécharger un classeur CLS' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }));
    await user.click(screen.getByRole('radio', { name: '4 ans' }));
    await user.click(screen.getByRole('button', { name: 'Télécharger le classeur' }));
    await waitFor(() => expect(onDownload).toHaveBeenCalledWith(expect.objectContaining({ profile: 'normandie', years: 4, sample: true })));
    expect(await screen.findByText('Classeur téléchargé.')).toBeTruthy();
  });

  it('says before the click why « Créer » would change nothing, and does not offer it', async () => {
    const port = spiedPort({ sheets: [{ name: 'Feuil1', top: 1, left: 1, values: [[1]] }], tables: [], names: [{ name: 'CLS_Actions', ref: 'Feuil1!$A$1' }] });
    render(<App port={port} lang="fr" />);
    expect(await screen.findByText('« Créer » ne modifierait rien dans ce classeur')).toBeTruthy();
    expect(screen.getByText(/^Le nom « CLS_Actions » est déjà un nom défini du classeur : renommez ou supprimez ce nom/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Créer les tableaux' }) as HTMLButtonElement).disabled).toBe(true);
    expect(port.apply).not.toHaveBeenCalled();
  });

  it('shows an error thrown by apply', async () => {
    const memory = createMemoryPort(EMPTY_SNAPSHOT);
    const port: WorkbookPort = { kind: 'excel', read: () => memory.read(), apply: () => Promise.reject(new Error('Création des tableaux impossible : feuille protégée')) };
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await user.click(await screen.findByRole('button', { name: 'Créer les tableaux' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Création des tableaux impossible : feuille protégée');
  });
});

describe('Financements and Synthèse', () => {
  it('shows per-partner totals to the cent, the remaining amounts and the coordination rules', async () => {
    const user = userEvent.setup();
    render(<App port={createSamplePort(SIGNED_IN_2025)} lang="fr" />);
    await user.click(screen.getByRole('tab', { name: 'Financements' }));
    const byFunder = await screen.findByRole('table', { name: 'Par financeur' });
    const ars = within(byFunder).getByRole('rowheader', { name: 'ARS' }).closest('tr')!;
    // ARS: coordination 3 × 25 000, diagnostic 8 000, evaluation 10 000 and 65 000 on actions (hand-summed from the sample's lines).
    expect(within(ars).getByText(`158${NBSP}000,00${NBSP}€`, exact)).toBeTruthy();
    expect(within(byFunder).getAllByText(`378${NBSP}937,50${NBSP}€`, exact).length).toBeGreaterThan(0);
    // 6.2.1: 27 000 € budget, 22 500 € committed, the Région's 4 000 € only « prévisionnel ».
    const bus = screen.getByRole('listitem', { name: /^6\.2\.1/ });
    expect(within(bus).getByText('Restant').nextElementSibling?.textContent).toBe(`4${NBSP}500,00${NBSP}€`);
    expect(within(screen.getByRole('listitem', { name: /^1\.2\.2/ })).getByText('Restant').nextElementSibling?.textContent).toBe(`0,00${NBSP}€`);
    expect(screen.getByRole('region', { name: /par financeur et par année/ })).toBeTruthy();
    expect(screen.getAllByText('Taux de couverture').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Conforme').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Année 2025' })).toBeTruthy();
  });

  it('shows the synthesis: figures and a described status bar per axis', async () => {
    const user = userEvent.setup();
    render(<App port={createSamplePort()} lang="fr" />);
    await user.click(screen.getByRole('tab', { name: 'Synthèse' }));
    expect(await screen.findByText('Actions avec indicateur')).toBeTruthy();
    expect(screen.getByText('sur 27 indicateurs')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Répartition des 5 actions de l’axe 1 par statut : 4 En cours, 1 Réalisée/ })).toBeTruthy();
  });
});

describe('English', () => {
  it('renders the views and the findings in English when lang is en', async () => {
    const { snapshot } = defectSnapshot();
    const user = userEvent.setup();
    render(<App port={spiedPort(snapshot)} lang="en" />);
    expect(screen.getByRole('tab', { name: 'Create' })).toBeTruthy();
    expect(screen.getByText('Preview outside Excel: sample workbook in memory')).toBeTruthy();
    await runControl(user, 'en');
    expect(await screen.findByText('Text where a number belongs: it will not be counted in totals.')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Funding' }));
    expect(await screen.findByRole('table', { name: 'By funder' })).toBeTruthy();
    expect(screen.getAllByText(/^€\d{1,3}(,\d{3})*\.\d{2}$/).length).toBeGreaterThan(0);
  });
});

describe('Contrôler: a root cause and what follows from it', () => {
  it('folds the commitments naming an action without number under that action, and a click on one selects its cell', async () => {
    const { sheet, cell } = firstDataCell(sampleSnapshot(), 'CLS_Actions', 'N° action');
    const snapshot = withCell(sampleSnapshot(), sheet, cell, null);
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await runControl(user);
    const root = await screen.findByRole('button', { name: new RegExp(`Cellule ${cell}.*« N° action » n’est pas renseigné`) });
    const item = root.closest('li')!;
    // Seven findings follow from the missing number; the first is Financements!B18.
    const fold = within(item).getByText('7 autres constats en découlent');
    await user.click(fold);
    await user.click(within(item).getByRole('button', { name: /^Financements B18 — / }));
    expect(port.select).toHaveBeenCalledWith('Financements', 'B18');
    // Not listed a second time in their own table.
    expect(screen.queryAllByRole('button', { name: /Cellule B18\b.*n’existe pas dans le plan d’action/ })).toEqual([]);
  }, 20_000);
});

describe('Synthèse: what the COPIL asks first', () => {
  it('lists an action whose end has passed, and a click selects its end date in Excel', async () => {
    const end = firstDataCell(sampleSnapshot(), 'CLS_Actions', 'Fin');
    const status = firstDataCell(sampleSnapshot(), 'CLS_Actions', 'Statut');
    // 1 January 2020 (serial 43831): late whatever day the test runs.
    const snapshot = withCell(withCell(sampleSnapshot(), end.sheet, end.cell, 43_831), status.sheet, status.cell, 'En cours');
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await user.click(screen.getByRole('tab', { name: 'Synthèse' }));
    const list = await screen.findByRole('list', { name: 'Actions en retard' });
    const item = within(list).getByRole('button', { name: /^\d+\.\d+\.\d+ .+ — fin prévue le 01\/01\/2020$/ });
    await user.click(item);
    expect(port.select).toHaveBeenCalledWith(end.sheet, end.cell);
    expect(screen.getByText(/Somme des « Budget prévisionnel » des actions/)).toBeTruthy();
  }, 20_000);
});

describe('Financements: a partner statement', () => {
  it('shows the chosen partner’s committed money as its column of the partner table counts it, and a line selects its cell', async () => {
    const snapshot = sampleSnapshot();
    const port = spiedPort(snapshot);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await user.click(screen.getByRole('tab', { name: 'Financements' }));
    const partner = await screen.findByRole('combobox', { name: 'Partenaire' });
    await user.selectOptions(partner, 'CAF');
    expect(await screen.findByText(`Engagé (acquis + sollicité) : 12${NBSP}000,00${NBSP}€`, exact)).toBeTruthy();
    await user.click(screen.getByText(/^Lignes du tableau CLS_Financements \(\d+\)$/));
    const line = within(screen.getByRole('list', { name: 'Lignes du tableau CLS_Financements' })).getAllByRole('button')[0]!;
    await user.click(line);
    expect(port.select).toHaveBeenCalledWith('Financements', line.textContent!.split(' — ')[0]);
  }, 20_000);
});
