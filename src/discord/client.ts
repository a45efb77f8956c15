import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Config } from '../app/config.js';

/** The fewest intents that work: message content only when help channels need free-text reading. */
export function intentsFor(config: Config): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.HELP_CHANNEL_IDS.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createClient(config: Config): Client {
  const options: ClientOptions = {
    intents: intentsFor(config),
    // Partial messages: an edit or deletion of a message no longer in discord.js's cache still reaches the bot, which
    // keeps its own record of what it replied to (see read-messages.ts).
    partials: [Partials.Channel, Partials.Message],
    // Nothing the bot sends may ping by default; the ticket post opts in to the support role only.
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
  };
  return new Client(options);
}
