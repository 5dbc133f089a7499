/**
 * The real Excel client library (node_modules/@microsoft/office-js, excel-web-16.00.debug.js) loaded in a `vm`,
 * used only for its request serializer: nothing is ever sent. Loaded once, on first use (about a second).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The pieces of the real library we use, typed loosely (it ships no types for its internals). */
export interface RealOffice {
  readonly Excel: { RequestContext: new () => RealContext };
  readonly OfficeExtension: { ClientResult: new (...args: unknown[]) => unknown };
}

export interface RealContext {
  readonly workbook: unknown;
  m_pendingRequest: { hasActions: boolean; buildRequestMessageBodyAndRequestFlags(): { body: { Actions: unknown[] } } } | null;
}

const LIBRARY = path.join(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist', 'excel-web-16.00.debug.js');

let loaded: RealOffice | undefined;

/** @throws Error when the library cannot be loaded. */
export function realOffice(): RealOffice {
  if (loaded) return loaded;
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise, JSON, Math, Date, Object, Array, Error, navigator: { userAgent: 'node' } };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.document = { createElement: () => ({}), getElementsByTagName: () => [], addEventListener: () => undefined, readyState: 'complete' };
  sandbox.addEventListener = () => undefined;
  vm.createContext(sandbox);
  try {
    vm.runInContext(fs.readFileSync(LIBRARY, 'utf8'), sandbox, { filename: 'excel-web-16.00.debug.js' });
  } catch {
    // The library probes browser features at its end; what we need is defined before.
  }
  const office = sandbox as unknown as Partial<RealOffice>;
  if (typeof office.Excel?.RequestContext !== 'function' || typeof office.OfficeExtension?.ClientResult !== 'function') {
    throw new Error(`real Excel client library did not load from ${LIBRARY}`);
  }
  loaded = office as RealOffice;
  return loaded;
}

/** Exact UTF-8 bytes of the JSON body Office.js would send for the pending batch (0 when there is none); clears it. */
export function takeRequest(context: RealContext): { bytes: number; actions: number } {
  const pending = context.m_pendingRequest;
  context.m_pendingRequest = null;
  if (!pending || !pending.hasActions) return { bytes: 0, actions: 0 };
  const { body } = pending.buildRequestMessageBodyAndRequestFlags();
  return { bytes: Buffer.byteLength(JSON.stringify(body), 'utf8'), actions: body.Actions.length };
}
