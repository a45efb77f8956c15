import { createInterface } from 'node:readline';
import type { Assistant } from '../core/assistant.js';
import { renderDecisionText } from '../core/render.js';

/** The playground loop, shared by `npm run chat` and `npm start` without a token. */
export async function runChat(assistant: Assistant): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    process.stdout.write(`Stepwise playground: ${assistant.knowledge.topics.length} topics. Ask as a member would; /quit to leave.\n`);
    rl.setPrompt('you › ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && line.trim() === '/quit') break;
    const d = assistant.ask(line);
    const text = renderDecisionText(d, assistant.knowledge);
    process.stdout.write(`${interactive ? 'stepwise › ' : ''}${text.replace(/\n/g, '\n  ')}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
