/** A cli-progress bar on stderr, only when a person is watching (a TTY) and the batch is big enough to wait for. */
import cliProgress from 'cli-progress';

/** Fewer files than this finish before a bar would be worth drawing. */
const MIN_FILES_FOR_BAR = 20;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function fileProgress(total: number, stream: { write(text: string): unknown; isTTY?: boolean }): Progress {
  if (total <= MIN_FILES_FOR_BAR || !stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: stream as NodeJS.WriteStream, format: 'extracting [{bar}] {percentage}% | {value}/{total} files | {eta_formatted} left', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
