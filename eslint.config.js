import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Flat config replaces a rule's options block by block, so every backend block repeats these.
const BACKEND_NO_ELECTRON = {
  name: 'electron',
  message: 'The backend runs in plain Node: Electron stays in the desktop shell.',
};
const BACKEND_PATTERNS = [
  { group: ['electron/*'], message: 'The backend runs in plain Node: Electron stays in the desktop shell.' },
  { group: ['**/renderer/**'], message: 'The backend never imports the page’s code; share through shared/.' },
];

/** The backend's import rule (flat config replaces a rule's options block by block), with a block's own patterns added. */
const backendImports = (...patterns) => [
  'error',
  { paths: [BACKEND_NO_ELECTRON], patterns: [...BACKEND_PATTERNS, ...patterns] },
];

const SQLITE_ONLY_SQL = {
  selector:
    'TemplateElement[value.raw=/json_group_array|json_object|group_concat|COLLATE|strftime|julianday|ifnull|PRAGMA|pragma_/i]',
  message: 'SQLite-only SQL: write it for both engines, or add it to db/dialect.ts.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.electron-native/**', '.reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters under the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The backend and the browser host run in plain Node and in Electron alike: never Electron, never the page's code.
    files: ['electron/backend/**', 'electron/serve/**'],
    rules: { 'no-restricted-imports': backendImports() },
  },
  {
    files: ['renderer/src/**', 'shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer and shared code run in the page: no Electron.' }],
          patterns: [
            {
              group: ['electron/*', '**/electron/**', 'node:*', 'better-sqlite3', 'kysely', 'pg', 'ws'],
              message: 'The renderer and shared code run in the page: no Node, Electron or backend imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // A repository holds SQL and nothing else: it never calls up into rules.
    files: ['electron/backend/domains/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': backendImports({
        group: ['**/*.service'],
        message: 'A repository never imports a service.',
      }),
    },
  },
  {
    // A domain reaches another only through that domain's service (which exports the reads others may use).
    files: ['electron/backend/domains/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': backendImports({
        group: ['../*/*.repository'],
        message: 'Use the other domain through its service (it exports the reads others may use).',
      }),
    },
  },
  {
    // Rules live in services; SQL only in x.repository.ts; every write through the command's unit of work.
    files: ['electron/backend/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.test.ts', 'electron/backend/db/**', 'electron/backend/unitOfWork.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|selectNoFrom)$/]',
          message: 'SQL belongs in the domain’s repository (x.repository.ts).',
        },
        {
          selector: "ImportDeclaration[source.value='kysely'] > ImportSpecifier[imported.name='sql']",
          message: 'SQL belongs in the domain’s repository (x.repository.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'A command writes through ctx.unitOfWork, which opens the one transaction.',
        },
        SQLITE_ONLY_SQL,
      ],
    },
  },
  {
    // The same SQL runs on SQLite and PostgreSQL: what only one engine has goes through db/dialect.ts.
    files: ['electron/backend/domains/**/*.repository.ts'],
    rules: { 'no-restricted-syntax': ['error', SQLITE_ONLY_SQL] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
);
