import { loadLanguageDetector } from '../core/language.js';
import { loadCrossLanguageLexicon } from './cross-language-lexicon.js';

/**
 * What Stepwise reads a member's language with: the language detector (franc-min) and the cross-language lexicon.
 * Each loads once: the bot's once it is connected to Discord (see BotOptions.warmUp), the playground's and the CLIs'
 * before their first question.
 */
export async function loadLanguageReaders(): Promise<void> {
  await Promise.all([loadLanguageDetector(), loadCrossLanguageLexicon()]);
}
