import type { Decision } from '../core/decision.js';
import { renderDecisionText } from '../core/render.js';
import { fail, handleHelp, loadAssistant, readLines } from './shared.js';

const USAGE = `
Usage:
  npm run ask -- "question"          print what Stepwise would reply, for a person
  npm run --silent ask -- --json     read questions from stdin, one per line; write one JSON
                                     object per line, in order, and nothing else on stdout:
                                     {"question","action","topic","confidence","alternatives","secret"}

Options:
  --json     machine-readable mode (stdin → JSON lines)
  --help     show this help

Environment: KNOWLEDGE_DIR (default knowledge/).
`;

export function decisionJson(d: Decision) {
  return {
    question: d.question,
    action: d.action,
    topic: d.topic?.id ?? null,
    confidence: Math.round(d.confidence * 1000) / 1000,
    alternatives: d.alternatives.map((t) => t.id),
    secret: d.secret,
  };
}

const argv = process.argv.slice(2);
handleHelp(argv, USAGE);
const assistant = await loadAssistant();

if (argv.includes('--json')) {
  for await (const line of readLines(process.stdin)) {
    let out: object;
    try {
      out = decisionJson(assistant.ask(line));
    } catch (err) {
      // One bad line must not end the stream: report it in place, keeping one object per input line.
      out = { question: '', action: 'ignore', topic: null, confidence: 0, alternatives: [], secret: false, error: String(err) };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
} else {
  const question = argv.filter((a) => !a.startsWith('--')).join(' ');
  if (!question.trim()) fail('Give a question, e.g. npm run ask -- "I forgot my password" (or --json to read stdin). See --help.');
  const d = assistant.ask(question);
  process.stdout.write(`${renderDecisionText(d, assistant.knowledge)}\n\n(${d.action}${d.topic ? ` ${d.topic.id}` : ''}, confidence ${d.confidence.toFixed(2)})\n`);
}
