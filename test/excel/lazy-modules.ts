/**
 * The ports' operations, which the pane loads on first use (src/excel/index.ts, the memory port's import record),
 * loaded with the test file instead.
 * Otherwise the first test to call an operation loads them, and StrykerJS counts their module-level code (constant
 * tables, the formatters) as covered by that one test only: it tested mutants there against that test alone, and
 * called them survivors. Loaded here, that code is static, as in every other test file.
 */
import '../../src/excel/apply';
import '../../src/excel/control';
import '../../src/excel/highlight';
import '../../src/excel/read';
import '../../src/excel/rewrite';
import '../../src/excel/rows';
import '../../src/domain/import/record';
