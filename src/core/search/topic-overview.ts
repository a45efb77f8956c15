import type { Topic } from '../knowledge/topic.js';

/**
 * Overviews: topics whose steps are pointers to other topics ("**Sharing a folder**: …, **Folder
 * permissions**: …"), the way an imported section with sub-sections reads, or a hand-written "Account
 * settings" that lists what is inside. An overview says every sub-topic's words, so it ranks well for
 * a question one of its sub-topics answers; knowing which topics are overviews, and of what, lets the
 * answer model prefer the sub-topic that says the question's words in its own heading.
 */

/** "**Folder permissions**: …" names the topic titled "Folder permissions" (or "Folder permissions (Sharing)"). */
const POINTER = /^\*\*([^*]+)\*\*/;

/** A topic is an overview when at least this many of its steps, and at least half, name another topic. */
const MIN_POINTERS = 2;

const fold = (s: string) => s.trim().toLowerCase();

/** Most topics are no overview: they share one empty list (a 10,000-topic guide would hold 10,000 otherwise). */
const NONE: readonly number[] = [];

/** For each topic (by position), the positions of the topics its steps point to; empty unless it is an overview. */
export function overviewChildren(topics: readonly Topic[]): ReadonlyArray<readonly number[]> {
  const byTitle = new Map<string, number>();
  topics.forEach((t, i) => {
    const title = fold(t.title);
    if (!byTitle.has(title)) byTitle.set(title, i);
    // An imported heading written twice carries its parent's title in brackets; the overview names it bare.
    const bare = title.replace(/\s*\([^()]*\)$/, '');
    if (bare !== title && !byTitle.has(bare)) byTitle.set(bare, i);
  });
  return topics.map((t, i) => {
    if (t.steps.length < MIN_POINTERS) return NONE;
    const named = new Set<number>();
    for (const step of t.steps) {
      const m = POINTER.exec(step);
      const j = m ? byTitle.get(fold(m[1]!)) : undefined;
      if (j !== undefined && j !== i) named.add(j);
    }
    return named.size >= MIN_POINTERS && named.size * 2 >= t.steps.length ? [...named] : NONE;
  });
}
