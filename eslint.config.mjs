// Lint rules: ESLint's and typescript-eslint's recommended sets, with the few exceptions the code
// base relies on. Formatting is Prettier's job (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'out/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        crypto: 'readonly',
        structuredClone: 'readonly',
        SpreadsheetApp: 'readonly',
        Session: 'readonly',
        PropertiesService: 'readonly',
        LockService: 'readonly',
        CacheService: 'readonly',
        Utilities: 'readonly',
        Logger: 'readonly',
        HtmlService: 'readonly',
        GoogleAppsScript: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Apps Script's parser rejects BigInt literals ("Unexpected token ILLEGAL" on `100n`), though its
    // V8 runs BigInt values: the add-in's code writes BigInt(100) instead (src/core/bigint.ts).
    // docs/apps-script-syntax.md; the build's ES2019 gate checks the bundle as well.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[bigint]',
          message:
            'No BigInt literals in src/: Apps Script cannot parse them. Use BigInt(…) or src/core/bigint.ts.',
        },
      ],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'examples/**', '**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        describe: 'readonly',
        it: 'readonly',
        expect: 'readonly',
        beforeAll: 'readonly',
        afterAll: 'readonly',
        beforeEach: 'readonly',
        jest: 'readonly',
      },
    },
  },
);
