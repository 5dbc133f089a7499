/** State of the web page: language, the picked workbook (read once, up front) or the several under review, and why a file could not be used. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../domain/report';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { DownloadHandler, WorkbookOptions } from '../taskpane/types';
import type { FileHandle, FilePort, ReadOutcome } from './file-port';
import { createFilePort } from './file-port';
import type { SaveFile } from './download';
import { downloadWorkbook, saveWithLink } from './download';
import type { WebTranslate } from './texts';
import { webTranslator } from './texts';
import type { Conversion, ConversionLoader } from './conversion-loader';
import { loadConversion } from './conversion-loader';
import type { XlsxLoader } from './xlsx-loader';
import { loadXlsx } from './xlsx-loader';
import { readBytes } from './read-bytes';
import type { ReviewLoader } from './review-loader';
import { loadReviewViews } from './review-loader';
import type { PickedFile } from './review-files';

/**
 * What the page holds: nothing yet, a file being read, a workbook laid out as the contract (checked), a
 * coordinator's own workbook (conversion proposed), or a file that cannot be used.
 */
export type Workbook =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'open'; readonly port: FilePort; readonly name: string; readonly size: number; readonly id: number }
  | { readonly kind: 'convert'; readonly snapshot: WorkbookSnapshot; readonly conversion: Conversion; readonly name: string; readonly size: number; readonly id: number }
  /** Several workbooks at once (several files, a dropped folder): the regional review. */
  | { readonly kind: 'review'; readonly files: readonly PickedFile[]; readonly id: number }
  | { readonly kind: 'failed'; readonly name: string; readonly error: unknown };

export interface WebPageDeps {
  /** Loads the .xlsx adapter; default: the lazy webpack chunk. */
  readonly loadXlsx?: XlsxLoader;
  /** Hands a generated workbook to the user; default: a download link. */
  readonly saveFile?: SaveFile;
  /** Loads the conversion view; default: the lazy webpack chunk. */
  readonly loadConversion?: ConversionLoader;
  /** Loads the review, statement, comparison and charts; default: the lazy webpack chunk. */
  readonly loadReviewViews?: ReviewLoader;
}

export interface WebPageState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: WebTranslate;
  readonly workbook: Workbook;
  /** True while a file is dragged over the page. */
  readonly dragging: boolean;
  /** One file is opened; several (or a folder's) are reviewed together. */
  readonly openFiles: (files: FileList | readonly File[] | null) => void;
  /** The same through File System Access handles (the browser's picker where it has one): « Relancer » then reads the file again. */
  readonly openHandles: (handles: readonly FileHandle[]) => void;
  /** What the last check after the first read of the open workbook, for the page to tell; null before any. */
  readonly reread: ReadOutcome | null;
  /** Opens one file of a review alone. */
  readonly openPicked: (file: PickedFile) => void;
  readonly loadReviewViews: ReviewLoader;
  /** Opens bytes made in the page (the converted workbook) as if they had been dropped. */
  readonly openBytes: (file: { readonly name: string; readonly bytes: Uint8Array }) => void;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
  readonly onDownload: DownloadHandler;
  /** Same as onDownload, with the saved file's name (for the page's own download section). */
  readonly download: (options: WorkbookOptions) => Promise<string>;
}

/** A file of the page: its name (with its folder when a folder was dropped), date and bytes, read when needed. */
export const pickedFile = (file: File, handle?: FileHandle): PickedFile => ({
  name: file.webkitRelativePath || file.name,
  size: file.size,
  lastModified: file.lastModified,
  bytes: () => readBytes(file),
  ...(handle ? { handle } : {}),
});

/** Chromium's drop items also give File System Access handles (not yet in TypeScript's DOM types). */
interface HandleItem {
  readonly kind: string;
  readonly getAsFileSystemHandle?: () => Promise<{ readonly kind: string } | null>;
}

const isFileHandle = (handle: { readonly kind: string } | null): handle is FileHandle & { readonly kind: string } =>
  handle !== null && handle.kind === 'file' && typeof (handle as Partial<FileHandle>).getFile === 'function';

/** The files of one dropped file each, with their handles when every item has one; null otherwise. */
async function filesWithHandles(handles: readonly Promise<{ readonly kind: string } | null>[]): Promise<PickedFile[] | null> {
  const found = await Promise.all(handles);
  if (found.length === 0 || !found.every(isFileHandle)) return null;
  return Promise.all(found.map(async (handle) => pickedFile(await handle.getFile(), handle)));
}

/** The files of a drop: a dropped folder gives its own files (not its subfolders), as the command line reads a folder. */
async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const items = Array.from(data.items ?? []);
  // Entries and handles exist only during the drop event: both are asked for at once, awaited afterwards.
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null)).filter((e): e is FileSystemEntry => e !== null);
  const handles = items.map((item: HandleItem) =>
    item.kind === 'file' && typeof item.getAsFileSystemHandle === 'function' ? item.getAsFileSystemHandle().catch(() => null) : Promise.resolve(null),
  );
  if (!entries.some((e) => e.isDirectory)) {
    const withHandles = await filesWithHandles(handles).catch(() => null);
    return withHandles ?? Array.from(data.files ?? []).map((f) => pickedFile(f));
  }
  const files: File[] = [];
  const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));
  for (const entry of entries) {
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries gives the folder's entries in batches, until an empty one.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) if (child.isFile) files.push(await fileOf(child as FileSystemFileEntry));
      }
    }
  }
  return files.map((f) => pickedFile(f));
}

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function useWebPage(initialLang: Lang, deps: WebPageDeps = {}): WebPageState {
  const load = deps.loadXlsx ?? loadXlsx;
  const save = deps.saveFile ?? saveWithLink;
  const loadView = deps.loadConversion ?? loadConversion;
  const loadViews = deps.loadReviewViews ?? loadReviewViews;
  const [lang, setLang] = useState<Lang>(initialLang);
  const [workbook, setWorkbook] = useState<Workbook>({ kind: 'none' });
  const [dragging, setDragging] = useState(false);
  const opened = useRef(0);
  const t = useMemo(() => webTranslator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('documentTitle');
  }, [lang, t]);

  const [reread, setReread] = useState<{ readonly id: number; readonly outcome: ReadOutcome } | null>(null);

  const openBuffer = useCallback(
    async (file: { readonly name: string; readonly size: number; readonly lastModified?: number; readonly handle?: FileHandle | undefined; readonly bytes: () => Promise<ArrayBuffer> }) => {
      const { name, size } = file;
      const id = ++opened.current;
      setWorkbook({ kind: 'reading', name });
      setReread(null);
      try {
        const port = createFilePort({ name, bytes: await file.bytes(), handle: file.handle, lastModified: file.lastModified }, load);
        // Read up front: an unusable file is reported here, in the page, before the task pane shows.
        const snapshot = await port.current();
        // The layout check travels with the reader (the lazy chunk): the page's first load stays small.
        if ((await load()).hasContractTables(snapshot)) {
          if (id !== opened.current) return;
          port.subscribe((outcome) => {
            if (id !== opened.current) return;
            setReread({ id, outcome });
            if (outcome.kind === 'reread') setWorkbook((current) => (current.kind === 'open' && current.id === id ? { ...current, size: outcome.size } : current));
          });
          setWorkbook({ kind: 'open', port, name, size, id });
          return;
        }
        // Not the contract's layout: propose the conversion, not five missing tables and 0,00 €.
        const conversion = await loadView();
        if (id === opened.current) setWorkbook({ kind: 'convert', snapshot, conversion, name, size, id });
      } catch (error) {
        if (id === opened.current) setWorkbook({ kind: 'failed', name, error });
      }
    },
    [load, loadView],
  );
  const openPicked = useCallback((file: PickedFile) => void openBuffer(file), [openBuffer]);
  const openBytes = useCallback(
    (file: { readonly name: string; readonly bytes: Uint8Array }) => {
      // A copy the page owns: the converted bytes stay those that were downloaded.
      void openBuffer({ name: file.name, size: file.bytes.byteLength, bytes: () => Promise.resolve(file.bytes.slice().buffer) });
    },
    [openBuffer],
  );

  const openList = useCallback(
    (list: readonly PickedFile[]) => {
      const first = list[0];
      if (!first) return;
      if (list.length === 1) openPicked(first);
      else {
        setReread(null);
        setWorkbook({ kind: 'review', files: list, id: ++opened.current });
      }
    },
    [openPicked],
  );
  const openFiles = useCallback((files: FileList | readonly File[] | null) => openList((files ? Array.from(files) : []).map((f) => pickedFile(f))), [openList]);
  const openHandles = useCallback(
    (handles: readonly FileHandle[]) => {
      Promise.all(handles.map(async (handle) => pickedFile(await handle.getFile(), handle))).then(openList, (error: unknown) =>
        setWorkbook({ kind: 'failed', name: '', error }),
      );
    },
    [openList],
  );

  // The whole page takes dropped files: a file dropped beside the zone must not make the browser leave the page.
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const data = event.dataTransfer;
      if (data) void droppedFiles(data).then(openList, () => openFiles(data.files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFiles, openList]);

  const download = useCallback((options: WorkbookOptions) => downloadWorkbook(options, save, load), [save, load]);
  const onDownload = useCallback<DownloadHandler>(async (options) => {
    await download(options);
  }, [download]);

  const current = reread !== null && workbook.kind === 'open' && reread.id === workbook.id ? reread.outcome : null;
  return { lang, setLang, t, workbook, dragging, openFiles, openHandles, reread: current, openPicked, openBytes, loadXlsx: load, saveFile: save, onDownload, download, loadReviewViews: loadViews };
}
