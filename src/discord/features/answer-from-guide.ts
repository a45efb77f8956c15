import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { t } from '../../core/i18n/messages.js';
import { decideQuestion, recordQuestion } from '../answers.js';
import { botMention } from '../messages.js';
import { NO_PINGS, staffPickReply } from '../replies.js';
import { GUILD_ONLY } from './command-data.js';
import type { MessageCommandFeature } from './feature.js';

/** How many topics staff are offered to pick from (the ticket form beside them). */
const MAX_PICKS = 3;

/**
 * Right-click a member's message → Apps → "Answer from the guide": for a question the bot stayed silent on (outside
 * the help channels, or read as chat), answered wrongly, or that staff meet in a ticket thread. Staff see, privately,
 * the topics the guide finds for the message's words; the one they pick is posted in reply to the member (see
 * post-button.ts), in the member's language.
 */
export const answerFromGuide: MessageCommandFeature = {
  name: 'Answer from the guide',
  nameKey: 'menu.answerFromGuide',
  access: 'staff',
  data: () => ({
    ...GUILD_ONLY,
    // Hidden from members by default; the access rule still checks the support role at run time.
    default_member_permissions: PermissionFlagsBits.ManageThreads.toString(),
  }),
  async run(ctx, i) {
    const target = i.targetMessage;
    const text = target.content.replace(botMention(ctx.client.user?.id ?? ''), ' ').trim();
    if (target.author.bot || target.webhookId || text === '') {
      await i.reply({ content: t(i.locale, 'staff.answer.nothing'), flags: MessageFlags.Ephemeral });
      return;
    }
    const assistant = ctx.assistant();
    const decision = decideQuestion(ctx, text, i.guild?.preferredLocale);
    // What the bot would offer first, then the closest topics by search: staff asked, so there is always a choice.
    const found = decision.action === 'answer' ? [decision.topic, ...decision.alternatives] : decision.alternatives;
    const offered = [
      ...new Map([...found, ...assistant.complete(text, MAX_PICKS)].map((x) => [x.id, x])).values(),
    ].slice(0, MAX_PICKS);
    // The member's question in insights: the record made when the bot read it, or a new one. A pick the member then
    // confirms ("This solved it") labels their own words with the topic staff chose (insights --export-confirmed).
    const read = ctx.readMessages.get(target.id);
    const questionId =
      read?.questionId !== undefined ? read.questionId : await recordQuestion(ctx, decision, target.channelId);
    // In a ticket thread the member already has a person: staff pick steps only. A database that cannot say reads as
    // "not a ticket", which only adds the ticket form to staff's choices.
    const inTicket = (await ctx.store.getTicketByThread(target.channelId).catch(() => null)) !== null;
    const handoff = ctx.handoffs.put({
      question: decision.question,
      asked: true,
      topicsShown: [],
      questionId,
      ...(decision.lang ? { lang: decision.lang } : {}),
      reply: {
        channelId: target.channelId,
        messageId: target.id,
        authorId: target.author.id,
        offered: offered.map((x) => x.id),
        inTicket,
      },
    });
    const reply = staffPickReply(offered, handoff, assistant.knowledge, target.author.id, i.locale, inTicket);
    await i.reply({ ...reply, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  },
};
