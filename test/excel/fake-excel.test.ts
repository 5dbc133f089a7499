// The fake must catch the Office.js mistakes the adapter could make; these tests prove it does.
import { FakeRequestContext } from './fake-excel/api';
import { fakeRun, FakeWorkbookState } from './fake-excel';

const workbook = (): FakeWorkbookState => {
  const state = new FakeWorkbookState();
  state.addSheet('Feuil1').set('A1', [['x', 1]]);
  return state;
};

describe('fake Excel strictness', () => {
  it('refuses to read a property before load and sync', async () => {
    const context = new FakeRequestContext(workbook());
    const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1');
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([['x', 1]]);
    expect(() => range.address).toThrow(/not available/);
  });

  it('fails the batch at sync for a missing item, gives a null object for …OrNullObject', async () => {
    const context = new FakeRequestContext(workbook());
    const missing = context.workbook.worksheets.getItemOrNullObject('Absente').load('name');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem('Absente').load('name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('rejects a batch that ends with operations never synced', async () => {
    const run = fakeRun(workbook());
    await expect(
      run({ delayForCellEdit: true }, (context) => {
        context.workbook.worksheets.add('Nouvelle');
        return Promise.resolve();
      }),
    ).rejects.toThrow('never synced');
  });

  it('writes like Excel: null skips, numeric text becomes a number unless the cell is text', async () => {
    const state = workbook();
    const context = new FakeRequestContext(state);
    const range = context.workbook.worksheets.getItem('Feuil1').getRange('A2:C2');
    range.numberFormat = [[null, '@', null]];
    range.formulas = [['12.10', '12.10', '=A1']];
    context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1').values = [[null, 'y']];
    await context.sync();
    expect(state.sheet('Feuil1')!.contents()).toEqual({ A1: 'x', B1: 'y', A2: 12.1, B2: '12.10', C2: '=A1' });
    context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1').values = [['too short']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
