/** Types of scripts/deploy-headers.js for the TypeScript tests. */
import type { HeaderRule } from './serve-dist';

export const OFFICE_JS_ORIGIN: string;
export const OFFICE_FRAME_ANCESTORS: readonly string[];
export const EMPTY_STYLE_HASH: string;
export const PAGE_POLICY: string;
export const OFFICE_POLICY: string;
export const DOCUMENT_POLICY: string;
export const DOCUMENTS: readonly { readonly path: string; readonly policy: string }[];
export function headerRules(prefix?: string): HeaderRule[];
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string>;
export function renderHeadersFile(rules: readonly HeaderRule[]): string;
export function parseHeadersFile(text: string): HeaderRule[];
export function renderNginx(rules: readonly HeaderRule[], options: { origin: string }): string;
export function renderApache(rules: readonly HeaderRule[], options: { origin: string }): string;
