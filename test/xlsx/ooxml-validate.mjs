// Validates .xlsx files with Microsoft's Open XML SDK (@ooxml-tools/validate: ESM around a .NET wasm runtime),
// booting the runtime once for all files. Jest's CommonJS sandbox cannot import() an ES module, hence a child process.
// Usage: node test/xlsx/ooxml-validate.mjs a.xlsx b.xlsx → stdout: {"a.xlsx": [ValidationResult…], …}
import { readFile } from 'node:fs/promises';
import validate from '@ooxml-tools/validate';

const results = {};
for (const path of process.argv.slice(2)) results[path] = await validate(new Uint8Array(await readFile(path)), 'xlsx', 'Microsoft365');
// The wasm runtime keeps the event loop alive: exit once the answer is flushed.
process.stdout.write(JSON.stringify(results), () => process.exit(0));
