import { Assistant } from '../core/assistant.js';
import { formatKnowledgeError, loadKnowledge } from '../core/knowledge.js';
import { loadEnv } from '../config.js';

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
