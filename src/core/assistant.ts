import { decide, type Decision } from './decision.js';
import { plainWords } from './normalise.js';
import { DEFAULT_SEARCH_PARAMS, SearchIndex } from './search-index.js';
import type { Knowledge, Topic } from './topic.js';

/** The guide made searchable: what the Discord adapter and the CLIs hold and swap on reload. */
export class Assistant {
  readonly index: SearchIndex;

  constructor(readonly knowledge: Knowledge) {
    this.index = new SearchIndex(knowledge.topics, DEFAULT_SEARCH_PARAMS, knowledge.examples);
  }

  ask(question: string): Decision {
    return decide(this.index, question);
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
    for (const hit of this.index.search(partial, limit).hits) if (hit.score > 0.15) add(hit.topic);
    const prefix = words.join(' ');
    for (const t of this.knowledge.topics) {
      const title = plainWords(t.title).join(' ');
      if (title.includes(prefix) || t.aliases.some((a) => plainWords(a).join(' ').includes(prefix))) add(t);
    }
    return out;
  }
}
