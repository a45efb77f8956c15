import { t } from '../../core/i18n/messages.js';
import { answerReply, escalateReply } from '../replies.js';
import type { ButtonFeature } from './feature.js';

/**
 * Staff's pick under "Answer from the guide" (see answer-from-guide.ts): the topic's steps, or the ticket form,
 * posted in reply to the member's message in the member's language, saying which staff member picked them. The
 * reply pings the member (staff chose to answer them) and nobody else. Its buttons work as on any answer: "Didn't
 * help" opens a ticket carrying the member's own words (in a ticket thread there is none: the member has a person).
 */
export const postButton: ButtonFeature<'post'> = {
  kind: 'post',
  access: 'staff',
  async run(ctx, i, id) {
    const picked = ctx.handoffs.get(id.handoff);
    const target = picked?.reply;
    const knowledge = ctx.assistant().knowledge;
    const topicId = id.pick === null ? undefined : target?.offered[id.pick];
    const topic = topicId === undefined ? undefined : knowledge.byId.get(topicId);
    // Offers live in memory: after a restart (or a guide edit that removed the topic) staff run the command again.
    if (!picked || !target || (id.pick !== null && !topic)) {
      await i.update({ content: t(i.locale, 'staff.answer.expired'), components: [] });
      return;
    }
    const channel = await ctx.client.channels.fetch(target.channelId).catch(() => null);
    if (!channel?.isSendable()) {
      await i.update({ content: t(i.locale, 'staff.answer.gone'), components: [] });
      return;
    }
    const lang = picked.lang;
    const questionId = picked.questionId ?? null;
    const handoff = ctx.handoffs.put({
      question: picked.question,
      asked: true,
      topicsShown: topic ? [topic.id] : [],
      questionId,
      ...(lang ? { lang } : {}),
      ...(topic ? { answered: topic.id } : {}),
    });
    const reply = topic
      ? answerReply(topic, knowledge, handoff, false, questionId, lang, !target.inTicket)
      : escalateReply(handoff, false, lang, knowledge.ticketForm);
    await channel.send({
      ...reply,
      content: t(lang, 'staff.answer.pickedBy', { staff: `<@${i.user.id}>` }),
      reply: { messageReference: target.messageId, failIfNotExists: false },
      allowedMentions: { parse: [], repliedUser: true },
    });
    const member = `<@${target.authorId}>`;
    await i.update({
      content: topic
        ? t(i.locale, 'staff.answer.posted', { title: topic.title, member })
        : t(i.locale, 'staff.answer.postedTicket', { member }),
      components: [],
      allowedMentions: { parse: [] },
    });
  },
};
