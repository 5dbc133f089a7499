/** Types of scripts/addin-origin.js for the TypeScript tests. */
export const DEV_ORIGIN: string;
export class OriginError extends Error {}
export function normalizeOrigin(text: string): string;
export function requestedOrigin(env?: { origin?: string }, processEnv?: Record<string, string | undefined>): string | undefined;
export function manifestVersion(packageVersion: string): string;
export function manifestFor(template: string, options: { origin?: string; version: string }): string;
