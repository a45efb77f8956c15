import { loadLanguageDetector } from '../core/normalise/language.js';
import { loadCrossLanguageLexicon } from './cross-language-lexicon.js';

/**
 * What Stepwise reads a member's language with: the language detector (franc-min) and the cross-language lexicon.
 * Each loads once; the app and the CLIs load both while the guide loads.
 */
export async function loadLanguageReaders(): Promise<void> {
  await Promise.all([loadLanguageDetector(), loadCrossLanguageLexicon()]);
}
