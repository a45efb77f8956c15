import { clarification, type Decision } from '../core/decide/decision.js';
import { uiLocale } from '../core/i18n/messages.js';
import { questionRecord } from '../core/learn/insights.js';
import type { BotContext } from './context.js';
import { replyFor, type ReplyPayload } from './replies.js';

/**
 * What the bot makes of a question. `locale`: the interaction's, or the server's preferred one for free text, the
 * reply language when the text does not tell. `bare`: the member asked for help with no words at all (a mention
 * alone), and is asked what is wrong, in `locale`.
 */
export function decideQuestion(
  ctx: BotContext,
  text: string,
  locale?: string,
  { bare = false }: { bare?: boolean } = {},
): Decision {
  return bare ? clarification(text, uiLocale(locale)) : ctx.assistant().ask(text, locale);
}

/** What a decision's reply says, as a key: two decisions with one key get the same reply. */
export function replyKey(d: Decision): string {
  // A ticket template shows no topics, whatever the search found; only an answer and a "did you mean" show theirs.
  const shown = d.action === 'answer' ? [d.topic.id] : d.action === 'suggest' ? d.alternatives.map((t) => t.id) : [];
  return [d.action, d.secret ? 'secret' : '', d.lang ?? '', ...shown].join('|');
}

/** Record a decided question for insights: its id, or null when the database is down (never stops the answer). */
export function recordQuestion(ctx: BotContext, decision: Decision, channelId: string | null): Promise<number | null> {
  const record = questionRecord(decision, 'discord', channelId, Date.now());
  return ctx.db.attempt('record question', () => ctx.store.recordQuestion(record), null);
}

/** Record a decided question for insights and render its reply. */
export async function replyToDecision(
  ctx: BotContext,
  decision: Decision,
  channelId: string | null,
): Promise<{ reply: ReplyPayload | null; questionId: number | null }> {
  const questionId = await recordQuestion(ctx, decision, channelId);
  const shown = decision.action === 'answer' ? [decision.topic.id] : decision.alternatives.map((t) => t.id);
  const handoff = ctx.handoffs.put({
    question: decision.question,
    asked: true,
    topicsShown: shown,
    questionId,
    ...(decision.lang ? { lang: decision.lang } : {}),
    ...(decision.action === 'answer' ? { answered: decision.topic.id } : {}),
  });
  return { reply: replyFor(decision, ctx.assistant().knowledge, handoff, questionId), questionId };
}

/** Decide, record and render one question: the shared path behind /ask, topic buttons and free text. */
export async function answerQuestion(
  ctx: BotContext,
  text: string,
  channelId: string | null,
  locale?: string,
  options: { bare?: boolean } = {},
): Promise<{ decision: Decision; reply: ReplyPayload | null }> {
  const decision = decideQuestion(ctx, text, locale, options);
  return { decision, reply: (await replyToDecision(ctx, decision, channelId)).reply };
}
