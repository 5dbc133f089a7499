/** One way to fill a sentence: `{name}` placeholders replaced from `vars` (left as they are when absent). */
import { keepQuotesTogether } from '../domain/values/text';

export type Vars = Readonly<Record<string, string | number>>;

const fill = (text: string, vars: Vars | undefined): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));

/** A translator over one language's dictionary; with `keepQuotes`, French guillemets stay with their words (non-breaking spaces). */
export function translatorOf<K extends string>(dictionary: Readonly<Record<K, string>>, options: { readonly keepQuotes?: boolean } = {}): (key: K, vars?: Vars) => string {
  return options.keepQuotes === false ? (key, vars) => fill(dictionary[key], vars) : (key, vars) => keepQuotesTogether(fill(dictionary[key], vars));
}
