/** Types of scripts/serve-dist.js for the TypeScript tests. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}
export function startServer(options?: { root?: string; port?: number; host?: string; tls?: { key: Buffer; cert: Buffer } | null }): Promise<RunningServer>;
export function contentSecurityPolicy(urlPath: string): string;
export function resolveFile(root: string, urlPath: string): string | null;
export function addresses(url: string, root: string): string;
