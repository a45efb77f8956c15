import stopwords from 'stopwords-iso' with { type: 'json' };
import { term } from './normalise.js';

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;

/**
 * Everyday words in the languages members write in ("literally", "nothing", "todavía"), as search terms.
 * A word the guide never uses says the question is about something else, unless it is one of these:
 * then it is just how people talk. stopwords-iso is a maintained list of about 1,300 English words
 * and more in each other language, far better than one we would grow by hand.
 */
export const FILLER_TERMS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((lang) => (stopwords as Record<string, string[]>)[lang] ?? []).map((w) =>
    term(w.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/['’]/g, '')),
  ),
);
