import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'neo4j/**', '.neo4j/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only src/db talks to Neo4j; everything else goes through it.
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Import Neo4j access from src/db/.' }] }],
    },
  },
  { files: ['src/db/**'], rules: { 'no-restricted-imports': 'off' } },
);
