import stopwords from 'stopwords-iso' with { type: 'json' };
import { CHAT_FILLER, OTHER_SUBJECTS } from './lexicon.js';
import { term } from './normalise.js';

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;

/**
 * Everyday words in the languages members write in ("literally", "nothing", "todavía"), as search terms.
 * A word the guide never uses says the question is about something else, unless it is one of these:
 * then it is just how people talk. stopwords-iso is a maintained list of about 1,300 English words
 * and more in each other language, far better than one we would grow by hand.
 */
const asTerm = (w: string) =>
  term(
    w
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/['’]/g, ''),
  );

export const FILLER_TERMS: ReadonlySet<string> = new Set(
  [...LANGUAGES.flatMap((lang) => (stopwords as Record<string, string[]>)[lang] ?? []), ...CHAT_FILLER].map(asTerm),
);

/** OTHER_SUBJECTS as search terms (stemmed, synonyms applied), to compare with a question's unknown terms. */
export const OTHER_SUBJECT_TERMS: ReadonlySet<string> = new Set(
  [...OTHER_SUBJECTS].map(asTerm).filter((t) => !FILLER_TERMS.has(t)),
);
