// Type-aware lint for src/, office-addins rules on the Office.js adapter and the task pane,
// and the layering rule that keeps src/domain pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

const officeRules = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/no-office-initialize': 'error',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'demo/', 'coverage/', 'test-artifacts/', '.stryker-tmp/', 'reports/', '**/*.d.ts'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['src/**/*.{ts,tsx}'] })),
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts'] })),
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|fs$|path$|os$|child_process$)', message: 'src/domain is pure: no Node APIs.' },
            { regex: '^(exceljs|react|react-dom|@fluentui/.*|@microsoft/office-js)$', message: 'src/domain is pure: adapters live in src/xlsx, src/excel, src/taskpane.' },
            { regex: '^\\.\\./\\.\\./(excel|xlsx|cli|taskpane)', message: 'src/domain must not import adapters.' },
          ],
        },
      ],
    },
  },
);
