/** What Excel says when a validated cell is typed wrong, and the hint on the cell: each sentence written out by hand. */
import { validationAlert, validationPrompt } from '../../../src/domain/generate/validation-alert';
import type { ValidationPlan } from '../../../src/domain/generate/plan';

const alertOf = (plan: Record<string, unknown>) => validationAlert(plan as unknown as ValidationPlan);

describe('the alert for a value that breaks the rule', () => {
  it('a strict list refuses, an open list accepts with a notice', () => {
    expect(alertOf({ kind: 'list', listName: 'Liste_Statuts', strict: true })).toEqual({
      style: 'stop',
      title: 'Valeur hors liste',
      message: 'Choisissez une valeur de la liste déroulante.',
    });
    expect(alertOf({ kind: 'list', listName: 'Liste_Financeurs', strict: false })).toEqual({
      style: 'information',
      title: 'Valeur hors liste',
      message: 'Cette valeur n’est pas dans la liste proposée ; elle est acceptée.',
    });
  });

  it('a date, with the contract’s days when both are known', () => {
    expect(alertOf({ kind: 'date', min: 45_731, max: 46_826 })).toEqual({
      style: 'stop',
      title: 'Date attendue',
      message: 'Saisissez une date au format jj/mm/aaaa, entre le 15/03/2025 et le 14/03/2028.',
    });
    const plain = 'Saisissez une date au format jj/mm/aaaa.';
    expect(alertOf({ kind: 'date' }).message).toBe(plain);
    expect(alertOf({ kind: 'date', min: 45_731 }).message).toBe(plain);
    expect(alertOf({ kind: 'date', max: 46_826 }).message).toBe(plain);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ kind: 'decimal', min: 0, max: 1 }, 'Saisissez un nombre compris entre 0 et 1 (sans texte ni symbole).'],
    [{ kind: 'decimal', min: 0 }, 'Saisissez un nombre supérieur ou égal à 0 (sans texte ni symbole).'],
    [{ kind: 'decimal', max: 2.5 }, 'Saisissez un nombre inférieur ou égal à 2,5 (sans texte ni symbole).'],
    [{ kind: 'decimal' }, 'Saisissez un nombre (sans texte ni symbole).'],
    [{ kind: 'whole', min: 2000, max: 2100 }, 'Saisissez un nombre entier compris entre 2000 et 2100 (sans texte ni symbole).'],
    [{ kind: 'whole', min: 1 }, 'Saisissez un nombre entier supérieur ou égal à 1 (sans texte ni symbole).'],
  ])('%j: %s', (plan, message) => {
    expect(alertOf(plan)).toEqual({ style: 'stop', title: 'Nombre attendu', message });
  });
});

describe('the hint on the cell', () => {
  it('is titled by its column, « Saisie » outside a table, within Excel’s 32 and 255 characters', () => {
    expect(validationPrompt('Choisissez un statut.', 'Statut')).toEqual({ title: 'Statut', message: 'Choisissez un statut.' });
    expect(validationPrompt('Un nombre.', undefined)).toEqual({ title: 'Saisie', message: 'Un nombre.' });
    const header32 = 'Montant versé par le partenaire';
    expect(header32.length).toBe(31);
    expect(validationPrompt('x', `${header32}s`).title).toBe(`${header32}s`);
    expect(validationPrompt('x', `${header32}s!`).title).toBe(`${header32}…`);
    const prompt255 = 'a'.repeat(255);
    expect(validationPrompt(prompt255, 'T').message).toBe(prompt255);
    expect(validationPrompt(`${prompt255}b`, 'T').message).toBe(`${'a'.repeat(254)}…`);
  });
});
