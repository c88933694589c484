/** Builds the explorer into dist/ui with Vite when its sources are newer than the last build. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const UI_SOURCES = ['src/ui', 'src/model', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(PROJECT_ROOT, p));

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

export type ExplorerBuild = 'built' | 'up to date' | 'no sources';

export async function ensureExplorerBuilt(uiDir: string, log: (line: string) => void): Promise<ExplorerBuild> {
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'src/ui/index.html'))) return 'no sources';
  const built = path.join(uiDir, 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt >= Math.max(...UI_SOURCES.map(newestMtime))) return 'up to date';
  log(builtAt ? 'explorer: sources changed, rebuilding (vite build)…' : 'explorer: building (vite build)…');
  // Vite is only needed here: load it on demand so serving does not pay for it.
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: uiDir } });
  return 'built';
}
