import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, type ModalSubmitInteraction } from 'discord.js';
import { LIMITS, truncate } from '../core/discord-limits.js';
import type { BotContext } from './context.js';
import { parseId } from './custom-ids.js';
import { answerQuestion } from './answers.js';
import { answerReply, NO_PINGS, topicsReply } from './replies.js';
import { handleStats } from './stats.js';
import { askCloseReason, claimTicket, closeTicket, offerTicket, submitTicket } from './tickets.js';

const EPHEMERAL = MessageFlags.Ephemeral;

async function onCommand(ctx: BotContext, i: ChatInputCommandInteraction): Promise<void> {
  const assistant = ctx.assistant();
  switch (i.commandName) {
    case 'ask': {
      const question = i.options.getString('question', true);
      const { reply } = await answerQuestion(ctx, question, i.channelId);
      await i.reply({
        ...(reply ?? { content: 'Ask me about signing in, passwords, codes or account locks, or use `/topics` to browse the guide.' }),
        flags: EPHEMERAL,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'topics':
      await i.reply({ ...topicsReply(assistant.knowledge), flags: EPHEMERAL });
      return;
    case 'ticket':
      await offerTicket(ctx, i, ctx.handoffs.put({ question: '', topicsShown: [] }));
      return;
    case 'stats':
      await handleStats(ctx, i);
      return;
    default: {
      const topic = assistant.knowledge.topics.find((t) => t.command === i.commandName);
      if (!topic) {
        await i.reply({ content: 'That command is no longer in the guide. Try `/topics`.', flags: EPHEMERAL });
        return;
      }
      const handoff = ctx.handoffs.put({ question: topic.title, topicsShown: [topic.id], answered: topic.id });
      await i.reply({ ...answerReply(topic, assistant.knowledge, handoff), flags: EPHEMERAL, allowedMentions: NO_PINGS });
    }
  }
}

async function onAutocomplete(ctx: BotContext, i: AutocompleteInteraction): Promise<void> {
  const typed = String(i.options.getFocused() ?? '');
  const topics = ctx.assistant().complete(typed, LIMITS.autocompleteChoices);
  await i.respond(topics.map((t) => ({ name: truncate(t.title, LIMITS.autocompleteName), value: truncate(t.title, LIMITS.autocompleteName) })));
}

async function onButton(ctx: BotContext, i: ButtonInteraction): Promise<void> {
  const id = parseId(i.customId);
  if (!id) return;
  const knowledge = ctx.assistant().knowledge;
  switch (id.kind) {
    case 'topic': {
      const topic = knowledge.byId.get(id.topicId);
      if (!topic) {
        await i.reply({ content: 'That topic has been removed from the guide. Try `/topics`.', flags: EPHEMERAL });
        return;
      }
      const handoff = ctx.handoffs.put({ question: topic.title, topicsShown: [topic.id], answered: topic.id });
      await i.reply({ ...answerReply(topic, knowledge, handoff), flags: EPHEMERAL, allowedMentions: NO_PINGS });
      return;
    }
    case 'solved':
      await ctx.store.recordFeedback(id.questionId, id.topicId, true);
      await i.reply({ content: 'Glad that sorted it! 🎉', flags: EPHEMERAL });
      return;
    case 'ticket':
      await offerTicket(ctx, i, id.handoff);
      return;
    case 'claim':
      await claimTicket(ctx, i, id.ticketId);
      return;
    case 'close':
      await askCloseReason(ctx, i, id.ticketId);
      return;
    default:
      return;
  }
}

async function onModal(ctx: BotContext, i: ModalSubmitInteraction): Promise<void> {
  const id = parseId(i.customId);
  if (id?.kind === 'ticket-modal') await submitTicket(ctx, i, id.handoff);
  else if (id?.kind === 'close-modal') await closeTicket(ctx, i, id.ticketId);
}

export async function handleInteraction(ctx: BotContext, i: Interaction): Promise<void> {
  if (i.isChatInputCommand()) return onCommand(ctx, i);
  if (i.isAutocomplete()) return onAutocomplete(ctx, i);
  if (i.isButton()) return onButton(ctx, i);
  if (i.isModalSubmit()) return onModal(ctx, i);
}
