import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import { LIMITS, truncate } from '../../core/render/discord-limits.js';
import { answerQuestion } from '../answers.js';
import { NO_PINGS } from '../replies.js';
import { GUILD_ONLY } from './command-data.js';
import type { CommandFeature } from './feature.js';
import { t } from '../../core/i18n/messages.js';
import { offerTitle } from '../../core/render/render.js';

/** /ask question: — the guide's answer to one question, privately, with autocomplete over topic titles (a one-word title shown with its section). */
export const ask: CommandFeature = {
  name: 'ask',
  access: 'anyone',
  data: () => ({
    description: 'Ask the help guide a question',
    ...GUILD_ONLY,
    options: [
      {
        name: 'question',
        description: 'What do you need help with?',
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 500,
      },
    ],
  }),
  async run(ctx, i) {
    const question = i.options.getString('question', true);
    const { reply } = await answerQuestion(ctx, question, i.channelId, i.locale);
    const fallback = { content: t(i.locale, 'ask.empty') };
    await i.reply({ ...(reply ?? fallback), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  },
  async autocomplete(ctx, i) {
    const typed = String(i.options.getFocused() ?? '');
    const assistant = ctx.assistant();
    const topics = assistant.complete(typed, LIMITS.autocompleteChoices);
    // The member sees "Android (Automatic Backup)"; what is sent back is the title itself, which /ask answers.
    await i.respond(
      topics.map((t) => ({
        name: truncate(offerTitle(t, assistant.knowledge), LIMITS.autocompleteName),
        value: truncate(t.title, LIMITS.autocompleteName),
      })),
    );
  },
};
