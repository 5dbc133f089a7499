/** Types of scripts/package.js for the TypeScript tests. */
export function parseArgs(argv: string[], env?: Record<string, string | undefined>): { origin: string; out: string; dist: string | undefined };
export function makePackage(options: { origin: string; out: string; dist?: string | undefined }): Promise<{ file: string; bytes: number; files: number }>;
export function filesNamingLocalhost(dist: string): string[];
export function listFiles(dir: string): string[];
