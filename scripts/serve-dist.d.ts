/** Types of scripts/serve-dist.js for the TypeScript tests. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}
/** A `_headers` rule: a path (`/*` matches everything under it) and the headers sent for it. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  tls?: { key: Buffer; cert: Buffer } | null;
  rules?: readonly HeaderRule[];
}): Promise<RunningServer>;
export function contentSecurityPolicy(urlPath: string): string;
export function resolveFile(root: string, urlPath: string): string | null;
export function addresses(url: string, root: string): string;
