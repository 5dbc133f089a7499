/** Hand-rolled argument parsing: `--name value`, `--name=value`, flags, `--` ends options. */
import { LANGS } from './langs';
import type { CliTexts } from './texts';
import { CliUsageError } from './texts';
import type { Lang } from '../domain/report';

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
