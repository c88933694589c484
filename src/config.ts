/** Every setting of Impact Atlas in one place: defaults, validation, resolution from the environment. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'memory sizes look like 512m or 2g');

/** Ports of the two instances the project provisions itself; other instances name theirs. */
const DEFAULT_PORTS: Record<string, { bolt: number; http: number }> = {
  main: { bolt: 7687, http: 7474 },
  test: { bolt: 7688, http: 7475 },
};

/** The local instance's password when NEO4J_PASSWORD is unset (and the one assumed for instances made before it was remembered). */
export const DEFAULT_NEO4J_PASSWORD = 'impact-atlas-local';

const EnvSchema = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j requires passwords of at least 8 characters').default(DEFAULT_NEO4J_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_INSTANCE: z.string().regex(/^[a-z0-9-]+$/).default('main'),
  NEO4J_BOLT_PORT: port.optional(),
  NEO4J_HTTP_PORT: port.optional(),
  NEO4J_HEAP: memory.default('1g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(5175),
  API_TOKEN: z.string().min(1).optional(),
  // Names besides this server's own that a tokenless server answers to (a reverse proxy's), comma-separated.
  API_ALLOWED_HOSTS: z.string().default(''),
  API_CONSOLE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  QUERY_ROW_LIMIT: z.coerce.number().int().positive().default(1000),
  QUERY_RESULT_BYTES: z.coerce.number().int().positive().default(8_000_000),
  QUERY_RESULT_VALUES: z.coerce.number().int().positive().default(1_000_000),
  NEO4J_TX_MEMORY: memory.default('256m'),
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5000),
  // A pause after each batch or document: lets tests interrupt an import part-way; 0 in normal use.
  IMPORT_BATCH_PAUSE_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  // Time one document may spend in segment and extract before it is skipped with a diagnostic; 0 means no limit.
  IMPORT_DOCUMENT_BUDGET_MS: z.coerce.number().int().min(0).default(20_000),
  // Where import keeps each file's extraction for the next import (importer/cache/extractionCache.ts); "off": nowhere.
  IMPORT_CACHE_DIR: z.string().min(1).optional(),
  CORPUS_DIR: z.string().min(1).optional(),
  CURATED_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_FILE_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(1000).default(50),
});

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Null when NEO4J_URI names a server the project does not run. */
  local: null | {
    instance: string;
    home: string;
    boltPort: number;
    httpPort: number;
    heap: string;
    pagecache: string;
    /** Neo4j's own cap on one transaction's memory (db.memory.transaction.max). */
    transactionMemory: string;
  };
}

export interface Config {
  neo4j: Neo4jConfig;
  server: { host: string; port: number; apiToken?: string; allowedHosts: string[]; bodyLimit: number };
  query: { timeoutMs: number; rowLimit: number; resultBytes: number; resultValues: number; concurrency: number };
  importer: { batchSize: number; batchPauseMs: number; documentBudgetMs: number; cacheDir: string | null };
  /** Where documents added from the browser go, where reviews and corrections live, and the upload limits. */
  workbench: { corpusDir: string; curatedDir: string; correctionsFile: string; maxFileBytes: number; maxFiles: number };
}

export class ConfigError extends Error {}

/** The corpus folder and the curated folder (CORPUS_DIR, CURATED_DIR; relative to the working directory). */
export function dataDirs(env: NodeJS.ProcessEnv = process.env): { corpusDir: string; curatedDir: string; correctionsFile: string } {
  const corpusDir = env.CORPUS_DIR ? path.resolve(env.CORPUS_DIR) : path.join(PROJECT_ROOT, 'graph-data', 'documents');
  const curatedDir = env.CURATED_DIR ? path.resolve(env.CURATED_DIR) : path.join(PROJECT_ROOT, 'graph-data', 'curated');
  return { corpusDir, curatedDir, correctionsFile: path.join(curatedDir, 'corrections.yaml') };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`config: invalid environment: ${issues}`);
  }
  const e = parsed.data;
  const defaults = DEFAULT_PORTS[e.NEO4J_INSTANCE];
  let local: Neo4jConfig['local'] = null;
  let uri = e.NEO4J_URI;
  if (!uri) {
    const boltPort = e.NEO4J_BOLT_PORT ?? defaults?.bolt;
    const httpPort = e.NEO4J_HTTP_PORT ?? defaults?.http;
    if (!boltPort || !httpPort) {
      throw new ConfigError(`config: instance "${e.NEO4J_INSTANCE}" needs NEO4J_BOLT_PORT and NEO4J_HTTP_PORT`);
    }
    local = {
      instance: e.NEO4J_INSTANCE,
      home: path.join(PROJECT_ROOT, '.neo4j', e.NEO4J_INSTANCE),
      boltPort,
      httpPort,
      heap: e.NEO4J_HEAP,
      pagecache: e.NEO4J_PAGECACHE,
      transactionMemory: e.NEO4J_TX_MEMORY,
    };
    uri = `bolt://127.0.0.1:${boltPort}`;
  }
  return {
    neo4j: { uri, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE, local },
    server: {
      host: e.HOST,
      port: e.PORT,
      apiToken: e.API_TOKEN,
      allowedHosts: e.API_ALLOWED_HOSTS.split(',').map((h) => h.trim()).filter(Boolean),
      bodyLimit: e.BODY_LIMIT_BYTES,
    },
    query: {
      timeoutMs: e.QUERY_TIMEOUT_MS,
      rowLimit: e.QUERY_ROW_LIMIT,
      resultBytes: e.QUERY_RESULT_BYTES,
      resultValues: e.QUERY_RESULT_VALUES,
      concurrency: e.API_CONSOLE_CONCURRENCY,
    },
    importer: {
      batchSize: e.IMPORT_BATCH_SIZE,
      batchPauseMs: e.IMPORT_BATCH_PAUSE_MS,
      documentBudgetMs: e.IMPORT_DOCUMENT_BUDGET_MS || Infinity,
      cacheDir: e.IMPORT_CACHE_DIR === 'off' ? null : path.resolve(PROJECT_ROOT, e.IMPORT_CACHE_DIR ?? '.cache/extraction'),
    },
    workbench: { ...dataDirs(env), maxFileBytes: e.UPLOAD_MAX_FILE_BYTES, maxFiles: e.UPLOAD_MAX_FILES },
  };
}
