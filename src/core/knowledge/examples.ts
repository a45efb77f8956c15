import { z } from 'zod';
import type { KnowledgeError } from './knowledge-source.js';

export const EXAMPLES_FILE = 'examples.jsonl';

/**
 * A question a member really asked, labelled by the team: which topic answers it, or that the guide
 * does not cover it. Examples teach the classifier how members word things that aliases cannot list,
 * above all the long, indirect messages and the off-topic questions built from sign-in words.
 */
export interface Example {
  question: string;
  /** A topic answers it; the guide does not cover it (a human should); or it is small talk (say nothing). */
  outcome: 'topic' | 'escalate' | 'ignore';
  /** The topic that answers it, for outcome "topic". */
  topic: string | null;
  /** The language pack it came from (its words tell that language apart); absent for the guide's own examples. */
  locale?: string;
}

/** The eval format, so a line from `insights --export-unanswered` or an eval file can be pasted as it is. */
const lineSchema = z.object({
  q: z.string().trim().min(1).max(4_000),
  expect: z.union([z.array(z.string()).min(1), z.literal('escalate'), z.literal('ignore')]),
  cat: z.string().optional(),
});

/** Parse examples.jsonl. Every problem is reported with its line. */
export function parseExamples(
  text: string,
  topicIds: ReadonlySet<string>,
  file = EXAMPLES_FILE,
): { examples: Example[]; errors: KnowledgeError[] } {
  const examples: Example[] = [];
  const errors: KnowledgeError[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors.push({
        file,
        line,
        message: 'not valid JSON: write {"q": "the question", "expect": ["topic-id"]} or "expect": "escalate"',
      });
      return;
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({
        file,
        line,
        message: `${issue.path.length > 0 ? `"${issue.path.join('.')}": ` : ''}${issue.message}`,
      });
      return;
    }
    const { q, expect } = parsed.data;
    const key = q.toLowerCase().replace(/\s+/g, ' ');
    const twin = seen.get(key);
    if (twin !== undefined) {
      errors.push({ file, line, message: `the same question is already on line ${twin}` });
      return;
    }
    seen.set(key, line);
    if (expect === 'ignore' || expect === 'escalate') {
      examples.push({ question: q, outcome: expect, topic: null });
      return;
    }
    const unknown = expect.filter((id) => !topicIds.has(id));
    if (unknown.length > 0) {
      errors.push({ file, line, message: `topic "${unknown[0]}" does not exist` });
      return;
    }
    // The first id is the primary one; a second acceptable id is not taught, so one wording teaches one topic.
    examples.push({ question: q, outcome: 'topic', topic: expect[0]! });
  });
  return { examples, errors };
}
