import type { Assistant } from '../core/assistant.js';
import { BUILTIN_COMMANDS } from '../core/builtin-commands.js';
import { renderDecisionText } from '../core/render.js';
import { ticketTemplateText } from '../core/ticket-template.js';
import type { Knowledge, Topic } from '../core/topic.js';

/**
 * The playground's answer to a line starting with "/": the same commands a member has in Discord
 * (/ask, /topics, /ticket and every topic command), drawn as text. null when the line is not a command.
 */
export function runSlashCommand(assistant: Assistant, line: string): string | null {
  const m = /^\/([\p{L}\p{N}_-]+)(?:\s+([\s\S]*))?$/u.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const rest = (m[2] ?? '').trim();
  const { knowledge } = assistant;
  switch (name) {
    case 'ask':
      if (!rest) return 'Usage: /ask your question (in Discord, /ask has a question: option with autocomplete).';
      return renderDecisionText(assistant.ask(rest), knowledge);
    case 'topics': {
      const sections = new Map<string, string[]>();
      for (const t of knowledge.topics) {
        sections.set(t.section, [...(sections.get(t.section) ?? []), t.command ? `/${t.command} ${t.title}` : t.title]);
      }
      return [
        '📚 Help guide topics (use /ask with any question, or a command below)',
        ...[...sections].flatMap(([s, ts]) => ['', `${s}:`, ...ts.map((t) => `  ${t}`)]),
      ].join('\n');
    }
    case 'ticket':
      return `${ticketTemplateText(undefined, knowledge.ticketForm)}\n\n(In Discord, /ticket opens the ticket form and then a private thread with the staff.)`;
    case 'stats':
      return '/stats is for support staff in Discord. Here, run: npm run insights';
    case 'help':
      return `Commands: /${BUILTIN_COMMANDS.filter((c) => c !== 'stats').join(', /')}, a topic command (see /topics), /quit. Anything else is asked as free text.`;
  }
  const topic = knowledge.topics.find((t) => t.command === name);
  if (!topic) return `Unknown command /${name}. Try /topics for the list, or /help.`;
  return topicText(topic, knowledge);
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
