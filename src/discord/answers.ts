import { clarification, type Decision } from '../core/decision.js';
import { uiLocale } from '../core/i18n/messages.js';
import { questionRecord } from '../core/insights.js';
import type { BotContext } from './context.js';
import { replyFor, type ReplyPayload } from './replies.js';

/**
 * Decide, record and render one question: the shared path behind /ask, topic buttons and free text.
 * Recording failures are logged and never stop the answer.
 */
export async function answerQuestion(
  ctx: BotContext,
  text: string,
  channelId: string | null,
  /** The interaction's locale, or the server's preferred one for free text: the reply language when the text does not tell. */
  locale?: string,
  /** `bare`: the member asked for help with no words at all (a mention alone): asked what is wrong, in `locale`. */
  { bare = false }: { bare?: boolean } = {},
): Promise<{ decision: Decision; reply: ReplyPayload | null }> {
  const assistant = ctx.assistant();
  const decision = bare ? clarification(text, uiLocale(locale)) : assistant.ask(text, locale);
  // Recording is for insights: a database outage must never stop the answer.
  const record = questionRecord(decision, 'discord', channelId, Date.now());
  const questionId = await ctx.db.attempt('record question', () => ctx.store.recordQuestion(record), null);
  const shown = decision.action === 'answer' ? [decision.topic.id] : decision.alternatives.map((t) => t.id);
  const handoff = ctx.handoffs.put({
    question: decision.question,
    asked: true,
    topicsShown: shown,
    questionId,
    ...(decision.lang ? { lang: decision.lang } : {}),
    ...(decision.action === 'answer' ? { answered: decision.topic.id } : {}),
  });
  return { decision, reply: replyFor(decision, assistant.knowledge, handoff, questionId) };
}
