import { createInterface } from 'node:readline';
import type { Assistant } from '../core/assistant.js';
import { renderDecisionText } from '../core/render.js';
import { readLines } from '../cli/shared.js';

/** The playground loop, shared by `npm run chat` and `npm start` without a token. */
export async function runChat(assistant: Assistant): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  if (!interactive) {
    // Piped: answer each line as the bot would post it; small talk gets no reply, so nothing is printed.
    for await (const line of readLines(process.stdin)) {
      const d = assistant.ask(line);
      if (d.action === 'ignore' && !d.secret) continue;
      process.stdout.write(`${renderDecisionText(d, assistant.knowledge).replace(/\n/g, '\n  ')}\n\n`);
    }
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write(`Stepwise playground: ${assistant.knowledge.topics.length} topics. Ask as a member would; /quit to leave.\n`);
  rl.setPrompt('you › ');
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() === '/quit') break;
    const d = assistant.ask(line);
    process.stdout.write(`stepwise › ${renderDecisionText(d, assistant.knowledge).replace(/\n/g, '\n  ')}\n\n`);
    rl.prompt();
  }
  rl.close();
}
