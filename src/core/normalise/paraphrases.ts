import groups from './paraphrases.json' with { type: 'json' };
import { term } from './normalise.js';

/**
 * Members and guides name the same thing in different words: a member asks to "vote", the guide says
 * "poll"; "bookmark" is the guide's "star". paraphrases.json holds 589 groups of words that stand for one
 * another in software help (actions, objects, states, UI parts, platforms, chat abbreviations such as "pic"
 * and "notif"), so the search can also look for a question word's paraphrases on any guide. It was written
 * for this project from general knowledge by a session that saw no guide, code or question set, and kept
 * conservative: words merely related (photo/camera, delete/archive, mute/block) share no group. Read here
 * once as search terms (synonyms applied, stemmed), the way the index reads a guide.
 */
const PARAPHRASES: ReadonlyMap<string, readonly string[]> = (() => {
  const others = new Map<string, Set<string>>();
  for (const group of groups as string[][]) {
    const ts = [...new Set(group.map(term))].filter((t) => t !== '');
    for (const t of ts) {
      const set = others.get(t) ?? new Set<string>();
      for (const o of ts) if (o !== t) set.add(o);
      others.set(t, set);
    }
  }
  return new Map([...others].map(([t, set]) => [t, [...set]]));
})();

/** The search terms that stand for `t` in software help, not `t` itself; none for a word the lexicon lacks. */
export function paraphrasesOf(t: string): readonly string[] {
  return PARAPHRASES.get(t) ?? NONE;
}

const NONE: readonly string[] = [];
