import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { isBuiltinCommand } from '../core/builtin-commands.js';
import { LIMITS, truncate } from '../core/discord-limits.js';
import type { Knowledge } from '../core/topic.js';


/**
 * Every slash command as data, generated from the guide: one per topic that declares `command`,
 * plus /ask, /topics, /ticket and /stats (staff). Handlers live elsewhere.
 */
export function buildCommands(knowledge: Knowledge): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const guildOnly = { contexts: [InteractionContextType.Guild] };
  const topicCommands = knowledge.topics
    .filter((t) => t.command && !isBuiltinCommand(t.command))
    .map((t) => ({
      name: t.command!,
      description: t.summary || t.title,
      type: ApplicationCommandType.ChatInput as const,
      ...guildOnly,
    }));
  return [
    {
      name: 'ask',
      description: 'Ask the help guide a question',
      type: ApplicationCommandType.ChatInput as const,
      ...guildOnly,
      options: [
        { name: 'question', description: 'What do you need help with?', type: ApplicationCommandOptionType.String as const, required: true, autocomplete: true, max_length: 500 },
      ],
    },
    { name: 'topics', description: 'List every topic in the help guide', type: ApplicationCommandType.ChatInput as const, ...guildOnly },
    { name: 'ticket', description: 'Open a private support ticket with the staff', type: ApplicationCommandType.ChatInput as const, ...guildOnly },
    {
      name: 'stats',
      description: 'Support insights for staff: questions, deflection, helpful rate, unanswered',
      type: ApplicationCommandType.ChatInput as const,
      ...guildOnly,
      // Hidden from members by default; the handler still checks the support role at run time.
      default_member_permissions: PermissionFlagsBits.ManageThreads.toString(),
      options: [
        {
          name: 'period',
          description: 'How far back to look (default 7 days)',
          type: ApplicationCommandOptionType.String as const,
          required: false,
          choices: [
            { name: 'last 24 hours', value: '1d' },
            { name: 'last 7 days', value: '7d' },
            { name: 'last 30 days', value: '30d' },
            { name: 'all retained', value: 'all' },
          ],
        },
      ],
    },
    ...topicCommands,
  ].map((c) => ({ ...c, description: truncate(c.description, LIMITS.commandDescription) }));
}
