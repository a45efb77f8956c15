import {
  ApplicationCommandType,
  type APIApplicationCommandOption,
  type LocalizationMap,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { isBuiltinCommand } from '../core/knowledge/builtin-commands.js';
import { LIMITS, truncate } from '../core/render/discord-limits.js';
import { type MessageKey, t, UI_LOCALES } from '../core/i18n/messages.js';
import { isDiscordLocale } from '../core/normalise/locales.js';
import type { Knowledge } from '../core/knowledge/topic.js';
import { GUILD_ONLY } from './features/command-data.js';
import { COMMANDS, MESSAGE_COMMANDS } from './features/index.js';
import { topicCommandTopics } from './features/topic-command.js';

type Body = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Every shipped locale's text for a key (those Discord knows), for name_ and description_localizations. */
function localized(key: MessageKey, max: number): LocalizationMap {
  const map: LocalizationMap = {};
  for (const locale of UI_LOCALES) {
    if (locale === 'en' || !isDiscordLocale(locale)) continue;
    map[locale] = truncate(t(locale, key), max);
  }
  return map;
}

/** A built-in command's names and descriptions in every shipped locale, options and choices included. */
function localizeBuiltin(body: Body): Body {
  const key = (suffix: string) => `command.${body.name}.${suffix}` as MessageKey;
  const options = body.options?.map((o): APIApplicationCommandOption => {
    const optionKey = (suffix: string) => `command.${body.name}.${o.name}.${suffix}` as MessageKey;
    const choices =
      'choices' in o && o.choices
        ? {
            choices: o.choices.map((c) => ({
              ...c,
              name_localizations: localized(`stats.period.${String(c.value)}` as MessageKey, 100),
            })),
          }
        : {};
    return {
      ...o,
      name_localizations: localized(optionKey('name'), 32),
      description_localizations: localized(optionKey('description'), LIMITS.commandDescription),
      ...choices,
    } as APIApplicationCommandOption;
  });
  return {
    ...body,
    name_localizations: localized(key('name'), 32),
    description_localizations: localized(key('description'), LIMITS.commandDescription),
    ...(options ? { options } : {}),
  };
}

/**
 * Every slash command as data: the built-in features, then one per topic that declares `command`, each
 * with its name and description in every shipped locale (topic commands from the guide's language packs).
 * What the bot registers at start-up and what deploy-commands prints are both this.
 */
export function buildCommands(knowledge: Knowledge): RESTPostAPIApplicationCommandsJSONBody[] {
  const builtin = COMMANDS.map((f) =>
    localizeBuiltin({ name: f.name, type: ApplicationCommandType.ChatInput, ...f.data(knowledge) }),
  );
  const fromGuide = topicCommandTopics(knowledge)
    .filter((topic) => !isBuiltinCommand(topic.command!))
    .map((topic): Body => {
      const names: LocalizationMap = {};
      const descriptions: LocalizationMap = {};
      for (const [locale, pack] of knowledge.packs) {
        const l = pack.get(topic.id);
        if (!l || !isDiscordLocale(locale)) continue;
        if (l.command) names[locale] = l.command;
        descriptions[locale] = truncate(l.summary || l.title, LIMITS.commandDescription);
      }
      return {
        name: topic.command!,
        description: topic.summary || topic.title,
        type: ApplicationCommandType.ChatInput,
        ...GUILD_ONLY,
        name_localizations: names,
        description_localizations: descriptions,
      };
    });
  const slash = [...builtin, ...fromGuide].map((c) => ({
    ...c,
    description: truncate(c.description ?? '', LIMITS.commandDescription),
  }));
  // Message commands (right-click → Apps) carry a name and no description; the name is what the menu shows.
  const onMessages = MESSAGE_COMMANDS.map((f) => ({
    name: f.name,
    type: ApplicationCommandType.Message as const,
    name_localizations: localized(f.nameKey, 32),
    ...f.data(),
  }));
  return [...slash, ...onMessages];
}
