/**
 * Excel.run over the fake Excel that also measures every `context.sync()`:
 * - request: every call the adapter makes is mirrored onto the REAL Office.js client objects (real-office.ts), whose
 *   serializer gives the exact JSON body of the batch;
 * - response: estimated as the UTF-8 JSON of what the batch loaded (properties, collection items, and ClientResult
 *   values such as getXml or getCellProperties), plus the envelope Office.js adds per result and per item.
 * With `limitBytes`, a sync over the limit is refused as Excel on the web does (RequestPayloadSizeLimitExceeded:
 * nothing runs; ResponsePayloadSizeLimitExceeded: the batch ran, the answer is lost).
 */
import { FakeRequestContext } from '../fake-excel/api';
import { FakeOfficeError } from '../fake-excel/state';
import type { FakeWorkbookState } from '../fake-excel/state';
import type { RealContext } from './real-office';
import { realOffice, takeRequest } from './real-office';

export interface SyncMeasure {
  /** Exact request body bytes (UTF-8 JSON, real serializer). */
  readonly request: number;
  /** Estimated response bytes. */
  readonly response: number;
  readonly actions: number;
  /** The error code when the sync was refused for its size. */
  readonly refused?: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded';
}

export interface PayloadOptions {
  /** Refuse syncs whose request or response exceeds this many bytes. */
  readonly limitBytes?: number;
  /** Receives one array of measures per Excel.run. */
  readonly log?: SyncMeasure[][];
}

/** Envelope bytes Office.js adds per loaded object or ClientResult (`{"ActionIndex":n,"Value":…}`) and per collection item. */
const RESULT_ENVELOPE_BYTES = 30;
const ITEM_ENVELOPE_BYTES = 20;

type Anything = Record<PropertyKey, unknown>;
const RAW = Symbol('raw');
const REAL = Symbol('real');
const isObject = (v: unknown): v is Anything => v !== null && (typeof v === 'object' || typeof v === 'function');
const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');

interface Pending {
  readonly fake: Anything;
  readonly properties?: string[];
  readonly clientResult?: boolean;
}

function propertiesOf(argument: unknown): string[] {
  if (typeof argument === 'string') return argument.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(argument)) return argument.map(String);
  return [];
}

/** Response bytes of one loaded object or ClientResult, read from the fake once the batch ran. */
function responseBytes(pending: Pending): number {
  const { fake } = pending;
  if (pending.clientResult) return RESULT_ENVELOPE_BYTES + bytesOf(fake.value);
  try {
    if (fake.isNullObject === true) return RESULT_ENVELOPE_BYTES;
  } catch {
    // not an …OrNullObject proxy
  }
  let bytes = RESULT_ENVELOPE_BYTES;
  const out: Anything = {};
  for (const property of pending.properties ?? []) {
    if (property.startsWith('items/')) {
      const name = property.slice('items/'.length);
      const items = fake.items as Anything[];
      out[name] = items.map((item) => item[name]);
      bytes += items.length * ITEM_ENVELOPE_BYTES;
    } else {
      out[property] = fake[property];
    }
  }
  return bytes + bytesOf(out);
}

/** A context whose calls go to the fake (behaviour) and to the real library (serialization). */
function recordingContext(state: FakeWorkbookState, options: PayloadOptions, measures: SyncMeasure[]): { context: FakeRequestContext; fake: FakeRequestContext } {
  const office = realOffice();
  const fakeContext = new FakeRequestContext(state);
  const realContext = new office.Excel.RequestContext();
  let pending: Pending[] = [];

  const toFake = (v: unknown): unknown => (isObject(v) && v[RAW] ? v[RAW] : Array.isArray(v) ? v.map(toFake) : v);
  const toReal = (v: unknown): unknown => (isObject(v) && v[RAW] ? v[REAL] : Array.isArray(v) ? v.map(toReal) : v);
  const tryReal = (f: () => unknown): unknown => {
    try {
      return f();
    } catch {
      return undefined; // the real library may validate arguments the fake accepts; the size stays close
    }
  };

  async function sync(): Promise<void> {
    const { bytes: request, actions } = takeRequest(realContext as unknown as RealContext);
    const loads = pending;
    pending = [];
    const limit = options.limitBytes ?? Infinity;
    if (request > limit) {
      // Excel on the web refuses the whole request: nothing runs.
      fakeContext.discard();
      state.syncCount += 1;
      measures.push({ request, response: 0, actions, refused: 'RequestPayloadSizeLimitExceeded' });
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} bytes).`);
    }
    try {
      await fakeContext.sync();
    } finally {
      const response = loads.reduce((sum, load) => sum + tryResponse(load), 0);
      const refused = response > limit ? ('ResponsePayloadSizeLimitExceeded' as const) : undefined;
      measures.push({ request, response, actions, ...(refused ? { refused } : {}) });
    }
    const last = measures[measures.length - 1];
    if (last?.refused) throw new FakeOfficeError(last.refused, `The response payload size has exceeded the limit (${last.response} bytes).`);
  }

  // A failed batch leaves some loads unset: they weigh nothing.
  const tryResponse = (load: Pending): number => {
    try {
      return responseBytes(load);
    } catch {
      return 0;
    }
  };

  const clientResult = office.OfficeExtension.ClientResult;
  const wrap = (fake: unknown, real: unknown): unknown => {
    if (!isObject(fake) || Array.isArray(fake)) return fake;
    return new Proxy(fake, {
      get(target, property) {
        if (property === RAW) return fake;
        if (property === REAL) return real;
        if (fake === (fakeContext as unknown) && property === 'sync') return sync;
        const value = Reflect.get(target, property, target) as unknown;
        const realObject = isObject(real) ? real : undefined;
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            const result = (value as (...a: unknown[]) => unknown).apply(target, args.map(toFake));
            const realFunction = realObject?.[property];
            const realResult = typeof realFunction === 'function' ? tryReal(() => (realFunction as (...a: unknown[]) => unknown).apply(realObject, args.map(toReal))) : undefined;
            if (property === 'load' && isObject(result)) pending.push({ fake: result, properties: propertiesOf(args[0]) });
            else if (realResult instanceof clientResult && isObject(result)) pending.push({ fake: result, clientResult: true });
            return wrap(result, realResult);
          };
        }
        if (property === 'items' && Array.isArray(value)) {
          // Items of a loaded collection: getItem(name) stands in for Office.js's reference to each.
          return value.map((item: unknown) => wrap(item, tryReal(() => (realObject?.getItem as (key: unknown) => unknown).call(realObject, (item as Anything).name))));
        }
        if (isObject(value)) return wrap(value, tryReal(() => realObject?.[property]));
        return value;
      },
      set(target, property, value) {
        Reflect.set(target, property, toFake(value), target);
        tryReal(() => {
          if (isObject(real)) real[property] = toReal(value);
        });
        return true;
      },
    });
  };
  return { context: wrap(fakeContext, realContext) as FakeRequestContext, fake: fakeContext };
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** Excel.run over `state` that measures (and, with a limit, polices) every sync; same contract as the fake's run. */
export function payloadRun(state: FakeWorkbookState, options: PayloadOptions = {}) {
  return async function run<T>(optionsOrBatch: unknown, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as Batch<T> | undefined;
    if (!batch) throw new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function');
    state.runOptions.push(typeof optionsOrBatch === 'function' ? undefined : optionsOrBatch);
    const measures: SyncMeasure[] = [];
    options.log?.push(measures);
    const { context, fake } = recordingContext(state, options, measures);
    const result = await batch(context);
    if (fake.pending > 0) throw new Error(`Excel.run ended with ${fake.pending} queued operation(s) never synced`);
    return result;
  };
}

/** Largest request and response, and the sync count, over the measures of one or more runs. */
export function summarize(measures: readonly SyncMeasure[]): { syncs: number; maxRequest: number; maxResponse: number; refused: number } {
  return {
    syncs: measures.length,
    maxRequest: Math.max(0, ...measures.map((m) => m.request)),
    maxResponse: Math.max(0, ...measures.map((m) => m.response)),
    refused: measures.filter((m) => m.refused).length,
  };
}
