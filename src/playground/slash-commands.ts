import type { Assistant } from '../core/assistant.js';
import { BUILTIN_COMMANDS } from '../core/knowledge/builtin-commands.js';
import type { Decision } from '../core/decide/decision.js';
import { renderDecisionText } from '../core/render/render.js';
import { ticketTemplateText } from '../core/tickets/ticket-template.js';
import type { Knowledge, Topic } from '../core/knowledge/topic.js';

/** What the playground prints for a line, and the topic it answered with, if any (a long one has more pages). */
export interface PlaygroundReply {
  text: string;
  answered?: { topic: Topic; lang?: string | undefined };
}

/**
 * The playground's answer to a line starting with "/": the same commands a member has in Discord
 * (/ask, /topics, /ticket and every topic command), drawn as text. null when the line is not a command.
 */
export function runSlashCommand(assistant: Assistant, line: string): PlaygroundReply | null {
  const m = /^\/([\p{L}\p{N}_-]+)(?:\s+([\s\S]*))?$/u.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const rest = (m[2] ?? '').trim();
  const { knowledge } = assistant;
  switch (name) {
    case 'ask':
      if (!rest)
        return { text: 'Usage: /ask your question (in Discord, /ask has a question: option with autocomplete).' };
      return decisionReply(assistant.ask(rest), knowledge);
    case 'topics': {
      const sections = new Map<string, string[]>();
      for (const t of knowledge.topics) {
        sections.set(t.section, [...(sections.get(t.section) ?? []), t.command ? `/${t.command} ${t.title}` : t.title]);
      }
      return {
        text: [
          '📚 Help guide topics (use /ask with any question, or a command below)',
          ...[...sections].flatMap(([s, ts]) => ['', `${s}:`, ...ts.map((t) => `  ${t}`)]),
        ].join('\n'),
      };
    }
    case 'ticket':
      return {
        text: `${ticketTemplateText(undefined, knowledge.ticketForm)}\n\n(In Discord, /ticket opens the ticket form and then a private thread with the staff.)`,
      };
    case 'stats':
      return { text: '/stats is for support staff in Discord. Here, run: npm run insights' };
    case 'help':
      return {
        text: `Commands: /${BUILTIN_COMMANDS.filter((c) => c !== 'stats').join(', /')}, a topic command (see /topics), /quit. Anything else is asked as free text.`,
      };
  }
  const topic = knowledge.topics.find((t) => t.command === name);
  if (!topic) return { text: `Unknown command /${name}. Try /topics for the list, or /help.` };
  return { text: topicText(topic, knowledge), answered: { topic } };
}

/** A decision as the playground prints it, naming the topic when it is an answer. */
export function decisionReply(d: Decision, knowledge: Knowledge): PlaygroundReply {
  const text = renderDecisionText(d, knowledge);
  return d.action === 'answer' ? { text, answered: { topic: d.topic, lang: d.lang } } : { text };
}

/**
 * A topic's steps as its command or a topic button shows them in Discord: an answer that stands on its own (no secret
 * warning, whatever the question it was offered for carried), in `lang` when given.
 */
export function topicText(topic: Topic, knowledge: Knowledge, lang?: string): string {
  return renderDecisionText(
    {
      action: 'answer',
      topic,
      confidence: 1,
      alternatives: [],
      question: topic.title,
      secret: false,
      ...(lang ? { lang } : {}),
    },
    knowledge,
  );
}
