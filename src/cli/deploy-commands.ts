import { REST, Routes } from 'discord.js';
import { buildCommands } from '../discord/commands.js';
import { parseConfig } from '../app/config.js';
import { fail, handleHelp, loadAssistant } from './shared.js';

const USAGE = `
Usage: npm run deploy-commands -- [--guild ID] [--dry-run]

Registers Stepwise's slash commands, generated from the guide: one per topic with a
\`command\` in its front matter, plus /ask, /topics, /ticket and the staff-only /stats.

Options:
  --guild ID   register in one server (instant); without it, globally (can take up to an hour)
  --dry-run    print the command JSON to stdout and touch no network
  --help       show this help

Environment: DISCORD_TOKEN (not needed with --dry-run), DISCORD_API_URL, KNOWLEDGE_DIR.
Note: the running bot also registers its commands in every server it is in at start-up.
`;

const argv = process.argv.slice(2);
handleHelp(argv, USAGE);
const assistant = await loadAssistant();
const body = buildCommands(assistant.knowledge);
if (argv.includes('--dry-run')) {
  process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  process.exit(0);
}
const guildIdx = argv.indexOf('--guild');
const guildId = guildIdx >= 0 ? argv[guildIdx + 1] : undefined;
if (guildIdx >= 0 && !/^\d{17,20}$/.test(guildId ?? '')) fail('--guild needs a server id (17-20 digits).');
const parsed = parseConfig(process.env);
if (!parsed.ok) fail(parsed.message);
const { DISCORD_TOKEN, DISCORD_API_URL } = parsed.config;
if (!DISCORD_TOKEN) fail('DISCORD_TOKEN is not set: put the bot token in .env (see .env.example), or use --dry-run.');
const rest = new REST(DISCORD_API_URL ? { api: DISCORD_API_URL } : {}).setToken(DISCORD_TOKEN);
try {
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  const route = guildId ? Routes.applicationGuildCommands(app.id, guildId) : Routes.applicationCommands(app.id);
  const saved = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(`Registered ${saved.length} commands ${guildId ? `in server ${guildId}` : 'globally'}.\n`);
} catch (err) {
  fail(`Could not register commands: ${(err as Error).message}`);
}
