import { createInterface } from 'node:readline';
import type { CliIo } from '../app/terminal-io.js';
import { readLines } from '../app/terminal-io.js';
import type { Assistant } from '../core/assistant.js';
import type { Decision } from '../core/decide/decision.js';
import { type AnswerView, answerPageText, renderAnswer, renderDecisionText } from '../core/render/render.js';
import { ticketTemplateText } from '../core/tickets/ticket-template.js';
import { decisionReply, type PlaygroundReply, runSlashCommand, topicText } from './slash-commands.js';

/**
 * One playground conversation. In Discord a "did you mean" is a row of buttons; here the line right after one may
 * be the number of a topic it offered (the topic's steps, as its button shows them) or 0 ("None of these — open a
 * ticket": the ticket template). Likewise "+" right after a long answer is its "Show more" button: the next page.
 * Any other line is asked as usual, and the offer or the pages are gone.
 */
export class PlaygroundSession {
  private offer: (Decision & { action: 'suggest' }) | null = null;
  private paging: { view: AnswerView; next: number; lang: string | undefined } | null = null;

  constructor(private readonly assistant: Assistant) {}

  /** What the bot would post for one line: a pick from the last offer, a slash command's reply, the answer, or null for silence. */
  reply(line: string): string | null {
    const { knowledge } = this.assistant;
    const offer = this.offer;
    const paging = this.paging;
    this.offer = null;
    this.paging = null;
    if (paging && line.trim() === '+') {
      const { view, next, lang } = paging;
      return this.withNextPage(answerPageText(view, next, lang), view, next, lang);
    }
    const pick = offer ? /^\s*(\d{1,2})\s*$/.exec(line) : null;
    if (offer && pick) {
      const n = Number(pick[1]);
      if (n === 0)
        return `${ticketTemplateText(offer.lang, knowledge.ticketForm)}\n\n(In Discord, this opens the ticket form.)`;
      const topic = offer.alternatives[n - 1];
      if (topic)
        return this.paged({ text: topicText(topic, knowledge, offer.lang), answered: { topic, lang: offer.lang } });
    }
    const command = runSlashCommand(this.assistant, line);
    if (command !== null) return this.paged(command);
    const d = this.assistant.ask(line);
    if (d.action === 'ignore' && !d.secret) return null;
    if (d.action !== 'suggest') return this.paged(decisionReply(d, knowledge));
    this.offer = d;
    const text = renderDecisionText(d, knowledge);
    return `${text}\n(playground: type 1-${d.alternatives.length} to pick a topic, 0 for none of these)`;
  }

  /** A reply; when it answered with a topic longer than one message, "+" shows its next page. */
  private paged(reply: PlaygroundReply): string {
    if (!reply.answered) return reply.text;
    const { topic, lang } = reply.answered;
    return this.withNextPage(reply.text, renderAnswer(topic, this.assistant.knowledge, lang), 1, lang);
  }

  /** Page `page` of `view` as `text`, and when another follows, the "+" that shows it. */
  private withNextPage(text: string, view: AnswerView, page: number, lang: string | undefined): string {
    if (page >= view.pages.length) return text;
    this.paging = { view, next: page + 1, lang };
    return `${text}\n(playground: type + for page ${page + 1} of ${view.pages.length})`;
  }
}

/** The playground loop, shared by `npm run chat` and `npm start` without a token. */
export async function runPlayground(assistant: Assistant, io: CliIo): Promise<void> {
  const session = new PlaygroundSession(assistant);
  if (!io.interactive) {
    // Piped: answer each line as the bot would post it; small talk gets no reply, so nothing is printed.
    for await (const line of readLines(io.stdin)) {
      const reply = session.reply(line);
      if (reply !== null) io.out(`${reply.replace(/\n/g, '\n  ')}\n\n`);
    }
    return;
  }
  const rl = createInterface({ input: io.stdin, output: process.stdout, terminal: true });
  const topics = assistant.knowledge.topics.length;
  io.out(
    `Stepwise playground: ${topics} topics. Ask as a member would, or use /topics, /ask, /ticket, /help; /quit to leave.\n`,
  );
  rl.setPrompt('you › ');
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() === '/quit') break;
    const reply = session.reply(line) ?? '(no reply: small talk)';
    io.out(`stepwise › ${reply.replace(/\n/g, '\n  ')}\n\n`);
    rl.prompt();
  }
  rl.close();
}
