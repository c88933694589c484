/** How every importer CLI ends: a usage error exits 2, any other error prints one line and exits 1 (stack on DEBUG). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Where a command writes; the CLIs pass the process's streams, tests pass buffers. */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Parses argv with node's parseArgs; unknown or malformed options become a UsageError. */
export function parseCommandLine<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--workers N`: a whole number from 1; undefined (not given) leaves the default, the machine's cores. */
export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--workers must be a whole number from 1, not "${value}"`);
  return Number(value);
}

/** Runs a command and turns what it threw into a message on stderr and an exit code; never exits itself. */
export async function runCommand(usage: string, main: () => Promise<number>, io: CommandIo): Promise<number> {
  try {
    return await main();
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    // A bad data file or input is a message for the user, not a stack trace; DEBUG=1 shows the stack.
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

/** Runs a command with the process's streams and exits with its code; only CLIs call process.exit. */
export function runCli(usage: string, main: () => Promise<number>): void {
  void runCommand(usage, main, process).then((code) => process.exit(code));
}
