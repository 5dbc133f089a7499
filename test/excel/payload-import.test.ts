/**
 * An import into the same workbook keeps every Office.js request and response under 2 MB (real serializer) at
 * 2 000 and 10 000 commitments, and a second import of the same source only reads.
 */
import { measureScenario, summarize, TARGET_BYTES } from './payload';
import { scenario } from './payload/scenarios';

jest.setTimeout(120_000);

describe.each([2_000, 10_000])('import of %i commitments', (rows) => {
  it('stays under 2 MB a sync, first and second time', async () => {
    for (const operation of ['import', 'reimport'] as const) {
      const s = summarize(await measureScenario(scenario(operation, rows), { limitBytes: TARGET_BYTES }));
      expect({ operation, refused: s.refused, request: s.maxRequest < TARGET_BYTES, response: s.maxResponse < TARGET_BYTES }).toEqual({ operation, refused: 0, request: true, response: true });
    }
  });
});
