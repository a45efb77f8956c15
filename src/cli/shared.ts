import { Assistant } from '../core/assistant.js';
import { formatKnowledgeError } from '../core/knowledge.js';
import { loadKnowledge } from '../app/knowledge-folder.js';
import { loadEnv } from '../app/config.js';

/** If the command line asks for help, print the usage and exit 0. */
export function handleHelp(argv: readonly string[], usage: string): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
}

/** Exit with one clear line on stderr: what went wrong and what to do. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** The value after `--name` on the command line; a flag given without a value is a usage error. */
export function optionValue(argv: readonly string[], name: string, exitCode = 1): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value. See --help.`, exitCode);
  return value;
}

/** Load the guide from KNOWLEDGE_DIR (or knowledge/); on errors list them on stderr and exit 1. */
export async function loadAssistant(dir?: string): Promise<Assistant> {
  loadEnv();
  const folder = dir ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
  const result = await loadKnowledge(folder);
  if (!result.ok) {
    fail(`The guide in ${folder} has ${result.errors.length} problem(s):\n${result.errors.map((e) => `  ${formatKnowledgeError(e)}`).join('\n')}`);
  }
  return new Assistant(result.knowledge);
}

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
