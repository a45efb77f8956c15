import { decide, type Decision, type Policy } from './decision.js';
import type { Example } from './examples.js';
import { GUIDE_MODEL } from './guide-model.js';
import { plainWords } from './normalise.js';
import { SearchIndex, type SpellingMemory } from './search-index.js';
import { AUTOCOMPLETE_MIN_SCORE, DEFAULT_SEARCH_PARAMS, TAUGHT_MIN, THRESHOLDS } from './tuning.js';
import type { Knowledge, Topic } from './topic.js';

/** The guide made searchable: what the Discord adapter and the CLIs hold and swap on reload. */
export class Assistant {
  readonly index: SearchIndex;
  readonly policy: Policy;
  /** The team's labelled questions by their words: one asked again is decided as the team labelled it. */
  private readonly labelled = new Map<string, Example>();

  /** @param spelling typo corrections kept from an earlier start on this same guide (see SpellingMemory). */
  constructor(
    readonly knowledge: Knowledge,
    readonly spelling: SpellingMemory = { edited: new Map(), guide: new Map() },
  ) {
    this.index = new SearchIndex(knowledge.topics, DEFAULT_SEARCH_PARAMS, knowledge.examples, spelling);
    this.policy = policyFor(knowledge.examples);
    for (const e of knowledge.examples) this.labelled.set(plainWords(e.question).join(' '), e);
  }

  ask(question: string): Decision {
    const decision = decide(this.index, question, this.policy);
    // A guide with few examples is judged by the answer model, which cannot learn from a handful of lines;
    // the team still expects a question it labelled to be answered the way it labelled it.
    const e = this.labelled.get(plainWords(decision.question).join(' '));
    const topic = e?.topic ? this.knowledge.byId.get(e.topic) : undefined;
    if (
      !e ||
      (decision.action === (e.outcome === 'topic' ? 'answer' : e.outcome) && (!topic || decision.topic === topic))
    )
      return decision;
    if (topic) return { ...decision, action: 'answer', topic, confidence: 1, alternatives: [] };
    return {
      ...decision,
      action: e.outcome === 'ignore' ? 'ignore' : 'escalate',
      topic: null,
      confidence: 1,
      alternatives: [],
    };
  }

  /** Topics for an autocomplete list as the member types: search hits first, then title prefix matches. */
  complete(partial: string, limit = 25): Topic[] {
    const words = plainWords(partial);
    if (words.length === 0) return this.knowledge.topics.slice(0, limit);
    const seen = new Set<string>();
    const out: Topic[] = [];
    const add = (t: Topic) => {
      if (!seen.has(t.id) && out.length < limit) {
        seen.add(t.id);
        out.push(t);
      }
    };
    for (const hit of this.index.search(partial, limit).hits) if (hit.score > AUTOCOMPLETE_MIN_SCORE) add(hit.topic);
    const prefix = words.join(' ');
    for (const t of this.knowledge.topics) {
      const title = plainWords(t.title).join(' ');
      if (title.includes(prefix) || t.aliases.some((a) => plainWords(a).join(' ').includes(prefix))) add(t);
    }
    return out;
  }
}

export function policyFor(examples: readonly Example[]): Policy {
  const count = (o: Example['outcome']) => examples.filter((e) => e.outcome === o).length;
  return count('topic') >= TAUGHT_MIN.topic && count('escalate') >= TAUGHT_MIN.escalate
    ? { kind: 'taught', thresholds: THRESHOLDS }
    : { kind: 'model', model: GUIDE_MODEL };
}
