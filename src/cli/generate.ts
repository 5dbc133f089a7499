/** `cls-workbook generate <out.xlsx> [--profile …] [--years 3..5] [--sample] [--force]`: writes a new workbook. */
import { dirname, resolve } from 'node:path';
import { planWorkbook } from '../domain/generate/plan-workbook';
import { formatSummaryFr, summarizePlan } from '../domain/generate/summary';
import type { ProfileId } from '../domain/report';
import { PROFILE_IDS } from '../domain/report';
import { MAX_DURATION_YEARS, MIN_DURATION_YEARS } from '../domain/workbook/contract';
import { writePlanToFile } from '../xlsx/write-file';
import { langOf, parseArgs } from './args';
import type { CliIo } from './io';
import { exists, isDirectory } from './io';
import { CliUsageError, TEXTS } from './texts';

const YEARS = ['3', '4', '5'] as const;

/** Runs `generate`; returns the exit status (0 written, 2 bad arguments or file not writable). Never throws. */
export async function runGenerate(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`cls-workbook: ${message}\n`);
    return 2;
  };
  const texts = TEXTS[langOf(args)];
  let parsed;
  try {
    parsed = parseArgs(args, { values: ['profile', 'years', 'lang'], flags: ['sample', 'force', 'help'] }, texts);
  } catch (error) {
    if (error instanceof CliUsageError) return fail(error.message);
    throw error;
  }
  if (parsed.options.has('help')) {
    io.stdout(texts.help);
    return 0;
  }
  const [out, ...extra] = parsed.positionals;
  if (out === undefined) return fail('indiquez le fichier .xlsx à créer, par exemple : cls-workbook generate cls.xlsx --sample');
  if (extra.length > 0) return fail(`un seul fichier de sortie attendu (reçu aussi : ${extra.join(' ')})`);
  if (!/\.xlsx$/i.test(out)) return fail(`le fichier ${out} doit porter l'extension .xlsx`);

  const profileArg = parsed.options.get('profile') ?? 'generic';
  if (typeof profileArg !== 'string' || !(PROFILE_IDS as readonly string[]).includes(profileArg)) {
    return fail(texts.badChoice('--profile', String(profileArg), PROFILE_IDS));
  }
  const yearsArg = parsed.options.get('years') ?? '3';
  if (typeof yearsArg !== 'string' || !(YEARS as readonly string[]).includes(yearsArg)) {
    return fail(`valeur « ${String(yearsArg)} » invalide pour --years : un entier de ${MIN_DURATION_YEARS} à ${MAX_DURATION_YEARS}`);
  }
  const years = Number(yearsArg) as 3 | 4 | 5;
  const force = parsed.options.get('force') === true;
  const path = resolve(io.cwd, out);

  if (!force && (await exists(path))) return fail(`${out} existe déjà : rien n'est écrasé (ajoutez --force pour le remplacer)`);
  if (!(await isDirectory(dirname(path)))) return fail(`le dossier de ${out} n'existe pas`);

  const started = Date.now();
  const plan = planWorkbook({ profile: profileArg as ProfileId, years, sample: parsed.options.get('sample') === true });
  try {
    await writePlanToFile(plan, path, { overwrite: force });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EEXIST') return fail(`${out} existe déjà : rien n'est écrasé (ajoutez --force pour le remplacer)`);
    return fail(`écriture de ${out} impossible : ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
  }
  const kind = parsed.options.get('sample') === true ? 'exemple fictif rempli' : 'modèle vide';
  io.stdout(`Classeur écrit : ${out} (${kind}, profil ${profileArg}, ${years} ans, ${Date.now() - started} ms)\n${formatSummaryFr(summarizePlan(plan))}\n`);
  return 0;
}
