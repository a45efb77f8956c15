import { readFile } from 'node:fs/promises';
import { type Concept, useCrossLanguageLexicon } from '../core/cross-language.js';

let loading: Promise<void> | undefined;

/**
 * Reads src/core/cross-language.json once and hands it to the core (see cross-language.ts). JSON.parse of the file
 * takes a few milliseconds; importing it as a module through tsx took 35 ms of start-up.
 */
export function loadCrossLanguageLexicon(): Promise<void> {
  loading ??= readFile(new URL('../core/cross-language.json', import.meta.url), 'utf8').then((text) =>
    useCrossLanguageLexicon(JSON.parse(text) as Concept[]),
  );
  return loading;
}
