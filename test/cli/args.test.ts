/** The command line's options: parsed by parseArgs, then every value checked and typed by its zod schema, in French or English. */
import { choiceOption, flagOption, isoDayOption, parseOptions, patternOption, textOption } from '../../src/cli/args';
import { CliUsageError } from '../../src/cli/texts';
import type { Lang } from '../../src/domain/report';

const SHAPE = {
  lang: choiceOption(['fr', 'en'] as const),
  format: choiceOption(['text', 'json'] as const),
  'as-of': isoDayOption,
  year: patternOption(/^\d{4}$/, (value, lang) => (lang === 'fr' ? `année « ${value} » invalide` : `invalid year "${value}"`)),
  out: textOption,
  help: flagOption,
};

const refusal = (args: string[], lang: Lang = 'fr'): string => {
  try {
    parseOptions(args, SHAPE, lang);
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${args.join(' ')}`);
};

describe('parseOptions', () => {
  it('returns the positionals and each option typed, absent ones left out', () => {
    const { positionals, options } = parseOptions(['a.xlsx', '--format=json', '--as-of', '2028-02-29', '-h', '--', '--out'], SHAPE, 'fr');
    expect(positionals).toEqual(['a.xlsx', '--out']);
    expect(options).toEqual({ format: 'json', 'as-of': '2028-02-29', help: true });
    // Typed by the schema: the compiler knows `format` is 'text' | 'json'.
    const format: 'text' | 'json' | undefined = options.format;
    expect(format).toBe('json');
  });

  it.each<[string, string[], Lang, string]>([
    ['a value outside the choices', ['--format', 'xml'], 'fr', 'valeur « xml » invalide pour --format : text, json'],
    ['the same in English', ['--format', 'xml'], 'en', 'invalid value "xml" for --format: text, json'],
    ['a day that does not exist', ['--as-of', '2027-02-29'], 'fr', 'date « 2027-02-29 » invalide pour --as-of : attendu AAAA-MM-JJ, par exemple 2026-11-23'],
    ['a French date', ['--as-of', '29/02/2028'], 'en', 'invalid date "29/02/2028" for --as-of: expected YYYY-MM-DD, e.g. 2026-11-23'],
    ['a value its pattern refuses', ['--year', '26'], 'fr', 'année « 26 » invalide'],
    ['the same in English', ['--year', '26'], 'en', 'invalid year "26"'],
    ['an unknown option', ['--colour'], 'fr', 'option inconnue --colour (voir cls-workbook --help)'],
    ['a flag given a value', ['--help=yes'], 'en', 'unknown option --help (see cls-workbook --help)'],
    ['a value missing', ['--out'], 'fr', "l'option --out attend une valeur"],
    ['an option twice', ['--out', 'a', '--out', 'b'], 'en', 'option --out is given twice'],
  ])('refuses %s in the user’s language', (_case, args, lang, message) => {
    expect(refusal(args, lang)).toBe(message);
  });

  it('names the first wrong option in the order of the command’s shape, whatever the order typed', () => {
    expect(refusal(['--as-of', 'demain', '--format', 'xml'])).toBe('valeur « xml » invalide pour --format : text, json');
  });
});
