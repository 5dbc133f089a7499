/** State of the web page: language, the picked workbook (read once, up front) or the several under review, and why a file could not be used. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../domain/report';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { DownloadHandler, WorkbookOptions } from '../taskpane/types';
import type { FilePort } from './file-port';
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
export const pickedFile = (file: File): PickedFile => ({
  name: file.webkitRelativePath || file.name,
  size: file.size,
  lastModified: file.lastModified,
  bytes: () => readBytes(file),
});

/** The files of a drop: a dropped folder gives its own files (not its subfolders), as the command line reads a folder. */
async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (!entries.some((e) => e.isDirectory)) return Array.from(data.files ?? []);
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
  return files;
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

  const openBuffer = useCallback(
    async (name: string, size: number, bytes: () => Promise<ArrayBuffer>) => {
      const id = ++opened.current;
      setWorkbook({ kind: 'reading', name });
      try {
        const port = createFilePort({ name, bytes: await bytes() }, load);
        // Read up front: an unusable file is reported here, in the page, before the task pane shows.
        const snapshot = await port.read();
        // The layout check travels with the reader (the lazy chunk): the page's first load stays small.
        if ((await load()).hasContractTables(snapshot)) {
          if (id === opened.current) setWorkbook({ kind: 'open', port, name, size, id });
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
  const openPicked = useCallback((file: PickedFile) => void openBuffer(file.name, file.size, file.bytes), [openBuffer]);
  const openBytes = useCallback(
    (file: { readonly name: string; readonly bytes: Uint8Array }) => {
      // A copy the page owns: the converted bytes stay those that were downloaded.
      void openBuffer(file.name, file.bytes.byteLength, () => Promise.resolve(file.bytes.slice().buffer));
    },
    [openBuffer],
  );

  const openFiles = useCallback(
    (files: FileList | readonly File[] | null) => {
      const list = files ? Array.from(files) : [];
      const first = list[0];
      if (!first) return;
      if (list.length === 1) openPicked(pickedFile(first));
      else setWorkbook({ kind: 'review', files: list.map(pickedFile), id: ++opened.current });
    },
    [openPicked],
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
      if (data) void droppedFiles(data).then(openFiles, () => openFiles(data.files));
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
  }, [openFiles]);

  const download = useCallback((options: WorkbookOptions) => downloadWorkbook(options, save, load), [save, load]);
  const onDownload = useCallback<DownloadHandler>(async (options) => {
    await download(options);
  }, [download]);

  return { lang, setLang, t, workbook, dragging, openFiles, openPicked, openBytes, loadXlsx: load, saveFile: save, onDownload, download, loadReviewViews: loadViews };
}
