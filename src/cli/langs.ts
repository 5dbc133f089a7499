/** The languages and output formats the command line accepts. */
import type { Lang } from '../domain/report';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export type OutputFormat = 'text' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json'];
