/** Expands the command line's files and folders into document files (folders recursively, sorted, sidecars skipped). */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/model/index.js';

export const SIDECAR_SUFFIX = '.meta.yaml';

export interface ListedFiles {
  files: string[];
  diagnostics: Diagnostic[];
}

function walk(folder: string, out: string[]): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // Hidden files (.DS_Store, editor swap files) are never documents.
    if (entry.name.startsWith('.') || entry.name.endsWith(SIDECAR_SUFFIX)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
}

export function listDocumentFiles(paths: string[]): ListedFiles {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const problem = code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? (error as Error).message})`;
      diagnostics.push({ severity: 'error', stage: 'read', file: p, message: problem });
      continue;
    }
    try {
      if (stat.isDirectory()) walk(p, files);
      else files.push(p);
    } catch (error) {
      diagnostics.push({ severity: 'error', stage: 'read', file: p, message: `cannot list folder: ${(error as Error).message}` });
    }
  }
  return { files: [...new Set(files)], diagnostics };
}
