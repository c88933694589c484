/** Stdout and stderr of an in-process command, captured as strings. */
export function captureIo() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
  };
  return { out, io };
}
