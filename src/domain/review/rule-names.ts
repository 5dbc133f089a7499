/** Each rule in a few words, French and English, for reports read by people (the id stays for machines). */
import type { Lang } from '../report';
import type { RuleId } from '../rules/ids';
import { ruleNames as en } from '../../texts/en/rule-names';
import type { RuleNames } from '../../texts/fr/rule-names';
import { ruleNames as fr } from '../../texts/fr/rule-names';

const NAMES: Readonly<Record<Lang, RuleNames>> = { fr, en };

/** The rule in words, in the reader's language. */
export const ruleName = (rule: RuleId, lang: Lang): string => NAMES[lang][rule];
