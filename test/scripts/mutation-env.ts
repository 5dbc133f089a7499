/** The environment of a jest run outside any mutant: StrykerJS's active-mutant variable removed, if this process has it. */
export function withoutMutant(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['__STRYKER_ACTIVE_MUTANT__'];
  return env;
}
