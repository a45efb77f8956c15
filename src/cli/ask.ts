import { toolSettings } from '../app/config.js';
import type { Decision } from '../core/decide/decision.js';
import { questionRecord } from '../core/learn/insights.js';
import { renderDecisionText } from '../core/render/render.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { fail, parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';
import { loadAssistant } from './shared.js';
import { readLines } from '../app/terminal-io.js';

const USAGE = `
Usage:
  npm run ask -- "question"          print what Stepwise would reply, for a person
  npm run --silent ask -- --json     read questions from stdin, one per line; write one JSON
                                     object per line, in order, and nothing else on stdout:
                                     {"question","action","topic","confidence","alternatives","secret","lang"}
                                     action: answer, suggest, escalate, clarify (a bare request for
                                     help, asked what is wrong) or ignore
  npm run --silent ask -- "question" --json
                                     the same JSON object for that one question (stdin not read)

Options:
  --json     machine-readable mode (the question given, else stdin → JSON lines)
  --locale TAG  answer as if a Discord interaction carried this locale (ja, pt-BR, ...): the reply
             is in that language when the question itself does not tell
  --record   also record each non-empty question for insights, as the bot does (source cli, no
             channel, secrets redacted, no user id) into STEPWISE_DB; stdout is unchanged
  --help     show this help

Environment: KNOWLEDGE_DIR (default knowledge/), STEPWISE_DB (default data/stepwise.db, for --record).
`;

export function decisionJson(d: Decision) {
  return {
    question: d.question,
    action: d.action,
    topic: d.topic?.id ?? null,
    confidence: Math.round(d.confidence * 1000) / 1000,
    alternatives: d.alternatives.map((t) => t.id),
    secret: d.secret,
    lang: d.lang ?? 'en',
  };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { json: { type: 'boolean' }, record: { type: 'boolean' }, locale: { type: 'string' } },
    USAGE,
  );
  const locale = values.locale;
  const question = positionals.join(' ');
  if (!values.json && !question.trim()) {
    fail('Give a question, e.g. npm run ask -- "I forgot my password" (or --json to read stdin). See --help.');
  }
  const assistant = await loadAssistant(io.env);
  const store: Store | null = values.record ? await openStore(toolSettings(io.env).STEPWISE_DB) : null;
  /** --record: store the decision like the bot does; a failure goes to stderr and never changes stdout. */
  const record = async (d: Decision): Promise<void> => {
    if (!store || !d.question.trim()) return;
    await store
      .recordQuestion(questionRecord(d, 'cli', null, Date.now()))
      .catch((err: unknown) => io.err(`could not record question: ${String(err)}\n`));
  };
  try {
    if (values.json) {
      // `ask -- "question" --json` answers that question; without one, each line of stdin is a question.
      const lines = question.trim() ? [question] : readLines(io.stdin);
      for await (const line of lines) {
        let out: object;
        try {
          const d = assistant.ask(line, locale);
          out = decisionJson(d);
          await record(d);
        } catch (err) {
          // One bad line must not end the stream: report it in place, keeping one object per input line.
          out = {
            question: '',
            action: 'ignore',
            topic: null,
            confidence: 0,
            alternatives: [],
            secret: false,
            lang: 'en',
            error: String(err),
          };
        }
        io.out(`${JSON.stringify(out)}\n`);
      }
    } else {
      const d = assistant.ask(question, locale);
      await record(d);
      const how = `(${d.action}${d.topic ? ` ${d.topic.id}` : ''}, confidence ${d.confidence.toFixed(2)})`;
      io.out(`${renderDecisionText(d, assistant.knowledge)}\n\n${how}\n`);
    }
  } finally {
    await store?.close();
  }
  return 0;
}

await runIfMain(import.meta, main);
