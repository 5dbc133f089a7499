/** The published JSON Schema of the import mapping is the zod schema's, never stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mappingJsonSchema } from '../../src/domain/import';

const PATH = join(__dirname, '../../docs/import-mapping.schema.json');

it('docs/import-mapping.schema.json matches the zod schema (UPDATE_IMPORT_SCHEMA=1 npx jest test/import/schema.test.ts rewrites it)', () => {
  const expected = `${JSON.stringify({ $id: 'https://tableaux-cls/import-mapping.schema.json', title: 'Tableaux CLS — mapping d’import', ...(mappingJsonSchema() as object) }, null, 2)}\n`;
  if (process.env.UPDATE_IMPORT_SCHEMA === '1') writeFileSync(PATH, expected);
  expect(readFileSync(PATH, 'utf8')).toBe(expected);
});
