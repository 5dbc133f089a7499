import { validateWorkbook } from '../../src/domain/validate';
import { downloadFileName, downloadWorkbook, XLSX_MIME } from '../../src/web/download';
import { readWorkbookBuffer } from '../../src/xlsx/read';

describe('downloadWorkbook', () => {
  it.each([
    [{ profile: 'normandie', years: 3 }, 'cls-normandie-3ans.xlsx'],
    [{ profile: 'centre-val-de-loire', years: 5 }, 'cls-centre-val-de-loire-5ans.xlsx'],
    [{ profile: 'generic', years: 4 }, 'cls-generic-4ans.xlsx'],
  ] as const)('names the file after the profile and the duration: %j', (options, name) => {
    expect(downloadFileName(options)).toBe(name);
  });

  it('saves a sample workbook, typed as .xlsx, that validates with zero errors', async () => {
    const saved: { blob: Blob; name: string }[] = [];
    const name = await downloadWorkbook({ profile: 'centre-val-de-loire', years: 4, sample: true, startYear: 2025 }, (blob, fileName) => saved.push({ blob, name: fileName }));
    expect(name).toBe('cls-centre-val-de-loire-4ans.xlsx');
    expect(saved).toHaveLength(1);
    const [{ blob, name: savedName }] = saved as [{ blob: Blob; name: string }];
    expect(savedName).toBe(name);
    expect(blob.type).toBe(XLSX_MIME);
    const report = validateWorkbook(await readWorkbookBuffer(await blob.arrayBuffer()), { asOf: '2026-11-23' });
    expect(report.profile).toBe('centre-val-de-loire');
    expect(report.contractYears).toEqual([2025, 2026, 2027, 2028]);
    expect(report.summary.error).toBe(0);
  });

  it('saves an empty workbook with every required table', async () => {
    const blobs: Blob[] = [];
    await downloadWorkbook({ profile: 'generic', years: 3, sample: false }, (blob) => blobs.push(blob));
    const snapshot = await readWorkbookBuffer(await blobs[0]!.arrayBuffer());
    expect(snapshot.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['CLS_Parametres', 'CLS_Financeurs', 'CLS_Actions', 'CLS_Financements', 'CLS_Evaluation']));
  });

  it('rejects a duration outside 3..5 before writing anything', async () => {
    const save = jest.fn();
    await expect(downloadWorkbook({ profile: 'generic', years: 6 as 5, sample: false }, save)).rejects.toThrow(RangeError);
    expect(save).not.toHaveBeenCalled();
  });
});
