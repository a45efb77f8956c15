import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { isBuiltinCommand } from '../core/builtin-commands.js';
import { LIMITS, truncate } from '../core/discord-limits.js';
import type { Knowledge } from '../core/topic.js';
import { GUILD_ONLY } from './features/command-data.js';
import { COMMANDS } from './features/index.js';
import { topicCommandTopics } from './features/topic-command.js';

/**
 * Every slash command as data: the built-in features, then one per topic that declares `command`.
 * What the bot registers at start-up and what deploy-commands prints are both this.
 */
export function buildCommands(knowledge: Knowledge): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const builtin = COMMANDS.map((f) => ({
    name: f.name,
    type: ApplicationCommandType.ChatInput as const,
    ...f.data(knowledge),
  }));
  const fromGuide = topicCommandTopics(knowledge)
    .filter((t) => !isBuiltinCommand(t.command!))
    .map((t) => ({
      name: t.command!,
      description: t.summary || t.title,
      type: ApplicationCommandType.ChatInput as const,
      ...GUILD_ONLY,
    }));
  return [...builtin, ...fromGuide].map((c) => ({
    ...c,
    description: truncate(c.description ?? '', LIMITS.commandDescription),
  }));
}
