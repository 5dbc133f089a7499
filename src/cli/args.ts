/**
 * Argument parsing: `--name value`, `--name=value`, flags, `--` ends options (`parseArgs`); then each option's value
 * checked and typed by a zod schema whose messages speak the user's language (`parseOptions`).
 */
import { z } from 'zod';
import { LANGS } from './langs';
import type { CliTexts } from './texts';
import { CliUsageError, TEXTS } from './texts';
import type { Lang } from '../domain/report';
import { isoToSerial } from '../domain/values/dates';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Option name without dashes → value (`true` for flags). */
  readonly options: ReadonlyMap<string, string | true>;
}

/**
 * Parses `args` against the options that take a value and the flags.
 * @throws CliUsageError on an unknown option, a missing value or a repeated option.
 */
export function parseArgs(
  args: readonly string[],
  spec: { readonly values: readonly string[]; readonly flags: readonly string[] },
  texts: CliTexts,
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = flag === '-h' ? 'help' : flag.replace(/^--?/, '');
    let value: string | true;
    if (spec.values.includes(name)) {
      const next = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (next === undefined || next === '' || (eq < 0 && next.startsWith('--'))) throw new CliUsageError(texts.missingValue(flag));
      value = next;
    } else if (spec.flags.includes(name) && eq < 0) {
      value = true;
    } else {
      throw new CliUsageError(texts.unknownOption(flag));
    }
    if (options.has(name)) throw new CliUsageError(texts.repeatedOption(flag));
    options.set(name, value);
  }
  return { positionals, options };
}

/** The language asked for anywhere in the arguments, so that even argument errors speak it; French otherwise. */
export function langOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === '--lang' ? args[i + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  return 'fr';
}

/** One option of a command: a flag, or a value whose zod schema (built for the option's name and the language) checks it. */
export interface OptionSpec<T> {
  readonly flag: boolean;
  schema(option: string, lang: Lang): z.ZodType<T>;
}

/** `--name` alone. */
export const flagOption: OptionSpec<true> = { flag: true, schema: () => z.literal(true) };

/** `--name <any text>`. */
export const textOption: OptionSpec<string> = { flag: false, schema: () => z.string() };

/** `--name <one of choices>`; any other value is refused with the choices listed. */
export function choiceOption<T extends string>(choices: readonly T[]): OptionSpec<T> {
  return {
    flag: false,
    schema: (option, lang) => z.enum(choices as [T, ...T[]], { error: (issue) => TEXTS[lang].badChoice(option, String(issue.input), choices) }),
  };
}

/** `--name <text matching pattern>`; any other value is refused with `message(value, lang)`. */
export function patternOption(pattern: RegExp, message: (value: string, lang: Lang) => string): OptionSpec<string> {
  return { flag: false, schema: (_option, lang) => z.string().regex(pattern, { error: (issue) => message(String(issue.input), lang) }) };
}

/** `--name YYYY-MM-DD`, a day that exists (2026-02-30 does not). */
export const isoDayOption: OptionSpec<string> = {
  flag: false,
  schema: (_option, lang) => z.string().refine((value) => isoToSerial(value) !== null, { error: (issue) => TEXTS[lang].badDate(String(issue.input)) }),
};

/** The options of a command as `parseOptions` returns them: each typed by its schema, absent when not given. */
export type ParsedOptions<S extends Readonly<Record<string, OptionSpec<unknown>>>> = {
  readonly [K in keyof S]?: S[K] extends OptionSpec<infer T> ? T : never;
};

/**
 * Parses `args` against a command's options and checks every value with its zod schema, in the order of `shape`.
 * @throws CliUsageError (in `lang`) on an unknown option, a missing or repeated value, or a value its schema refuses.
 */
export function parseOptions<S extends Readonly<Record<string, OptionSpec<unknown>>>>(
  args: readonly string[],
  shape: S,
  lang: Lang,
): { readonly positionals: readonly string[]; readonly options: ParsedOptions<S> } {
  const names = Object.keys(shape);
  const isFlag = (name: string): boolean => shape[name]?.flag === true;
  const { positionals, options } = parseArgs(args, { values: names.filter((n) => !isFlag(n)), flags: names.filter(isFlag) }, TEXTS[lang]);
  const schema = z.strictObject(Object.fromEntries(names.map((name) => [name, (shape[name] as OptionSpec<unknown>).schema(`--${name}`, lang).optional()])));
  const checked = schema.safeParse(Object.fromEntries(options));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CliUsageError(issue?.message ?? TEXTS[lang].unknownOption(String(issue?.path[0] ?? '')));
  }
  return { positionals, options: checked.data as ParsedOptions<S> };
}
