import type { Decision } from './decision.js';
import { LIMITS, truncate } from './discord-limits.js';
import { NEVER_SHARE, ticketTemplateText } from './ticket-template.js';
import type { Knowledge, Topic } from './topic.js';

/** An answer as a reader sees it, independent of how a platform draws it. */
export interface AnswerView {
  topicId: string;
  title: string;
  /** Intro, numbered steps and notes, in Discord markdown, within the embed description limit. */
  body: string;
  related: Array<{ id: string; title: string }>;
  footer: string;
}

export const TICKET_OFFER = "Didn't help? Open a ticket and a member of staff will take it from here.";
export const SECRET_WARNING =
  '🔒 It looks like your message contains a password, code or key. Delete it now, and change that password if it was real. ' +
  NEVER_SHARE;

export function renderAnswer(topic: Topic, knowledge: Knowledge): AnswerView {
  const steps = topic.steps.map((s, i) => `${i + 1}. ${s.replace(/\n/g, '\n   ')}`).join('\n');
  const body = [topic.intro, steps, topic.notes].filter(Boolean).join('\n\n');
  return {
    topicId: topic.id,
    title: truncate(topic.title, LIMITS.embedTitle),
    body: truncate(body, LIMITS.embedDescription),
    related: topic.related.flatMap((id) => {
      const t = knowledge.byId.get(id);
      return t ? [{ id: t.id, title: t.title }] : [];
    }),
    footer: TICKET_OFFER,
  };
}

export const SUGGEST_INTRO = "I'm not sure which of these you mean. Pick the closest:";

/** A decision as plain text: what the terminal playground and `ask` print, mirroring the Discord reply. */
export function renderDecisionText(d: Decision, knowledge: Knowledge): string {
  const lines: string[] = [];
  if (d.secret) lines.push(SECRET_WARNING, '');
  switch (d.action) {
    case 'ignore':
      lines.push('(no reply: small talk)');
      break;
    case 'answer': {
      const view = renderAnswer(d.topic, knowledge);
      const head = [...lines, `📘 ${view.title}`, ''];
      const tail = [''];
      if (view.related.length > 0) tail.push(`Related: ${view.related.map((r) => r.title).join(' · ')}`);
      tail.push(`[✅ This solved it] [🎫 Didn't help — open a ticket]`);
      // A long topic is cut in its body, so the related topics and the ticket offer always survive.
      const room = LIMITS.content - head.join('\n').length - tail.join('\n').length - 2;
      lines.splice(0, lines.length, ...head, truncate(view.body, room), ...tail);
      break;
    }
    case 'suggest':
      lines.push(
        SUGGEST_INTRO,
        ...d.alternatives.map((t, i) => `  ${i + 1}. ${t.title}`),
        '  [🎫 None of these — open a ticket]',
      );
      break;
    case 'escalate':
      lines.push(ticketTemplateText(), '', '[🎫 Open a ticket]');
      break;
  }
  return truncate(lines.join('\n'), LIMITS.content);
}
