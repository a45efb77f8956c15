/**
 * What a CLI reads and writes, passed in so each CLI's `main` runs in-process in tests exactly as it
 * runs from the terminal. Results go to `out` (stdout, kept machine-readable); messages to `err`.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** stdin is a terminal (a person typing), not a pipe or a file. */
  interactive: boolean;
}

export const processIo = (): CliIo => ({
  stdin: process.stdin,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  interactive: process.stdin.isTTY === true,
});

/**
 * The lines of a stream, split on "\n" only (a "\r" before it is dropped), each decoded as UTF-8 with
 * bad bytes replaced by U+FFFD. Unlike readline, a bare "\r" or U+2028 inside a line does not start a
 * new one, so a tool that writes one result per input line stays in step with its input.
 */
export async function* readLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  const line = (parts: Buffer[]) => Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let nl = buf.indexOf(0x0a);
    while (nl >= 0) {
      pending.push(buf.subarray(0, nl));
      yield line(pending);
      pending = [];
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    if (buf.length > 0) pending.push(buf);
  }
  if (pending.length > 0) yield line(pending);
}
