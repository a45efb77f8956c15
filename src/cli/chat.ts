import { runPlayground } from '../playground/playground.js';
import { parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';
import { loadAssistant } from './shared.js';

const USAGE = `
Usage: npm run chat

A terminal playground: type a question as a member would in a help channel and see what
Stepwise would post in Discord. The slash commands work too: /topics, /ask QUESTION, /ticket and
each topic's command (/reset-password, ...). Right after a "did you mean", type a topic's number to
pick it, or 0 for "None of these"; right after an answer too long for one message, type + for
its next page (in Discord, these are buttons). In a terminal it prompts until
you type /quit or press Ctrl-D; with stdin piped it answers each line and exits 0 at the end of input.

Environment: KNOWLEDGE_DIR (default knowledge/).
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  parseCli(argv, {}, USAGE);
  await runPlayground(await loadAssistant(io.env), io);
  return 0;
}

await runIfMain(import.meta, main);
