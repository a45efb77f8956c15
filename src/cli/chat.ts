import { handleHelp, loadAssistant } from './shared.js';
import { runChat } from '../playground/playground.js';

const USAGE = `
Usage: npm run chat

A terminal playground: type a question as a member would in a help channel and see what
Stepwise would post in Discord. In a terminal it prompts until you type /quit or press
Ctrl-D; with stdin piped it answers each line and exits 0 at the end of input.

Environment: KNOWLEDGE_DIR (default knowledge/).
`;

handleHelp(process.argv.slice(2), USAGE);
await runChat(await loadAssistant());
