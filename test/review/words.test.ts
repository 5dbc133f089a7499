/** The contract's list values in the reader's language, from the catalogue's list-values section. */
import { term } from '../../src/domain/review/words';

describe('term', () => {
  it.each([
    ['Acquis', 'Secured'],
    ['Humain valorisé', 'Valued staff'],
    ['Diagnostic', 'Diagnosis'],
    ['Non démarrée', 'Not started'],
  ])('says « %s » as %s in English and as typed in French', (value, english) => {
    expect(term(value, 'en')).toBe(english);
    expect(term(value, 'fr')).toBe(value);
  });

  it('keeps a value outside the lists as typed, even one named like an object property', () => {
    for (const value of ['Subvention CPAM', 'constructor', 'toString', '__proto__', '']) {
      expect(term(value, 'en')).toBe(value);
      expect(term(value, 'fr')).toBe(value);
    }
  });
});
