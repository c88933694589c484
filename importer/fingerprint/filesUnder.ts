import fs from 'node:fs';
import path from 'node:path';

/** Every file at or below `entry`, in name order (the order hashes of a tree depend on), skipping the `skip` paths. */
export function filesUnder(entry: string, out: string[] = [], skip: ReadonlySet<string> = new Set()): string[] {
  if (skip.has(entry) || !fs.existsSync(entry)) return out;
  if (!fs.statSync(entry).isDirectory()) {
    out.push(entry);
    return out;
  }
  for (const name of fs.readdirSync(entry).sort()) filesUnder(path.join(entry, name), out, skip);
  return out;
}
