import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { processIo, type CliIo } from '../app/terminal-io.js';

export type { CliIo };

type Options = NonNullable<ParseArgsConfig['options']>;

/** Ends a CLI with an exit code; the message goes to stderr (stdout for exit 0, e.g. --help). */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message = '',
  ) {
    super(message);
  }
}

/** Stop with one clear line saying what went wrong and what to do. */
export function fail(message: string, code = 1): never {
  throw new CliExit(code, message);
}

/**
 * `node:util` parseArgs with the house rules: `--help`/`-h` prints the usage and exits 0; an unknown
 * option or a missing value is one line pointing at --help (exit `usageCode`).
 */
export function parseCli<const O extends Options>(argv: readonly string[], options: O, usage: string, usageCode = 1) {
  if (argv.includes('--help') || argv.includes('-h')) throw new CliExit(0, usage.trim());
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true as const });
  } catch (err) {
    const message = (err as Error).message
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/^Option '(.+?)(?: <value>)?' argument missing$/, '$1 needs a value');
    return fail(`${message}. See --help.`, usageCode);
  }
}

/**
 * Run a CLI's `main` when its file is the one node was started with (not when a test imports it),
 * turning a CliExit into its message and exit code.
 */
export async function runIfMain(meta: ImportMeta, main: (argv: string[], io: CliIo) => Promise<number>): Promise<void> {
  const started = process.argv[1];
  if (!started || realpathSync(started) !== realpathSync(fileURLToPath(meta.url))) return;
  let code: number;
  try {
    code = await main(process.argv.slice(2), processIo());
  } catch (err) {
    if (!(err instanceof CliExit)) throw err;
    if (err.message) (err.code === 0 ? process.stdout : process.stderr).write(`${err.message}\n`);
    code = err.code;
  }
  // Exit now (an open database handle or stdin must not keep a finished CLI alive), but only once
  // everything written has been handed over: a pipe takes output asynchronously.
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise((resolve) => s.write('', resolve))));
  process.exit(code);
}

/** Run a CLI's main in-process and collect what it printed: for tests. */
export async function runInProcess(
  main: (argv: string[], io: CliIo) => Promise<number>,
  argv: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { Readable } = await import('node:stream');
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    env: options.env ?? process.env,
    interactive: false,
  };
  try {
    return { code: await main(argv, io), stdout, stderr };
  } catch (err) {
    if (!(err instanceof CliExit)) throw err;
    if (err.message) err.code === 0 ? (stdout += `${err.message}\n`) : (stderr += `${err.message}\n`);
    return { code: err.code, stdout, stderr };
  }
}
