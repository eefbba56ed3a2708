import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronIpcOnlyInWrappers = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Only electron/main/ipc.ts and the preload talk to IPC; use the typed wrappers.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      '.tsbuild',
      'reports',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onChange={(event) => setValue(event.target.value)}` is React's idiom, not a confusion.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { destructuredArrayIgnorePattern: '^_', varsIgnorePattern: '^_', argsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': ['error', electronIpcOnlyInWrappers],
    },
  },
  {
    files: ['electron/main/ipc.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // shared/ is the model and the contract: it imports nothing from either side.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**', 'electron', 'node:*'],
              message: 'shared/ imports nothing from electron/, renderer/ or Node.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer never touches Node or Electron; it sees window.agendum only.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'node:*', '**/tests/**'],
              message: 'The renderer sees only window.agendum.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may assert that a value is there; Playwright fixtures take `{}` when they need nothing.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
