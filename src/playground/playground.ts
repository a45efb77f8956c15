import { createInterface } from 'node:readline';
import type { CliIo } from '../app/terminal-io.js';
import { readLines } from '../app/terminal-io.js';
import type { Assistant } from '../core/assistant.js';
import { renderDecisionText } from '../core/render.js';
import { runSlashCommand } from './slash-commands.js';

/** What the bot would post for one line: a slash command's reply, the answer, or null for silence. */
export function playgroundReply(assistant: Assistant, line: string): string | null {
  const command = runSlashCommand(assistant, line);
  if (command !== null) return command;
  const d = assistant.ask(line);
  if (d.action === 'ignore' && !d.secret) return null;
  return renderDecisionText(d, assistant.knowledge);
}

/** The playground loop, shared by `npm run chat` and `npm start` without a token. */
export async function runPlayground(assistant: Assistant, io: CliIo): Promise<void> {
  if (!io.interactive) {
    // Piped: answer each line as the bot would post it; small talk gets no reply, so nothing is printed.
    for await (const line of readLines(io.stdin)) {
      const reply = playgroundReply(assistant, line);
      if (reply !== null) io.out(`${reply.replace(/\n/g, '\n  ')}\n\n`);
    }
    return;
  }
  const rl = createInterface({ input: io.stdin, output: process.stdout, terminal: true });
  const topics = assistant.knowledge.topics.length;
  io.out(
    `Stepwise playground: ${topics} topics. Ask as a member would, or use /topics, /ask, /ticket, /help; /quit to leave.\n`,
  );
  rl.setPrompt('you › ');
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() === '/quit') break;
    const reply = playgroundReply(assistant, line) ?? '(no reply: small talk)';
    io.out(`stepwise › ${reply.replace(/\n/g, '\n  ')}\n\n`);
    rl.prompt();
  }
  rl.close();
}
