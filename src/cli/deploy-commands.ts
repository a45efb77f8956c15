import { REST, Routes } from 'discord.js';
import { buildCommands } from '../discord/commands.js';
import { parseConfig } from '../app/config.js';
import { fail, parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';
import { loadAssistant } from './shared.js';

const USAGE = `
Usage: npm run deploy-commands -- [--guild ID] [--dry-run]

Registers Stepwise's slash commands, generated from the guide: one per topic with a
\`command\` in its front matter, plus /ask, /topics, /ticket and the staff-only /tickets
and /stats, each with its name and description in every shipped language; and the staff's
message command "Answer from the guide" (right-click a message → Apps).

Options:
  --guild ID   register in one server (instant); without it, globally (can take up to an hour)
  --dry-run    print the command JSON to stdout and touch no network
  --help       show this help

Environment: DISCORD_TOKEN (not needed with --dry-run), DISCORD_API_URL, KNOWLEDGE_DIR.
Note: the running bot also registers its commands in every server it is in at start-up.
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCli(argv, { guild: { type: 'string' }, 'dry-run': { type: 'boolean' } }, USAGE);
  const assistant = await loadAssistant(io.env);
  const body = buildCommands(assistant.knowledge);
  if (values['dry-run']) {
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const guildId = values.guild;
  if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) fail('--guild needs a server id (17-20 digits).');
  const parsed = parseConfig(io.env);
  if (!parsed.ok) fail(parsed.message);
  const { DISCORD_TOKEN, DISCORD_API_URL } = parsed.config;
  if (!DISCORD_TOKEN) fail('DISCORD_TOKEN is not set: put the bot token in .env (see .env.example), or use --dry-run.');
  const rest = new REST(DISCORD_API_URL ? { api: DISCORD_API_URL } : {}).setToken(DISCORD_TOKEN);
  try {
    const app = (await rest.get(Routes.currentApplication())) as { id: string };
    const route = guildId ? Routes.applicationGuildCommands(app.id, guildId) : Routes.applicationCommands(app.id);
    const saved = (await rest.put(route, { body })) as unknown[];
    io.out(`Registered ${saved.length} commands ${guildId ? `in server ${guildId}` : 'globally'}.\n`);
  } catch (err) {
    fail(`Could not register commands: ${(err as Error).message}`);
  }
  return 0;
}

await runIfMain(import.meta, main);
