/**
 * Reads the nginx and Apache snippets back and tells which headers each server would send for a path, following each
 * server's own matching (nginx: an exact location, else the longest prefix, and only that block's add_header;
 * Apache: every matching section in order, later ones overriding). Used to check that both carry what `_headers` says.
 */
import { headersFor } from '../../scripts/deploy-headers';
import type { HeaderRule } from '../../scripts/serve-dist';

interface NginxLocation {
  readonly exact: boolean;
  readonly path: string;
  readonly headers: Record<string, string>;
}

interface ApacheSection {
  readonly match: (urlPath: string) => boolean;
  readonly headers: Record<string, string>;
}

/**
 * The `location` blocks of an nginx snippet with their add_header lines.
 * @throws Error on an add_header outside a location or without `always` (nginx would skip it on error pages).
 */
export function parseNginx(text: string): NginxLocation[] {
  const locations: NginxLocation[] = [];
  let current: NginxLocation | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const open = /^location\s+(=\s+)?(\S+)\s*\{$/.exec(line);
    if (open) {
      current = { exact: open[1] !== undefined, path: open[2]!, headers: {} };
      locations.push(current);
      continue;
    }
    if (line === '}') {
      current = undefined;
      continue;
    }
    const header = /^add_header\s+([A-Za-z0-9-]+)\s+"([^"]*)"\s+always;$/.exec(line);
    if (!header || !current) throw new Error(`nginx line not understood: ${line}`);
    current.headers[header[1]!] = header[2]!;
  }
  return locations;
}

/** What nginx sends for `urlPath`: the exact location's headers, else the longest matching prefix location's. */
export function nginxHeadersFor(locations: readonly NginxLocation[], urlPath: string): Record<string, string> {
  const exact = locations.find((l) => l.exact && l.path === urlPath);
  if (exact) return { ...exact.headers };
  const prefixes = locations.filter((l) => !l.exact && urlPath.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length);
  return { ...(prefixes[0]?.headers ?? {}) };
}

/**
 * The <Location> and <LocationMatch> sections of an Apache snippet with their `Header always set` lines.
 * @throws Error on a line that is neither a section, a header line nor a comment.
 */
export function parseApache(text: string): ApacheSection[] {
  const sections: ApacheSection[] = [];
  let current: ApacheSection | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const location = /^<Location "([^"]+)">$/.exec(line);
    const locationMatch = /^<LocationMatch "([^"]+)">$/.exec(line);
    if (location) {
      const prefix = location[1]!;
      current = { match: (p) => p.startsWith(prefix), headers: {} };
      sections.push(current);
      continue;
    }
    if (locationMatch) {
      const pattern = new RegExp(locationMatch[1]!);
      current = { match: (p) => pattern.test(p), headers: {} };
      sections.push(current);
      continue;
    }
    if (line === '</Location>' || line === '</LocationMatch>') {
      current = undefined;
      continue;
    }
    const header = /^Header always set ([A-Za-z0-9-]+) "([^"]*)"$/.exec(line);
    if (!header || !current) throw new Error(`Apache line not understood: ${line}`);
    current.headers[header[1]!] = header[2]!;
  }
  return sections;
}

/** What Apache sends for `urlPath`: every matching section in order, a later `set` replacing an earlier one. */
export function apacheHeadersFor(sections: readonly ApacheSection[], urlPath: string): Record<string, string> {
  return Object.assign({}, ...sections.filter((s) => s.match(urlPath)).map((s) => s.headers)) as Record<string, string>;
}

/** Paths worth asking about: every path of the rules, plus a ribbon icon and a script that no document rule covers. */
export function probePaths(rules: readonly HeaderRule[]): string[] {
  const base = (rules.find((r) => r.path.endsWith('/*'))?.path ?? '/*').slice(0, -2);
  const exact = rules.filter((r) => !r.path.endsWith('*')).map((r) => r.path);
  return [...exact, `${base}/assets/icon-16.png`, `${base}/assets/icon-80.png`, `${base}/ui.0123abcd.js`];
}

/** Paths where nginx or Apache would send other headers than `_headers` says, one line each. */
export function configDifferences(rules: readonly HeaderRule[], nginx: string, apache: string): string[] {
  const locations = parseNginx(nginx);
  const sections = parseApache(apache);
  const differences: string[] = [];
  for (const urlPath of probePaths(rules)) {
    const expected = JSON.stringify(sorted(headersFor(rules, urlPath)));
    const fromNginx = JSON.stringify(sorted(nginxHeadersFor(locations, urlPath)));
    const fromApache = JSON.stringify(sorted(apacheHeadersFor(sections, urlPath)));
    if (fromNginx !== expected) differences.push(`nginx ${urlPath}: ${fromNginx} instead of ${expected}`);
    if (fromApache !== expected) differences.push(`apache ${urlPath}: ${fromApache} instead of ${expected}`);
  }
  return differences;
}

const sorted = (headers: Record<string, string>): [string, string][] => Object.entries(headers).sort(([a], [b]) => a.localeCompare(b));
