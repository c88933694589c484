/** CPU time and peak resident memory of a process (this one or the local Neo4j server), read from Linux's /proc. */
import fs from 'node:fs';

const read = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** User + system CPU of the whole process, every thread included, in ms (clock ticks of 10 ms). */
export function cpuMs(pid: number | 'self'): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** VmHWM: the most memory the process has held resident since it started or since resetPeakRss, in bytes. */
export function peakRss(pid: number | 'self'): number | undefined {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`) ?? '');
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Starts a new peak (writing 5 to clear_refs resets VmHWM to the current RSS), so each stage reports its own. */
export function resetPeakRss(pid: number | 'self'): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not our process or not Linux: the peak then counts from the process's start.
  }
}
