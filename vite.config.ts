import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const apiPort = process.env.PORT ?? '5175';
const neo4jTests = {
  globalSetup: [path.join(root, 'tests/support/neo4jGlobalSetup.ts')],
  // One Neo4j database: test files that use it run one at a time.
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  root: path.join(root, 'src/ui'),
  plugins: [react()],
  build: { outDir: path.join(root, 'dist/ui'), emptyOutDir: true, sourcemap: true },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', proxy: { '/api': `http://127.0.0.1:${apiPort}` } },
  test: {
    root,
    projects: [
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', root, include: ['tests/integration/**/*.test.ts'], ...neo4jTests } },
      { test: { name: 'e2e', root, include: ['tests/e2e/**/*.test.ts'], ...neo4jTests } },
    ],
  },
});
