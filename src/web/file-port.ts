/** A read-only WorkbookPort over an .xlsx file chosen in the browser: nothing is written, nothing leaves the computer. */
import type { WorkbookPort } from '../domain/port';
import type { Lang } from '../domain/report';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import { readBytes } from './read-bytes';
import { webTranslator } from './texts';
import type { XlsxLoader } from './xlsx-loader';
import { loadXlsx } from './xlsx-loader';

/** The file on disk as a File System Access handle gives it (Chromium, Edge): read again on request. */
export interface FileHandle {
  getFile(): Promise<File>;
}

/** The file as the page holds it: its name, its bytes as opened and, when the browser gave one, a handle to read it again. */
export interface PickedWorkbook {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly handle?: FileHandle | undefined;
  /** When the opened bytes were saved (ms); with `handle`, tells a changed file from the same one. */
  readonly lastModified?: number | undefined;
}

/** What a check after the first one read, for the page to tell. */
export type ReadOutcome =
  /** The file had changed on disk: the check is of the version saved at `lastModified`. */
  | { readonly kind: 'reread'; readonly size: number; readonly lastModified: number }
  /** The file on disk is the one already checked. */
  | { readonly kind: 'unchanged'; readonly lastModified: number }
  /** No handle (the browser gave a copy of the file): checked as it was opened. */
  | { readonly kind: 'as-opened' };

export type ReadListener = (outcome: ReadOutcome, snapshot: WorkbookSnapshot) => void;

export interface FilePort extends WorkbookPort {
  readonly kind: 'file';
  readonly fileName: string;
  /** True when a check after the first reads the file again from disk. */
  readonly rereads: boolean;
  /** The snapshot as last read, without going to the disk: the page's own views of the file. */
  readonly current: () => Promise<WorkbookSnapshot>;
  /** Calls `listener` after each check but the first; returns the way to stop. */
  readonly subscribe: (listener: ReadListener) => () => void;
}

/** The file could not be read again from disk (moved, renamed, deleted, or permission withdrawn). */
export class FileRereadError extends Error {
  override readonly name = 'FileRereadError';

  constructor(readonly file: string) {
    super(webTranslator('fr')('rereadFailed', { name: file }));
  }

  localized(lang: Lang): string {
    return webTranslator(lang)('rereadFailed', { name: this.file });
  }
}

interface Loaded {
  readonly snapshot: WorkbookSnapshot;
  readonly size: number;
  readonly lastModified: number | undefined;
}

/**
 * The port over a picked file. The page's own reads (`current`) and the first check use the bytes as opened;
 * each later check (« Relancer le contrôle », other rules) reads the file again through its handle when it changed,
 * or says it could not (`as-opened`). Rejects with UnusableWorkbookError, named after the file, when the bytes are
 * not a workbook, and with FileRereadError when the handle no longer reads; the last good snapshot stays current.
 * No apply/select/highlight/writeControl: the task pane then shows details instead of selecting cells.
 */
export function createFilePort(file: PickedWorkbook, load: XlsxLoader = loadXlsx): FilePort {
  const parse = async (bytes: ArrayBuffer): Promise<WorkbookSnapshot> => {
    const { readWorkbookBuffer } = await load();
    try {
      return await readWorkbookBuffer(bytes);
    } catch (error) {
      throw error instanceof UnusableWorkbookError ? error.withFile(file.name) : error;
    }
  };
  let loaded: Promise<Loaded> | null = null;
  const opened = (): Promise<Loaded> => {
    loaded ??= parse(file.bytes).then((snapshot) => ({ snapshot, size: file.bytes.byteLength, lastModified: file.lastModified }));
    return loaded;
  };
  const listeners = new Set<ReadListener>();
  const tell = (outcome: ReadOutcome, snapshot: WorkbookSnapshot): void => listeners.forEach((listener) => listener(outcome, snapshot));

  /** Reads the file again through its handle when it changed since `previous`. */
  const reread = async (handle: FileHandle, previous: Loaded): Promise<{ loaded: Loaded; outcome: ReadOutcome }> => {
    let disk: File;
    try {
      disk = await handle.getFile();
    } catch {
      throw new FileRereadError(file.name);
    }
    if (disk.lastModified === previous.lastModified && disk.size === previous.size) return { loaded: previous, outcome: { kind: 'unchanged', lastModified: disk.lastModified } };
    let bytes: ArrayBuffer;
    try {
      bytes = await readBytes(disk);
    } catch {
      throw new FileRereadError(file.name);
    }
    const snapshot = await parse(bytes);
    return { loaded: { snapshot, size: disk.size, lastModified: disk.lastModified }, outcome: { kind: 'reread', size: disk.size, lastModified: disk.lastModified } };
  };

  let checks = 0;
  // Checks run one after the other: a slow re-read never overwrites a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  const check = async (): Promise<WorkbookSnapshot> => {
    checks += 1;
    const previous = await opened();
    if (checks === 1) return previous.snapshot;
    if (!file.handle) {
      tell({ kind: 'as-opened' }, previous.snapshot);
      return previous.snapshot;
    }
    const { loaded: next, outcome } = await reread(file.handle, previous);
    loaded = Promise.resolve(next);
    tell(outcome, next.snapshot);
    return next.snapshot;
  };

  return {
    kind: 'file',
    fileName: file.name,
    rereads: file.handle !== undefined,
    current: async () => (await opened()).snapshot,
    read: () => {
      const next = queue.then(check);
      queue = next.catch(() => undefined);
      return next;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
